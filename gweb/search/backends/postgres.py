"""PostgreSQL: a generated tsvector column (search_document.fts, GIN-indexed)
built with the `simple` configuration over the same segmented, normalised
text as SQLite's index; weights A (title words), B (body words), C (title
syllables), D (body syllables). Scores are ts_rank_cd with the title
weighted over the body, computed for the few candidates that are ranked.
"""
from __future__ import annotations

import sqlalchemy as sa

from gweb.extensions import db
from gweb.search.backends import CANDIDATES, Filters, candidate_rows, clauses
from gweb.search.models import SearchDocument
from gweb.search.query import ParsedQuery, tsquery_expression

# ts_rank_cd weights of D, C, B, A.
WEIGHTS = "{0.1,0.5,0.2,1.0}"
_FTS = sa.literal_column("search_document.fts")


def _tsquery(query: ParsedQuery):
    return sa.func.to_tsquery(sa.text("'simple'::regconfig"),
                              sa.literal(tsquery_expression(query), sa.Text))


def candidates(query: ParsedQuery, filters: Filters) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the newest matching documents that pass `filters`."""
    d = SearchDocument
    newest = (sa.select(d.id.label("id"))
              .where(_FTS.op("@@")(_tsquery(query)), d.site_id == filters.site_id,
                     d.lang == filters.lang)
              .order_by(d.id.desc()).limit(CANDIDATES + 1).subquery())
    unfiltered = Filters(**{**filters.__dict__, "kind": None})
    found = (sa.select(newest.c.id, d.kind).select_from(newest)
             .outerjoin(d, sa.and_(newest.c.id == d.id, *clauses(unfiltered)))
             .order_by(newest.c.id.desc()))
    return candidate_rows(found)


def scores(query: ParsedQuery, ids: list[int]) -> dict[int, float]:
    """Relevance of each of `ids`, negated so that smaller is better."""
    d = SearchDocument
    rank = sa.func.ts_rank_cd(sa.text(f"'{WEIGHTS}'::float4[]"), _FTS, _tsquery(query))
    stmt = sa.select(d.id, rank).where(d.id.in_(ids))
    return {doc_id: -float(score) for doc_id, score in db.session.execute(stmt)}


def index_size_bytes() -> int:
    """Bytes used by the GIN index of the tsvector column."""
    return int(db.session.scalar(sa.text(
        "SELECT pg_relation_size('ix_search_document_fts')")) or 0)
