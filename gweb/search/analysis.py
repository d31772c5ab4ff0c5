"""Documents made ready for the index: checked, cut to size, analysed into
the tokens and Lao syllables that are matched, and written (insert, update
or nothing when unchanged). Also where pages become documents.

The matched form of a field is stored once (`title_terms`, `body_terms`):
its words separated by spaces, the syllables of a Lao word joined by
SYLLABLE_MARK (ນະ-ຄອນ-ຫຼວງ ວຽງ-ຈັນ). The database derives both indexed
streams from it with a plain replace() — words without the mark, syllables
with the mark as a space — so the segmented text is kept once, not twice,
and a row can still be taken out of a contentless index exactly as it went
in. `search_term` lists every word and syllable a site's language uses, so
that an unfinished word can be looked up as the complete words it begins.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import defer

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.pages.lookup import page_href
from gweb.pages.models import PUBLISHED, Page, PageTranslation
from gweb.search.models import SYLLABLE_MARK, SearchDocument, SearchTerm
from gweb.text.html import plain_text
from gweb.text.normalize import is_lao, lao_syllables, match_tokens
from gweb.text.segment import split_tokens
from gweb.timeutil import utcnow

MAX_TITLE_CHARS = 500
MAX_BODY_CHARS = 100_000   # keeps one document's index entry (and a tsvector) bounded
MAX_URL_CHARS = 1000
BATCH_READ = 1000
SHOWN = ("title", "body", "url", "published_at", "visible_from", "visible_until")


def prepare(site_id: int, doc: dict, languages: Iterable[str]) -> dict:
    """A document dict checked and cleaned (plain text, sizes, naive UTC
    dates); raises ValidationError saying what is wrong."""
    if not isinstance(doc, dict):
        raise ValidationError(_("A search document must be a dict."))
    kind, key, lang = doc.get("kind"), doc.get("key"), doc.get("lang")
    url = doc.get("url")
    if not isinstance(kind, str) or not kind or len(kind) > 40:
        raise ValidationError(_("A search document needs a kind of at most 40 characters."))
    if key is None or not str(key) or len(str(key)) > 200:
        raise ValidationError(_("A search document needs a key of at most 200 characters."))
    if lang not in tuple(languages):
        raise ValidationError(_("A search document needs the language of its text (lo or en)."))
    if not isinstance(url, str) or not url.startswith("/") or url.startswith("//") \
            or len(url) > MAX_URL_CHARS:
        raise ValidationError(_("A search document needs a root-relative address such as /lo/news/1."))
    title = _clip(plain_text(str(doc.get("title") or "")), MAX_TITLE_CHARS, lang)
    if not title:
        raise ValidationError(_("A search document needs a title."))
    return {"site_id": site_id, "kind": kind, "key": str(key), "lang": lang, "title": title,
            "body": _clip(plain_text(str(doc.get("body") or "")), MAX_BODY_CHARS, lang),
            "url": url, "published_at": _utc(doc.get("published_at")),
            "visible_from": _utc(doc.get("visible_from")),
            "visible_until": _utc(doc.get("visible_until"))}


def terms(title: str, body: str, lang: str) -> dict:
    """The matching columns of a document: the words of its title and body,
    space-separated, with the syllables of Lao words marked (see above)."""
    return {"title_terms": marked(match_tokens(title, lang)),
            "body_terms": marked(match_tokens(body, lang))}


def marked(words: list[str]) -> str:
    """Index tokens as stored: space-separated, Lao syllables joined by the mark."""
    return " ".join(SYLLABLE_MARK.join(lao_syllables(w)) if is_lao(w) else w for w in words)


def words_of(stored: str) -> str:
    """The words of a stored terms column, space-separated."""
    return stored.replace(SYLLABLE_MARK, "")


def vocabulary(stored: Iterable[str]) -> set[str]:
    """Every word and syllable of stored terms columns."""
    found: set[str] = set()
    for text in stored:
        words = text.split()
        found.update(map(words_of, words))
        found.update(s for w in words if SYLLABLE_MARK in w for s in w.split(SYLLABLE_MARK))
    return found


def add_vocabulary(site_id: int, lang: str, words: set[str]) -> None:
    """Record words and syllables of a site's language that are not yet
    known (no commit). Never removes any: a word no document holds any
    more only widens a prefix lookup by a term that matches nothing."""
    table = SearchTerm.__table__
    words = {w for w in words if 0 < len(w) <= SearchTerm.MAX_CHARS}
    if not words:
        return
    known = set(db.session.scalars(select(SearchTerm.term).where(
        SearchTerm.site_id == site_id, SearchTerm.lang == lang, SearchTerm.term.in_(words))))
    new = sorted(words - known)
    if new:
        db.session.execute(table.insert(), [{"site_id": site_id, "lang": lang, "term": w}
                                             for w in new])


def rebuild_vocabulary(site_id: int) -> None:
    """A site's vocabulary made again from its indexed documents (no commit)."""
    db.session.execute(sa.delete(SearchTerm).where(SearchTerm.site_id == site_id))
    last = 0
    while True:
        rows = db.session.execute(
            select(SearchDocument.id, SearchDocument.lang, SearchDocument.title_terms,
                   SearchDocument.body_terms)
            .where(SearchDocument.site_id == site_id, SearchDocument.id > last)
            .order_by(SearchDocument.id).limit(BATCH_READ)).all()
        if not rows:
            return
        by_lang: dict[str, set[str]] = {}
        for row in rows:
            by_lang.setdefault(row.lang, set()).update(vocabulary((row.title_terms, row.body_terms)))
        for lang, words in by_lang.items():
            add_vocabulary(site_id, lang, words)
        last = rows[-1].id


def upsert(site_id: int, rows: list[dict]) -> None:
    """Write prepared rows (no commit): new ones inserted, changed ones
    updated (re-analysed only when their text changed), the rest untouched."""
    by_kind: dict[str, list[dict]] = {}
    analysed: dict[str, list[str]] = {}  # lang -> terms columns written
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row)
    for kind, group in by_kind.items():
        existing = {(d.key, d.lang): d for d in db.session.scalars(
            select(SearchDocument).options(defer(SearchDocument.title_terms),
                                           defer(SearchDocument.body_terms)).where(
                SearchDocument.site_id == site_id, SearchDocument.kind == kind,
                SearchDocument.key.in_({r["key"] for r in group})))}
        for row in group:
            doc = existing.get((row["key"], row["lang"]))
            if doc is None:
                matched = terms(row["title"], row["body"], row["lang"])
                analysed.setdefault(row["lang"], []).extend(matched.values())
                doc = SearchDocument(**row, **matched)
                existing[(row["key"], row["lang"])] = doc
                db.session.add(doc)
                continue
            if all(getattr(doc, f) == row[f] for f in SHOWN):
                continue
            if doc.title != row["title"] or doc.body != row["body"]:
                matched = terms(row["title"], row["body"], row["lang"])
                analysed.setdefault(row["lang"], []).extend(matched.values())
                for name, value in matched.items():
                    setattr(doc, name, value)
            for name in SHOWN:
                setattr(doc, name, row[name])
            doc.indexed_at = utcnow()
    for lang, stored in analysed.items():
        add_vocabulary(site_id, lang, vocabulary(stored))


def delete_where(*conditions) -> int:
    """Delete index rows matching `conditions` (no commit); returns how many."""
    result = db.session.execute(sa.delete(SearchDocument).where(*conditions)
                                .execution_options(synchronize_session=False))
    return result.rowcount or 0


def page_documents(site_id: int, page_ids: set[int] | None = None) -> list[dict]:
    """The published translations of a site's pages (or of `page_ids`) as
    documents; their publication window travels with them."""
    query = select(PageTranslation).where(PageTranslation.site_id == site_id,
                                          PageTranslation.status == PUBLISHED)
    if page_ids is not None:
        query = query.where(PageTranslation.page_id.in_(page_ids))
    docs = []
    for row in db.session.scalars(query):
        body = " ".join(t for t in (row.summary, plain_text(row.body)) if t)
        docs.append({"kind": "page", "key": str(row.page_id), "lang": row.lang,
                     "title": row.title, "body": body, "url": page_href(row.lang, row.path),
                     "published_at": row.last_updated, "visible_from": row.publish_at,
                     "visible_until": row.unpublish_at})
    return docs


def with_descendants(site_id: int, page_ids: set[int]) -> set[int]:
    """`page_ids` and every page below them (one recursive query, which
    reads only that part of the tree)."""
    if not page_ids:
        return set()
    below = (select(Page.id).where(Page.site_id == site_id, Page.id.in_(page_ids))
             .cte("below", recursive=True))
    below = below.union(select(Page.id).join(below, Page.parent_id == below.c.id))
    return set(db.session.scalars(select(below.c.id)))


def delete_missing_pages(site_id: int) -> int:
    """Delete the index rows of pages that no longer exist (no commit)."""
    existing = select(sa.cast(Page.id, sa.String)).where(Page.site_id == site_id)
    return delete_where(SearchDocument.site_id == site_id, SearchDocument.kind == "page",
                        SearchDocument.key.not_in(existing.scalar_subquery()))


def _clip(text: str, limit: int, lang: str) -> str:
    """`text` cut to at most `limit` characters at a word boundary."""
    if len(text) <= limit:
        return text
    kept, length = [], 0
    for token in split_tokens(text[:limit + 200], lang):
        if length + len(token) > limit:
            break
        kept.append(token)
        length += len(token)
    return "".join(kept).rstrip()


def _utc(value) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value
