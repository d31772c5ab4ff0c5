"""The public pages: /<lang>/ and /<lang>/<path>."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, g, redirect, render_template, request

from gweb.extensions import limiter
from gweb.hooks.manager import plugin_host
from gweb.cache.services import site_memo
from gweb.pages.scheduling import next_scheduled, promote_due
from gweb.pages.lookup import crumbs_and_children, find_public_page, live_tree, page_href
from gweb.pages.statement import statement_facts
from gweb.sites.current import shown_site
from gweb.timeutil import utcnow

bp = Blueprint("pages", __name__, template_folder="templates")


@limiter.request_filter
def _page_views_are_not_limited() -> bool:
    """Page views carry no rate limit (unless the operator set one for every
    request): Flask-Limiter need not work out which limits apply."""
    config = current_app.config
    return (request.endpoint == "pages.show" and request.method in ("GET", "HEAD")
            and not config.get("RATELIMIT_DEFAULT") and not config.get("RATELIMIT_APPLICATION"))


@bp.record_once
def _skip_limits_of_page_views(state) -> None:
    """Flask-Limiter's check before each request still works out what a
    request is (its view's qualified name, exemptions, meta limits) before
    its filters say that page views carry no limit: page views skip it."""
    funcs = state.app.before_request_funcs.get(None, [])
    check = limiter._check_request_limit
    if check not in funcs:
        return

    def _check_request_limit():
        if _page_views_are_not_limited() and not current_app.config.get("RATELIMIT_META"):
            return None
        return check()

    funcs[funcs.index(check)] = _check_request_limit


def publish_what_is_due():
    """Scheduled revisions go live on the first request after their time
    (a request hook of the app, run after `gweb.sites.views.match_site`)."""
    site = shown_site()
    if site is None:
        return
    # When the next one is due is known per site until its content changes.
    due = site_memo(site.id, "next_scheduled", lambda: next_scheduled(site.id))
    if due is not None and due <= utcnow():
        promote_due(site.id, utcnow())

# Standard pages with a template of their own; any other page uses page.html.
KEY_TEMPLATES = {"home": "pages/home.html", "sitemap": "pages/sitemap.html",
                 "contact": "pages/contact.html", "accessibility": "pages/accessibility.html"}


@bp.route("/<lang:lang>/", defaults={"path": ""})
@bp.route("/<lang:lang>/<path:path>")
def show(lang: str, path: str):
    """A live page of the tree, falling back to the site's default language."""
    now = utcnow()
    # The read-only copy of the site: a page view never reads the Site row.
    site = shown_site()
    public, canonical = find_public_page(site, lang, path, now)
    if canonical is not None:
        return redirect(page_href(lang, canonical), code=301)
    if public is None:
        abort(404)
    response = plugin_host().call("gweb_before_serve_page", firstresult=True,
                                  page=public.page, lang=lang)
    if response is not None:
        return response
    template = KEY_TEMPLATES.get(public.page.key or "", "pages/page.html")
    crumbs, children = crumbs_and_children(site, public, now)
    return render_template(
        template, public=public, page=public.page, translation=public.translation,
        alternates={code: page_href(code, p) for code, p in public.alternates.items()},
        crumbs=[(title, page_href(lang, p)) for title, p in crumbs],
        children=children,
        tree=live_tree(site, lang, now) if public.page.key == "sitemap" else None,
        statement=statement_facts(g.site, public.translation.last_updated)
        if public.page.key == "accessibility" else None)
