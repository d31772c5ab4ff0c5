"""The public search: /<lang>/search (a page that works without JavaScript)
and /<lang>/search/suggest (JSON for search-as-you-type)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from flask import Blueprint, g, jsonify, render_template, request, url_for
from flask_babel import gettext as _

from gweb.cache.services import cache_by_query
from gweb.search import services
from gweb.timeutil import local_to_utc

bp = Blueprint("search", __name__, template_folder="templates", static_folder="static",
               static_url_path="/search/static")


@bp.route("/<lang:lang>/search")
def results(lang: str):
    """Results for ?q= (words, "phrases"), narrowed by &kind= and &from=/&to=
    (YYYY-MM-DD), one page of ten at a time (&page=)."""
    cache_by_query("q", "kind", "page", "from", "to")
    query = _arg("q")
    kind = _arg("kind")[:40] or None
    page = request.args.get("page", default=1, type=int) or 1
    date_from, date_to = _date_arg("from"), _date_arg("to")
    notices = []
    if (_arg("from") and date_from is None) or (_arg("to") and date_to is None):
        notices.append(_("A date was not understood and is ignored; write it as 2026-01-31."))
    found = services.search(
        g.site.id, lang, query, kind=kind, page=page,
        date_from=local_to_utc(datetime.combine(date_from, datetime.min.time())) if date_from else None,
        date_to=local_to_utc(datetime.combine(date_to + timedelta(days=1), datetime.min.time()))
        if date_to else None)
    if found.message:
        notices.append(found.message)
    args = {"q": query, "kind": kind or "", "from": _arg("from") if date_from else "",
            "to": _arg("to") if date_to else ""}
    return render_template(
        "search/results.html", results=found, notices=notices, args=args,
        link_args={k: v for k, v in args.items() if v},
        kind_label=services.kind_label,
        alternates={code: url_for("search.results", lang=code, **{k: v for k, v in args.items() if v})
                    for code in _languages()})


@bp.route("/<lang:lang>/search/suggest")
def suggest(lang: str):
    """Up to eight [{"title", "url", "kind"}] for the words typed so far."""
    response = jsonify(services.suggest(g.site.id, lang, _arg("q")))
    response.headers["Cache-Control"] = "public, max-age=60"
    return response


def _arg(name: str) -> str:
    return request.args.get(name, "")


def _date_arg(name: str) -> date | None:
    value = _arg(name).strip()
    if not value or len(value) > 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _languages() -> tuple[str, ...]:
    from gweb.i18n import languages

    return languages()
