"""Site-wide endpoints (/, /healthz, /robots.txt, /sitemap.xml) and the
matching of each request to its site."""
from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, g, redirect, render_template, request
from flask_login import current_user
from sqlalchemy import text

from gweb import i18n
from gweb.extensions import db
from gweb.hooks.manager import plugin_host
from gweb.cache.services import PROBE, site_memo
from gweb.sites.current import defer_site, public_site, shown_site
from gweb.menus.services import menu_links
from gweb.sites import look, services
from gweb.sites import sitemap as sitemap_files
from gweb.timeutil import utcnow

bp = Blueprint("site", __name__, template_folder="templates")
# Endpoints that answer without a site (monitoring, assets).
SITELESS_ENDPOINTS = {"site.healthz", "static"}


# Admin endpoints a suspended site still answers, so that a super-admin can log in.
SUSPENDED_OPEN_ENDPOINTS = {"admin.login", "admin.logout", "admin.set_language",
                            "twofactor.login_code"}


@bp.before_app_request
def match_site():
    """Find the request's site by Host.

    Unknown hosts of a multi-site install get a 404 page that says so; a
    domain other than the site's primary one is sent there (301, same path
    and query); a suspended site answers 503, except its admin to super-admins.
    """
    if request.endpoint in SITELESS_ENDPOINTS:
        return None
    site_id, is_primary, name = _host_facts()
    # What pages show of the site comes from its read-only copy; g.site (the
    # ORM object admin screens change) is read only if something asks for it.
    site = public_site(site_id) if site_id is not None else None
    g.public_site = site
    if site is None:
        g.site = None
        # In the language the address asks for (/en/...), else the default.
        first = request.path.strip("/").split("/", 1)[0]
        g.lang = first if i18n.is_language(first) else current_app.config["DEFAULT_LANGUAGE"]
        return render_template("sites/unknown_host.html"), 404
    defer_site(site.id)
    if name is not None and not is_primary and site.primary_domain \
            and not _is_loopback(name):
        return redirect(_primary_url(site.primary_domain), code=301)
    if site.status != "active":
        admin = request.path == "/admin" or request.path.startswith("/admin/")
        if not admin or not (request.endpoint in SUSPENDED_OPEN_ENDPOINTS
                             or getattr(current_user, "is_superadmin", False)):
            abort(503)
    return None


def _host_facts() -> tuple[int | None, bool, str | None]:
    """(site id, whether the host is its primary domain, the domain's name or
    None when the site answers the host by fallback). Kept per host while no
    site or domain changes, once the cache's middleware knows the host's site
    (a change of either raises the installation's generation, which the memo
    is read under)."""
    probe = request.environ.get(PROBE)
    if probe is None or probe.site_id is None:
        return _read_host_facts(request.host)
    host = request.host
    return site_memo(probe.site_id, ("host", host), lambda: _read_host_facts(host), timeless=True)


def _read_host_facts(host: str) -> tuple[int | None, bool, str | None]:
    domain = services.domain_for_host(host)
    if domain is not None:
        return domain.site_id, domain.is_primary, domain.domain
    site = services.only_site()  # a single-site installation answers any host
    return (site.id if site is not None else None), False, None


def _is_loopback(name: str) -> bool:
    # An operator on the server itself (localhost, an SSH tunnel) stays where
    # they are: the public domain may not even resolve there.
    return name in ("localhost", "127.0.0.1", "[::1]") or name.endswith(".localhost")


def _primary_url(primary: str) -> str:
    """This request's address on the primary domain (port, path and query kept)."""
    port = request.host.rsplit(":", 1)[1] if request.host.count(":") == 1 else ""
    host = f"{primary}:{port}" if port and port.isdigit() else primary
    query = request.query_string.decode("latin-1")
    return f"{request.scheme}://{host}{request.full_path if query else request.path}"


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
    return {"site": shown_site(), "lang": i18n.current_lang(), "site_menus": _site_menus,
            "switch_language_href": _switch_language_href, "site_css_url": _site_css_url}


def _site_css_url() -> str | None:
    """The address of the site's own stylesheet (None when it has no colours);
    its fingerprint in the address lets browsers keep it until it changes."""
    site = shown_site()
    if site is None or not (site.settings or {}).get("colours"):
        return None
    return f"/site.css?v={look.stylesheet_version(site)}"


def _site_menus() -> dict:
    """The current site's menus in the current language, computed once a request."""
    if "menus" not in g:
        site, lang = shown_site(), i18n.current_lang()
        if site is None:
            g.menus = {"header": [], "footer": []}
        else:
            # Kept per site while its content is unchanged (copied: g.menus is this request's).
            shared = site_memo(site.id, ("menus", lang), lambda: _menus_of(site, lang))
            g.menus = {key: list(links) for key, links in shared.items()}
    return g.menus


def _menus_of(site, lang: str) -> dict:
    menus = menu_links(site, lang, utcnow())
    for extra in plugin_host().call_flat("gweb_menu_items", site=site, lang=lang):
        menus.setdefault(extra.get("menu", "header"), []).append(extra)
    return menus


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


@bp.route("/site.css")
def stylesheet():
    """The site's colours as CSS custom properties (no inline style needed)."""
    response = Response(look.stylesheet(g.site), mimetype="text/css")
    response.set_etag(look.stylesheet_version(g.site))
    response.headers["Cache-Control"] = "public, max-age=300"
    return response.make_conditional(request)


@bp.route("/robots.txt")
def robots():
    base = request.url_root.rstrip("/")
    body = f"User-agent: *\nDisallow: /admin/\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"
    return Response(body, mimetype="text/plain")


@bp.route("/sitemap.xml")
def sitemap():
    """The sitemap protocol: every live URL in each language with its
    alternates, or, for a large site, the index of its numbered files."""
    entries = sitemap_files.sitemap_entries(g.site)
    per_file = current_app.config["SITEMAP_ENTRIES_PER_FILE"]
    base = request.url_root.rstrip("/")
    if sitemap_files.file_count(entries, per_file):
        xml = render_template("sites/sitemap_index.xml", base=base,
                              files=sitemap_files.index_files(entries, per_file))
    else:
        xml = render_template("sites/sitemap.xml", entries=entries, base=base)
    return Response(xml, mimetype="application/xml")


@bp.route("/sitemap-<int:number>.xml")
def sitemap_file(number):
    """One numbered file of a large site's sitemap."""
    entries = sitemap_files.numbered_file(g.site, number,
                                          current_app.config["SITEMAP_ENTRIES_PER_FILE"])
    if not entries:
        abort(404)
    xml = render_template("sites/sitemap.xml", entries=entries,
                          base=request.url_root.rstrip("/"))
    return Response(xml, mimetype="application/xml")
