"""The two full-text index backends behind one small interface: SQLite FTS5
(`sqlite`) and PostgreSQL tsvector (`postgres`). Each offers

- `searching(filters)`: a context manager for the statements of one search
  (PostgreSQL sets the planner's settings once for all levels), giving what
  `candidates` takes as its last argument;
- `candidates(query, filters, level, searched)`: (id, kind) of the CANDIDATES
  most recently indexed matching documents that pass the filters, newest
  first, and whether more matched.

Both match the same tokens (gweb.text.normalize) with the same rules, so a
site answers the same on either database. `candidates` here starts with the
cheap ways of matching (words as written, a single Lao word also inside
longer ones) and reaches for the dear ones (an unfinished word as the start
of longer words; phrases and unfinished words matched syllable by syllable
inside longer words) only while fewer than ENOUGH documents are found: a
word common enough to fill pages of results is found enough as it is. `rank`
orders the SCORED newest candidates by relevance (gweb.search.scoring, the
same on both databases), then the others, newest first. A word found in
tens of thousands of documents so costs no more than one found in a
thousand (results stop at page 100 anyway).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from types import ModuleType

import sqlalchemy as sa

from gweb.extensions import db
from gweb.search import scoring
from gweb.search.models import SearchDocument
from gweb.search.query import LEVELS, match_options


CANDIDATES = 1000
SCORED = 100
# A query that finds this many documents is not widened to the dearer ways
# of matching (gweb.search.query.LEVELS).
ENOUGH = 50


@dataclass
class Counts:
    """Matches per kind; `capped` when there were more than CANDIDATES."""

    by_kind: dict[str, int] = field(default_factory=dict)
    capped: bool = False


@dataclass(frozen=True)
class Filters:
    """Which documents a search may return: one site, one language, visible
    at `now`; optionally one kind and a range of publication dates."""

    site_id: int
    lang: str
    now: datetime
    kind: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive


def clauses(filters: Filters) -> list:
    """The SQL conditions of `filters` on search_document (both databases)."""
    d = SearchDocument
    where = [d.site_id == filters.site_id, d.lang == filters.lang,
             sa.or_(d.visible_from.is_(None), d.visible_from <= filters.now),
             sa.or_(d.visible_until.is_(None), d.visible_until > filters.now)]
    if filters.kind:
        where.append(d.kind == filters.kind)
    if filters.date_from:
        where.append(d.published_at >= filters.date_from)
    if filters.date_to:
        where.append(d.published_at < filters.date_to)
    return where


def candidate_rows(rows) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the candidates in `rows` ((id, kind or None when the
    filters leave it out), newest first, at most CANDIDATES + 1) that pass
    the filters, and whether there were more than CANDIDATES."""
    kept = [(doc_id, kind) for doc_id, kind in rows[:CANDIDATES] if kind is not None]
    return kept, len(rows) > CANDIDATES


def candidates(query, filters: Filters) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the newest matching documents that pass `filters`, and
    whether there were more than CANDIDATES (see the module's docstring)."""
    index = backend()
    tried = None
    with index.searching(filters) as searched:
        for level in LEVELS:
            ways = match_options(query, level)
            if ways == tried:
                continue  # nothing dearer to add for this query
            tried = ways
            found, capped = index.candidates(query, filters, level, searched)
            if len(found) >= ENOUGH:
                break
    return found, capped


def rank(query, filters: Filters, limit: int, offset: int = 0,
         found: list[tuple[int, str]] | None = None) -> list[int]:
    """Ids of one page of results, best first (see the module's docstring)."""
    if found is None:
        found, _ = candidates(query, filters)
    ids = [i for i, kind in found if not filters.kind or kind == filters.kind]
    head, tail = ids[:SCORED], ids[SCORED:]
    scored = scoring.scores(query, head) if head else {}
    order = {i: n for n, i in enumerate(head)}  # newest first among equals
    head.sort(key=lambda i: (scored.get(i, 0.0), order[i]))
    return (head + tail)[offset:offset + limit]


def counts(found: list[tuple[int, str]], capped: bool) -> Counts:
    """Matches per kind among the candidates."""
    result = Counts(capped=capped)
    for _, kind in found:
        result.by_kind[kind] = result.by_kind.get(kind, 0) + 1
    return result


def backend() -> ModuleType:
    """The backend module for the current database."""
    if db.engine.dialect.name == "postgresql":
        from gweb.search.backends import postgres

        return postgres
    from gweb.search.backends import sqlite

    return sqlite
