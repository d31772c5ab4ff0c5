"""SQLite: an FTS5 table (search_fts, contentless, kept in step with
search_document by triggers) over the segmented, normalised text.

Columns: title and body hold words, tparts and bparts Lao syllables, scope
one token per (site, language) so that FTS5 itself keeps sites and
languages apart. FTS5 walks matches in rowid order without sorting, so the
newest CANDIDATES cost little; BM25 (title weighted over body) is computed
for the few that are ranked.
"""
from __future__ import annotations

import sqlalchemy as sa

from gweb.extensions import db
from gweb.search.backends import CANDIDATES, Filters, candidate_rows, clauses
from gweb.search.models import SearchDocument
from gweb.search.query import ParsedQuery, fts5_expression

# bm25 weights of title, body, tparts, bparts, scope.
WEIGHTS = (10.0, 2.0, 5.0, 1.0, 0.0)
_FTS = sa.table("search_fts", sa.column("rowid"))
_MATCH_TARGET = sa.literal_column("search_fts")


def candidates(query: ParsedQuery, filters: Filters) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the newest matching documents that pass `filters`
    (their kind too: kinds are counted from the same list)."""
    d = SearchDocument
    match = f'scope : "s{filters.site_id}{filters.lang}" AND ({fts5_expression(query)})'
    newest = (sa.select(_FTS.c.rowid.label("id")).select_from(_FTS)
              .where(_MATCH_TARGET.op("MATCH")(match))
              .order_by(_FTS.c.rowid.desc()).limit(CANDIDATES + 1).subquery())
    unfiltered = Filters(**{**filters.__dict__, "kind": None})
    found = (sa.select(newest.c.id, d.kind).select_from(newest)
             .outerjoin(d, sa.and_(newest.c.id == d.id, *clauses(unfiltered)))
             .order_by(newest.c.id.desc()))
    return candidate_rows(found)


def scores(query: ParsedQuery, ids: list[int]) -> dict[int, float]:
    """BM25 of each of `ids` (smaller is better). FTS5 answers a rowid range
    in one pass (an IN list would run the whole query once per id)."""
    wanted = set(ids)
    stmt = (sa.select(_FTS.c.rowid, sa.func.bm25(_MATCH_TARGET, *WEIGHTS)).select_from(_FTS)
            .where(_MATCH_TARGET.op("MATCH")(fts5_expression(query)),
                   _FTS.c.rowid.between(min(ids), max(ids))))
    return {rowid: score for rowid, score in db.session.execute(stmt) if rowid in wanted}


def index_size_bytes() -> int:
    """Bytes used by the FTS5 index (its shadow tables), for the benchmark."""
    sql = sa.text("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE 'search_fts%'")
    try:
        return int(db.session.scalar(sql))
    except sa.exc.OperationalError:  # SQLite built without dbstat
        return 0
