"""The pages package's own hook implementations."""
from gweb.hooks import hookimpl
from gweb.pages.lookup import page_href, sitemap_entries
from gweb.pages.views import bp
from gweb.timeutil import utcnow


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_sitemap_urls(site):
    return sitemap_entries(site, utcnow())


@hookimpl
def gweb_jinja_env(env):
    env.globals["page_href"] = page_href
