"""Site-wide endpoints (/, /healthz, /robots.txt, /sitemap.xml) and the
matching of each request to its site."""
from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, g, redirect, render_template, request
from sqlalchemy import text

from gweb import i18n
from gweb.extensions import db
from gweb.hooks.manager import plugin_host
from gweb.menus.services import menu_links
from gweb.sites import services
from gweb.timeutil import utcnow

bp = Blueprint("site", __name__, template_folder="templates")
# Endpoints that answer without a site (monitoring, assets).
SITELESS_ENDPOINTS = {"site.healthz", "static"}


@bp.before_app_request
def match_site():
    """Find the request's site by Host; unknown hosts of a multi-site install get 404."""
    if request.endpoint in SITELESS_ENDPOINTS:
        return None
    g.site = services.site_for_host(request.host)
    if g.site is None:
        abort(404)
    if g.site.status != "active" and not request.path.startswith("/admin"):
        abort(503)
    return None


@bp.app_url_value_preprocessor
def pick_language(endpoint, values):
    """Public URLs start with the language; anything else is not a page."""
    if values and "lang" in values:
        if not i18n.is_language(values["lang"]):
            abort(404)
        g.lang = values["lang"]


@bp.app_context_processor
def site_context():
    """What every template of the public theme may use."""
    return {"site": g.get("site"), "lang": i18n.current_lang(), "site_menus": _site_menus,
            "switch_language_href": _switch_language_href}


def _site_menus() -> dict:
    """The current site's menus in the current language, computed once a request."""
    if "menus" not in g:
        site, lang = g.get("site"), i18n.current_lang()
        if site is None:
            g.menus = {"header": [], "footer": []}
        else:
            g.menus = menu_links(site, lang, utcnow())
            for extra in plugin_host().call_flat("gweb_menu_items", site=site, lang=lang):
                g.menus.setdefault(extra.get("menu", "header"), []).append(extra)
    return g.menus


def _switch_language_href(target: str) -> str:
    """The same address in `target` language: /lo/x -> /en/x (pages pass better ones)."""
    parts = request.path.split("/", 2)
    if len(parts) > 1 and i18n.is_language(parts[1]):
        rest = parts[2] if len(parts) > 2 else ""
        return f"/{target}/{rest}"
    return f"/{target}/"


@bp.route("/")
def root():
    """Send visitors to the site's default language."""
    return redirect(f"/{g.site.default_lang}/", code=302)


@bp.route("/healthz")
def healthz():
    """200 when the app and its database answer, 503 otherwise."""
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:
        current_app.logger.exception("health check: database does not answer")
        return {"status": "error", "database": "unreachable"}, 503
    return {"status": "ok", "database": "ok"}


@bp.route("/robots.txt")
def robots():
    base = request.url_root.rstrip("/")
    body = f"User-agent: *\nDisallow: /admin/\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"
    return Response(body, mimetype="text/plain")


@bp.route("/sitemap.xml")
def sitemap():
    """The sitemap protocol, every live URL in each language with its alternates."""
    entries = plugin_host().call_flat("gweb_sitemap_urls", site=g.site)
    xml = render_template("sites/sitemap.xml", entries=entries,
                          base=request.url_root.rstrip("/"))
    return Response(xml, mimetype="application/xml")
