"""Site search: keeping the index current and answering queries.

Plugins call `index_documents` and `remove_documents` when their content
changes, and answer the `gweb_search_documents(site)` hook for a full
rebuild (`reindex`). Pages are indexed here, from gweb.pages, by the hooks
in gweb.search.hooks. `search` and `suggest` answer visitors; only
published content of the asked site and language is ever returned.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markupsafe import Markup
from sqlalchemy import select

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks.manager import plugin_host
from gweb.search import analysis
from gweb.search.backends import Filters, candidates, counts, rank
from gweb.search.models import SearchDocument
from gweb.search.query import MAX_QUERY_CHARS, parse
from gweb.search.snippets import Highlighter
from gweb.search.spelling import did_you_mean
from gweb.timeutil import utcnow

log = logging.getLogger("gweb.search")
PER_PAGE = 10
MAX_PAGE = 100
SUGGEST_LIMIT = 8
BATCH = 500
KIND_LABELS = {"page": _l("Pages"), "news": _l("News"), "document": _l("Legal documents"),
               "documents": _l("Legal documents"), "service": _l("Services"),
               "services": _l("Services")}


@dataclass
class Hit:
    """One result as the results page shows it."""

    title: Markup
    url: str
    kind: str
    snippet: Markup
    published_at: datetime | None


@dataclass
class Suggestion:
    """"Did you mean": the same words in another language (`lang` differs),
    or a corrected spelling (`query` differs); `total` results wait there."""

    query: str
    lang: str
    total: int


@dataclass
class SearchResults:
    """A page of results; `message` says why nothing was searched, if so."""

    query: str
    lang: str
    kind: str | None = None
    page: int = 1
    per_page: int = PER_PAGE
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # kind -> matches
    capped: bool = False  # more matched than were counted (see backends.CANDIDATES)
    did_you_mean: Suggestion | None = None
    message: str | None = None

    @property
    def pages(self) -> int:
        return min(MAX_PAGE, (self.total + self.per_page - 1) // self.per_page)


def kind_label(kind: str) -> str:
    """What to call a kind of result in the interface's language."""
    label = KIND_LABELS.get(kind)
    return str(label) if label is not None else kind.replace("_", " ").capitalize()


# -- answering -----------------------------------------------------------------


def search(site_id: int, lang: str, query: str, kind: str | None = None, page: int = 1,
           per_page: int = PER_PAGE, date_from: datetime | None = None,
           date_to: datetime | None = None, now: datetime | None = None) -> SearchResults:
    """Search the published documents of one site in one language.

    `query` is what the visitor typed: words (all must match, in any spelling
    and either digit system), "quoted phrases", a last word still being
    typed. `kind` and the publication dates (`date_to` exclusive) narrow it.
    Never raises on what a visitor types: an empty or oversized query gives
    no results (the latter with a `message`).
    """
    text = (query or "").strip()
    results = SearchResults(query=text, lang=lang, kind=kind or None,
                            page=max(1, min(int(page or 1), MAX_PAGE)), per_page=per_page)
    if len(text) > MAX_QUERY_CHARS:
        results.message = _("The search is too long: use at most %(n)d characters.",
                            n=MAX_QUERY_CHARS)
        return results
    parsed = parse(query or "", lang)
    if parsed.is_empty:
        return results
    filters = Filters(site_id, lang, now or utcnow(), kind or None,
                      _naive_utc(date_from), _naive_utc(date_to))
    found, capped = candidates(parsed, filters)
    results.counts, results.capped = counts(found, capped).by_kind, capped
    results.total = results.counts.get(kind, 0) if kind else sum(results.counts.values())
    if results.total == 0:
        results.did_you_mean = did_you_mean(parsed, filters, _languages(lang))
        return results
    results.page = min(results.page, results.pages)
    ids = rank(parsed, filters, per_page, (results.page - 1) * per_page, found)
    marker = Highlighter(parsed)
    results.hits = [_hit(doc, marker) for doc in _load(ids)]
    return results


def suggest(site_id: int, lang: str, query: str, limit: int = SUGGEST_LIMIT,
            now: datetime | None = None) -> list[dict]:
    """The best few matches for what is being typed: [{"title", "url", "kind"}]."""
    if len((query or "").strip()) > MAX_QUERY_CHARS:
        return []
    parsed = parse(query or "", lang)
    if parsed.is_empty:
        return []
    ids = rank(parsed, Filters(site_id, lang, now or utcnow()), limit)
    return [{"title": doc.title, "url": doc.url, "kind": doc.kind} for doc in _load(ids)]


def _hit(doc, marker: Highlighter) -> Hit:
    return Hit(title=marker.highlight(doc.title, doc.lang), url=doc.url, kind=doc.kind,
               snippet=marker.snippet(doc.body, doc.lang), published_at=doc.published_at)


def _load(ids: list[int]) -> list:
    """What the results show of `ids`, in their order (rows with title,
    body, url, kind, lang and published_at; the matching text is not read)."""
    if not ids:
        return []
    d = SearchDocument
    rows = {row.id: row for row in db.session.execute(
        select(d.id, d.title, d.body, d.url, d.kind, d.lang, d.published_at)
        .where(d.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def _languages(lang: str) -> list[str]:
    return [code for code in current_app.config["LANGUAGES"] if code != lang]


# -- keeping the index current ---------------------------------------------------


def index_documents(site_id: int, docs: Iterable[dict]) -> int:
    """Add or replace documents of a site (matched on kind, key and language).

    Each doc is a dict {"kind", "key", "lang", "title", "body" (plain text or
    HTML), "url" (root-relative), "published_at" (datetime or None)}; pages
    may also give "visible_from"/"visible_until". Only published content may
    be given. All are checked first: a bad one raises ValidationError and
    nothing is written. Commits. Returns how many were given.
    """
    rows = [analysis.prepare(site_id, doc, current_app.config["LANGUAGES"]) for doc in docs]
    try:
        analysis.upsert(site_id, rows)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return len(rows)


def remove_documents(site_id: int, kind: str, keys: Iterable[str]) -> int:
    """Remove documents of a site by kind and keys, in every language. Commits.
    Returns how many index rows went."""
    keys = [str(k) for k in keys]
    removed = 0
    for start in range(0, len(keys), BATCH):
        removed += analysis.delete_where(SearchDocument.site_id == site_id,
                                         SearchDocument.kind == kind,
                                         SearchDocument.key.in_(keys[start:start + BATCH]))
    db.session.commit()
    return removed


def reindex(site, progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild a site's index from its live pages and every plugin's
    `gweb_search_documents` hook; what is no longer there is removed.
    The site's vocabulary (search_term) is made again from what is left.
    `progress(done, total)` is called as the work goes. Commits; returns the
    number of documents indexed. A plugin that fails or gives a bad document
    is logged and its part left out; the rest is indexed."""
    languages = current_app.config["LANGUAGES"]
    rows = [analysis.prepare(site.id, doc, languages) for doc in analysis.page_documents(site.id)]
    rows.extend(_plugin_rows(site, languages))
    wanted = {(r["kind"], r["key"], r["lang"]) for r in rows}
    if progress:
        progress(0, len(rows))
    try:
        for start in range(0, len(rows), BATCH):
            analysis.upsert(site.id, rows[start:start + BATCH])
            db.session.flush()
            if progress:
                progress(min(start + BATCH, len(rows)), len(rows))
        present = db.session.execute(
            select(SearchDocument.id, SearchDocument.kind, SearchDocument.key, SearchDocument.lang)
            .where(SearchDocument.site_id == site.id)).all()
        stale = [row.id for row in present if (row.kind, row.key, row.lang) not in wanted]
        for start in range(0, len(stale), BATCH):
            analysis.delete_where(SearchDocument.id.in_(stale[start:start + BATCH]))
        analysis.rebuild_vocabulary(site.id)  # drops the words no document holds any more
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return len(rows)


def _plugin_rows(site, languages) -> list[dict]:
    rows: list[dict] = []
    host = plugin_host()
    off = host.off_for_site(site)  # a plugin the site switched off has nothing to find
    for impl in reversed(host.pm.hook.gweb_search_documents.get_hookimpls()):
        if impl.plugin_name in host.core or impl.plugin_name in off:
            continue
        name = impl.plugin_name
        try:
            args = {"site": site} if "site" in impl.argnames else {}
            docs = list(impl.function(**args) or [])
        except Exception:
            log.exception("plugin %s failed in gweb_search_documents; its documents are left out", name)
            continue
        for doc in docs:
            try:
                rows.append(analysis.prepare(site.id, doc, languages))
            except ValidationError as exc:
                log.warning("plugin %s gave a document that cannot be indexed (%s): %r",
                            name, exc, {k: doc.get(k) for k in ("kind", "key", "lang")}
                            if isinstance(doc, dict) else doc)
    return rows


def sync_pages(site_id: int, page_ids: Iterable[int]) -> None:
    """Bring the index in line with pages and their descendants (a page's
    address is part of its children's): live translations indexed, the
    others removed. A descendant is analysed again only when its address
    changed, so saving a section does not re-segment everything below it.
    Commits."""
    saved = set(page_ids)
    ids = analysis.with_descendants(site_id, saved)
    languages = current_app.config["LANGUAGES"]
    present = db.session.execute(
        select(SearchDocument.id, SearchDocument.key, SearchDocument.lang, SearchDocument.url)
        .where(SearchDocument.site_id == site_id, SearchDocument.kind == "page",
               SearchDocument.key.in_([str(i) for i in ids]))).all()
    indexed_at = {(r.key, r.lang): r.url for r in present}
    docs = analysis.page_documents(site_id, ids)
    live = {(d["key"], d["lang"]) for d in docs}
    rows = [analysis.prepare(site_id, doc, languages) for doc in docs
            if int(doc["key"]) in saved or indexed_at.get((doc["key"], doc["lang"])) != doc["url"]]
    try:
        analysis.upsert(site_id, rows)
        gone = [r.id for r in present if (r.key, r.lang) not in live]
        if gone:
            analysis.delete_where(SearchDocument.id.in_(gone))
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise


def prune_pages(site_id: int) -> int:
    """Remove the index rows of pages that no longer exist (after a deletion,
    which takes a page's descendants with it). Commits."""
    removed = analysis.delete_missing_pages(site_id)
    db.session.commit()
    return removed


def _naive_utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value

