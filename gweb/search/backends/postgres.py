"""PostgreSQL: two generated tsvector columns of search_document with GIN
indexes (migration 0008searchlean), built with the `simple` configuration
over the same segmented, normalised text as SQLite's index: fts_words (the
words) and fts_syllables (the syllables of Lao words, other words whole),
each weighting the title A and the body B.

A word is asked for without a weight, so the index alone answers it; only
phrases are re-checked against the row's vector. Candidates are taken from
the newest documents first, in widening windows of ids that the planner
must intersect with the GIN indexes (bitmap scans only), so that a word
found in most documents costs the newest few thousand rows, not all of
them; a window too narrow tells how far the next must reach; the few candidates that are ranked are scored in
gweb.search.scoring.
"""
from __future__ import annotations

import sqlalchemy as sa

from gweb.extensions import db
from gweb.search.backends import CANDIDATES, Filters, clauses
from gweb.search.models import FTS_INDEXES, SearchDocument
from gweb.search.query import FULL, ParsedQuery, tsquery_options


WORDS = sa.literal_column("search_document.fts_words")
SYLLABLES = sa.literal_column("search_document.fts_syllables")
# Ids looked at first, then as many more as the matches found say are
# needed (see `candidates`), until CANDIDATES are found.
FIRST_WINDOW = 4 * CANDIDATES
GROWTH = 1.5


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
        newest = (sa.select(d.id)
                  .where(match, d.site_id == filters.site_id, d.lang == filters.lang,
                         *([d.id > floor] if floor is not None else []))
                  .order_by(d.id.desc()).limit(CANDIDATES + 1))
        ids = _bitmap_only(newest)
        if len(ids) > CANDIDATES or floor is None:
            break
        # Each window builds the GIN bitmaps again: the next one reaches as
        # far as the matches found so far say it must, with a margin (ten
        # times as far when none were found).
        window = int(window * GROWTH * (CANDIDATES + 1) / len(ids)) if ids else window * 10
    if not ids:
        return [], False
    unfiltered = Filters(**{**filters.__dict__, "kind": None})
    kinds = dict(db.session.execute(sa.select(d.id, d.kind).where(
        d.id.in_(ids[:CANDIDATES]), *clauses(unfiltered))).all())
    return [(i, kinds[i]) for i in ids[:CANDIDATES] if i in kinds], len(ids) > CANDIDATES


def _bitmap_only(statement) -> list[int]:
    """The ids `statement` selects, found with bitmap scans only. A plain
    index scan would walk ids reading every row's vector (or the scope
    index, every row of the site), and the planner picks one when its
    statistics are stale; a bitmap scan asks the GIN indexes first."""
    settings = "SELECT set_config('enable_indexscan', :v, true), set_config('enable_seqscan', :v, true)"
    db.session.execute(sa.text(settings), {"v": "off"})
    try:
        return list(db.session.scalars(statement))
    finally:
        db.session.execute(sa.text(settings), {"v": "on"})


def index_size_bytes() -> int:
    """Bytes used by the GIN indexes (the vectors are counted apart, see
    `vector_bytes`)."""
    return int(db.session.scalar(sa.text(
        "SELECT SUM(pg_relation_size(name::regclass)) FROM unnest(CAST(:names AS text[]))"
        " AS name"), {"names": list(FTS_INDEXES)}) or 0)


def vector_bytes() -> int:
    """Bytes of the stored tsvector columns, for the benchmark."""
    return int(db.session.scalar(sa.text(
        "SELECT SUM(pg_column_size(fts_words) + pg_column_size(fts_syllables))"
        " FROM search_document")) or 0)
