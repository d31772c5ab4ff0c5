"""The public news pages: /<lang>/news/ (paged, per category), a page per
article at its permalink /<lang>/news/<id>/, and the Atom feed
/<lang>/news/feed.xml."""
from __future__ import annotations

from flask import Blueprint, abort, make_response, render_template, request, url_for

from gweb.cache.services import cache_by_query
from gweb.i18n import languages
from gweb.sites.current import shown_site
from gweb.timeutil import utcnow

from . import services

bp = Blueprint("news", __name__, url_prefix="/<lang:lang>/news", template_folder="templates")
FEED_SIZE = 20


def _page_arg() -> int:
    cache_by_query("page")
    page = request.args.get("page", default=1, type=int) or 1
    return min(max(page, 1), services.MAX_PAGE)


def _listing(lang: str, category: str | None):
    now, site = utcnow(), shown_site()
    found = services.public_list(site.id, page=_page_arg(), category=category, now=now)
    args = {"category": category} if category else {}
    endpoint = "news.category" if category else "news.index"

    def page_url(number: int, code: str = lang) -> str:
        return url_for(endpoint, lang=code, **args, **({"page": number} if number > 1 else {}))

    return render_template(
        "news/index.html", found=found, category=category, page_url=page_url,
        pinned=services.pinned(site.id, now) if found.page == 1 else [],
        categories=services.CATEGORIES, category_label=services.category_label,
        alternates={code: page_url(found.page, code) for code in languages()},
        crumbs=[(site.name(lang), f"/{lang}/")] + (
            [(services.category_label("news"), url_for("news.index", lang=lang))]
            if category else []))


@bp.route("/")
def index(lang: str):
    return _listing(lang, None)


@bp.route("/category/<category>/")
def category(lang: str, category: str):
    if category not in services.CATEGORIES:
        abort(404)
    return _listing(lang, category)


@bp.route("/<int:article_id>/")
def article(lang: str, article_id: int):
    site = shown_site()
    item = services.public_article(site.id, article_id)
    if item is None:
        abort(404)
    text = item.translation(lang, site.default_lang)
    return render_template(
        "news/article.html", article=item, text=text, category_label=services.category_label,
        alternates={code: services.article_url(code, item.id) for code in item.languages()},
        crumbs=[(site.name(lang), f"/{lang}/"),
                (services.category_label("news"), url_for("news.index", lang=lang))])


@bp.route("/feed.xml")
def feed(lang: str):
    items = services.latest(shown_site().id, FEED_SIZE, lang=lang)
    root = request.url_root.rstrip("/")
    updated = max((max(i.updated_at, i.publish_at) for i in items), default=None) or utcnow()
    body = render_template("news/feed.xml", items=items, root=root, updated=updated,
                           atom_date=_atom_date,
                           category_label=services.category_label)
    response = make_response(body)
    response.headers["Content-Type"] = "application/atom+xml; charset=utf-8"
    response.headers["Cache-Control"] = "public, max-age=300"
    return response


def _atom_date(value) -> str:
    """An RFC 3339 date in UTC, as Atom wants it (naive values are UTC)."""
    return value.replace(microsecond=0).isoformat() + "Z"
