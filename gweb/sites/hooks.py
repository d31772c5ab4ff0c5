"""The sites package's own hook implementations."""
from flask import render_template, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from gweb.cache.services import site_memo
from gweb.hooks import hookimpl
from gweb.sites import look, services
from gweb.sites.admin import bp as admin_bp
from gweb.sites.cli import site_group
from gweb.sites.fragments import SiteFragments
from gweb.sites.views import bp


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)
    app.register_blueprint(admin_bp)


@hookimpl
def gweb_jinja_env(env):
    env.add_extension(SiteFragments)


@hookimpl
def gweb_cli(cli):
    cli.add_command(site_group)


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "site_admin.edit", "label": _l("Site settings"),
             "permission": "site.settings", "order": 85},
            {"endpoint": "site_admin.look_edit", "label": _l("Look of the site"),
             "permission": "site.settings", "order": 85.5},
            {"endpoint": "site_admin.compliance", "label": _l("The G-Web standard"),
             "permission": "site.settings", "order": 86}]


@hookimpl
def gweb_tpl_footer(site, lang, page):
    """The site's extra footer links (Look of the site) and social media
    links (Site settings), in the public footer; rendered once per site,
    language and change of the site."""
    if site is None:
        return None
    return site_memo(site.id, ("footer_links", lang, str(get_locale()), request.script_root),
                     lambda: _footer_links(site, lang), timeless=True)


def _footer_links(site, lang: str):
    parts = []
    extra = look.footer_links(site, lang)
    if extra:
        parts.append(render_template("sites/_footer_links.html", links=extra))
    links = services.social_links(site)
    if links:
        parts.append(render_template("sites/_social.html", links=links))
    return Markup("".join(parts)) if parts else None
