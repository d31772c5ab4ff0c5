"""The public pages: /<lang>/documents/ (the list) and
/<lang>/documents/<id>/<slug> (one document, its permalink)."""
from __future__ import annotations

import unicodedata

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_babel import gettext as _

from gweb.cache.services import cache_by_query
from gweb.hooks.settings import shown_plugin_settings
from gweb.sites.current import shown_site
from gweb.timeutil import utc_to_local, utcnow

from . import listing, services
from .labels import RELATION_LABELS, STATUS_LABELS, TYPE_LABELS, TYPE_PLURALS, TranslatedOnce
from .models import LANGS
from .relations import relations_of

bp = Blueprint("documents", __name__, url_prefix="/<lang:lang>/documents",
               template_folder="templates", static_folder=None)


@bp.context_processor
def labels():
    return {"TYPE_LABELS": TranslatedOnce(TYPE_LABELS), "TYPE_PLURALS": TYPE_PLURALS,
            "STATUS_LABELS": TranslatedOnce(STATUS_LABELS), "RELATION_LABELS": RELATION_LABELS,
            "filesize": filesize, "today": local_today()}


def local_today():
    """Today in Vientiane (comment deadlines and effective dates are local days)."""
    return utc_to_local(utcnow()).date()


def filesize(size: int | None) -> str:
    """A byte count as a short size: 930 B, 12 KB, 3.4 MB."""
    size = size or 0
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def grouped(related) -> list[tuple[str, list]]:
    """Relations grouped under their heading ("Implements", "Amended by"...), in order."""
    groups: dict[tuple[str, str], list] = {}
    for item in related:
        groups.setdefault((item.kind, item.direction), []).append(item)
    return [(RELATION_LABELS[key], items) for key, items in groups.items()]


def _crumbs(lang: str) -> list[tuple[str, str]]:
    return [(_("Home"), f"/{lang}/")]


@bp.route("/")
def index(lang: str):
    cache_by_query("q", "type", "year", "body", "category", "status", "sort", "page")
    filters = listing.Filters.from_args(request.args)
    site = shown_site()
    settings = shown_plugin_settings(site.id, "documents")
    per_page = max(5, min(100, int(settings.get("per_page") or 20)))
    page = request.args.get("page", 1, type=int) or 1
    result = listing.browse(site.id, lang, filters, page=page, per_page=per_page)
    alternates = {code: url_for(".index", lang=code, **filters.args(page=result.page
                                                                  if result.page > 1 else None))
                  for code in LANGS}
    return render_template("documents/list.html", result=result, filters=filters,
                           alternates=alternates, crumbs=_crumbs(lang), page=None)


@bp.route("/<int:document_id>", defaults={"slug": None}, strict_slashes=False)
@bp.route("/<int:document_id>/<slug>")
def show(lang: str, document_id: int, slug: str | None):
    """A document by its id: any other slug (an old title's) leads to the
    current address with a permanent redirect."""
    document = services.get_document(shown_site().id, document_id, published_only=True)
    if document is None:
        abort(404)
    if slug is None or unicodedata.normalize("NFC", slug) != document.slug(lang):
        return redirect(document.url(lang), code=301)
    return render_template(
        "documents/show.html", document=document, page=None,
        related=grouped(relations_of(document, published_only=True)),
        alternates={code: document.url(code) for code in LANGS},
        crumbs=_crumbs(lang) + [(_("Legal documents"), url_for(".index", lang=lang))])
