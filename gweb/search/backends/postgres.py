"""PostgreSQL: two GIN expression indexes over search_document's terms
columns (migration 0008searchlean), built with the `simple` configuration
over the same segmented, normalised text as SQLite's index: WORDS (the
words) and SYLLABLES (the syllables of Lao words, other words whole), each
weighting the title A and the body B. Nothing but the indexes is stored.

A word is asked for without a weight, so the index alone answers it; only
phrases are re-checked against the row. Candidates are taken from the
newest documents first, in widening windows of ids, so that a word found in
most documents costs the newest few thousand rows, not all of them; the
few candidates that are ranked are scored in gweb.search.scoring.
"""
from __future__ import annotations

import sqlalchemy as sa

from gweb.extensions import db
from gweb.search.backends import CANDIDATES, Filters, candidate_rows, clauses
from gweb.search.models import FTS_INDEXES, SearchDocument
from gweb.search.query import FULL, ParsedQuery, tsquery_options


def _vector(mark: str) -> sa.ColumnElement:
    # The very expression of the index (see migration 0008searchlean): a
    # query uses an expression index only when it names the same expression.
    return sa.literal_column(
        f"(setweight(to_tsvector('simple'::regconfig, replace(search_document.title_terms,"
        f" '-', '{mark}')), 'A') || setweight(to_tsvector('simple'::regconfig,"
        f" replace(search_document.body_terms, '-', '{mark}')), 'B'))")


WORDS, SYLLABLES = _vector(""), _vector(" ")
# Ids looked at first, then ten times as many, ... until CANDIDATES are found.
FIRST_WINDOW = 4 * CANDIDATES


def _match(query: ParsedQuery, level: int):
    return sa.and_(*(sa.or_(*(
        (SYLLABLES if syl else WORDS).op("@@")(sa.func.to_tsquery(
            sa.text("'simple'::regconfig"), sa.literal(text, sa.Text)))
        for syl, text in options)) for options in tsquery_options(query, level)))


def candidates(query: ParsedQuery, filters: Filters,
               level: int = FULL) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the newest matching documents that pass `filters`."""
    d = SearchDocument
    match = _match(query, level)
    top = db.session.scalar(sa.select(sa.func.max(d.id))) or 0
    window = FIRST_WINDOW
    while True:
        floor = top - window if window < top else None
        newest = (sa.select(d.id.label("id"))
                  .where(match, d.site_id == filters.site_id, d.lang == filters.lang,
                         *([d.id > floor] if floor is not None else []))
                  # id + 0: ordered after the index has found the rows; walking
                  # the primary key would re-compute each row's text vectors.
                  .order_by((d.id + 0).desc()).limit(CANDIDATES + 1).subquery())
        unfiltered = Filters(**{**filters.__dict__, "kind": None})
        found = (sa.select(newest.c.id, d.kind).select_from(newest)
                 .outerjoin(d, sa.and_(newest.c.id == d.id, *clauses(unfiltered)))
                 .order_by(newest.c.id.desc()))
        rows, capped = candidate_rows(found)
        if capped or floor is None:
            return rows, capped
        window *= 10


def index_size_bytes() -> int:
    """Bytes used by the GIN indexes."""
    return int(db.session.scalar(sa.text(
        "SELECT SUM(pg_relation_size(name::regclass)) FROM unnest(CAST(:names AS text[]))"
        " AS name"), {"names": list(FTS_INDEXES)}) or 0)
