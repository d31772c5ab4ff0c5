"""The sites package's own hook implementations."""
from flask import render_template
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from gweb.hooks import hookimpl
from gweb.sites import services
from gweb.sites.admin import bp as admin_bp
from gweb.sites.cli import site_group
from gweb.sites.views import bp


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)
    app.register_blueprint(admin_bp)


@hookimpl
def gweb_cli(cli):
    cli.add_command(site_group)


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "site_admin.edit", "label": _l("Site settings"),
             "permission": "site.settings", "order": 85},
            {"endpoint": "site_admin.compliance", "label": _l("The G-Web standard"),
             "permission": "site.settings", "order": 86}]


@hookimpl
def gweb_tpl_footer(site, lang, page):
    """The site's social media links (Site settings), in the public footer."""
    links = services.social_links(site)
    return Markup(render_template("sites/_social.html", links=links)) if links else None
