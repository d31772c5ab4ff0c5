"""PostgreSQL: a generated tsvector column (search_document.fts, GIN-indexed)
built with the `simple` configuration over the same segmented, normalised
text as SQLite's index; weights A (title words), B (body words), C (title
syllables), D (body syllables): a query matches words in either field; the
few candidates that are ranked are scored in gweb.search.scoring.
"""
from __future__ import annotations

import sqlalchemy as sa

from gweb.extensions import db
from gweb.search.backends import CANDIDATES, Filters, candidate_rows, clauses
from gweb.search.models import SearchDocument
from gweb.search.query import FULL, ParsedQuery, tsquery_expression

_FTS = sa.literal_column("search_document.fts")


def _tsquery(query: ParsedQuery, level: int = FULL):
    return sa.func.to_tsquery(sa.text("'simple'::regconfig"),
                              sa.literal(tsquery_expression(query, level), sa.Text))


def candidates(query: ParsedQuery, filters: Filters,
               level: int = FULL) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the newest matching documents that pass `filters`."""
    d = SearchDocument
    newest = (sa.select(d.id.label("id"))
              .where(_FTS.op("@@")(_tsquery(query, level)), d.site_id == filters.site_id,
                     d.lang == filters.lang)
              .order_by(d.id.desc()).limit(CANDIDATES + 1).subquery())
    unfiltered = Filters(**{**filters.__dict__, "kind": None})
    found = (sa.select(newest.c.id, d.kind).select_from(newest)
             .outerjoin(d, sa.and_(newest.c.id == d.id, *clauses(unfiltered)))
             .order_by(newest.c.id.desc()))
    return candidate_rows(found)


def index_size_bytes() -> int:
    """Bytes used by the GIN index of the tsvector column."""
    return int(db.session.scalar(sa.text(
        "SELECT pg_relation_size('ix_search_document_fts')")) or 0)
