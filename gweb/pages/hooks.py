"""The pages package's own hook implementations."""
from flask_babel import lazy_gettext as _l

from gweb.hooks import hookimpl
from gweb.pages.admin import bp as admin_bp
from gweb.pages.lookup import page_href, sitemap_entries
from gweb.pages.scheduling import next_change
from gweb.pages.views import bp
from gweb.timeutil import utcnow


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)
    app.register_blueprint(admin_bp)


@hookimpl
def gweb_sitemap_urls(site):
    return sitemap_entries(site, utcnow())


@hookimpl
def gweb_jinja_env(env):
    env.globals["page_href"] = page_href


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "pages_admin.tree", "label": _l("Pages"),
             "permission": "pages.edit", "order": 10}]


@hookimpl
def gweb_cache_horizon(site_id, now):
    """Scheduled publications, removals and revisions end a cached page's life."""
    return next_change(site_id, now)


@hookimpl
def gweb_cache_neutral_tables():
    # Drafts wait in revisions; what visitors see is on page_translation.
    return ["page_revision"]
