"""SQLite: an FTS5 table (search_fts, contentless, kept in step with
search_document by triggers) over the segmented, normalised text.

One column (migration 0011searchpairs) holds, for the title and then the
body, the words, the Lao syllables and the pairs of adjacent Lao words
(all derived from search_document's terms columns, see
gweb.search.analysis), and between them one token per (site, language), so
that FTS5 itself keeps sites and languages apart. FTS5 walks matches in
rowid order without sorting, so the newest CANDIDATES cost little; the few
that are ranked are scored in gweb.search.scoring. An unfinished word is
looked up in search_term as the complete terms it begins (see
gweb.search.query.fts5_expression).
"""
from __future__ import annotations

from contextlib import nullcontext

from functools import lru_cache

import sqlalchemy as sa

from gweb.extensions import db
from gweb.search.backends import CANDIDATES, Filters, candidate_rows
from gweb.search.models import CANDIDATE_INDEX, INDEX_TOKEN, SearchTerm
from gweb.search.query import FULL, ParsedQuery, fts5_expression, prefixes_at

# A prefix that begins more terms than this stays an FTS5 prefix query.
MAX_EXPANSION = 64
_LAST_CHAR = "\U0010ffff"
_DATES = ("now", "date_from", "date_to")
_MATCHES = "SELECT rowid FROM search_fts WHERE search_fts MATCH :match ORDER BY rowid DESC LIMIT :limit"


def searching(filters: Filters):
    """The context of one search's statements: nothing to set on SQLite."""
    return nullcontext()


def candidates(query: ParsedQuery, filters: Filters, level: int = FULL,
               searched=None) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the newest matching documents that pass `filters`
    (their kind too: kinds are counted from the same list); `searched` is
    what `searching` gave (nothing).

    A phrase of words is asked for without the scope token first: FTS5
    checks positions in every document holding all its words, and when
    few hold the phrase it walks every list to its end, the scope's (every
    document of the site and language) with them, which doubles the cost.
    When that finds at most CANDIDATES, they are all the matches and the
    narrow index keeps those of the scope; when it finds more, FTS5 is
    asked again with the scope token. A query of single words (whose lists
    FTS5 reads only as far as CANDIDATES matches) is asked with the scope
    token at once."""
    expression = fts5_expression(query, level, expansions(prefixes_at(query, level), filters))
    stamp = _datetime_format()
    params = {"site_id": filters.site_id, "lang": filters.lang, "now": filters.now,
              "date_from": filters.date_from, "date_to": filters.date_to}
    values = {k: stamp(v) if k in _DATES else v for k, v in params.items() if v is not None}
    joined, listed = _candidates_sql(filters.date_from is not None, filters.date_to is not None)
    connection = db.session.connection()
    # Through the driver: SQLAlchemy's result rows cost more than reading
    # a thousand ids from the narrow index.
    phrase = any(len(group.words) > 1 for group in query.groups)
    ids = connection.exec_driver_sql(_MATCHES, {"match": expression, "limit": CANDIDATES + 1}
                                     ).all() if phrase else []
    if phrase and len(ids) <= CANDIDATES:
        rows = connection.exec_driver_sql(listed.format(
            ids=",".join(str(int(row[0])) for row in ids)), values).all() if ids else []
    else:
        scoped = f'"{INDEX_TOKEN}s{filters.site_id}{filters.lang}" AND ({expression})'
        rows = connection.exec_driver_sql(joined, {**values, "match": scoped,
                                                   "limit": CANDIDATES + 1}).all()
    return candidate_rows(rows)


def expansions(prefixes: set[str], filters: Filters) -> dict[str, tuple[str, ...]]:
    """The terms of the site's language that begin with each of `prefixes`,
    for those that begin at most MAX_EXPANSION."""
    found = {}
    for prefix in prefixes:
        terms = tuple(db.session.scalars(
            sa.select(SearchTerm.term).where(
                SearchTerm.site_id == filters.site_id, SearchTerm.lang == filters.lang,
                SearchTerm.term >= prefix, SearchTerm.term < prefix + _LAST_CHAR)
            .order_by(SearchTerm.term).limit(MAX_EXPANSION + 1)))
        if len(terms) <= MAX_EXPANSION:
            found[prefix] = terms
    return found


def _datetime_format():
    """How SQLAlchemy writes a datetime into SQLite (as stored)."""
    dialect = db.engine.dialect
    return sa.DateTime().dialect_impl(dialect).bind_processor(dialect)


@lru_cache(maxsize=4)
def _candidates_sql(date_from: bool, date_to: bool) -> tuple[str, str]:
    """The candidates queries: (id, kind) of the newest :limit matches of
    :match (which names the scope), or of the listed {ids} that are in the
    scope, newest first; the kind is NULL when the row does not pass the
    filters. They say in SQL what backends.clauses says (but the kind,
    which is counted), because they read the filters from a narrow index
    (INDEXED BY, which SQLAlchemy cannot say): SQLite would otherwise read
    each wide row by its rowid, a thousand at a time."""
    d = "search_document"
    scope = [f"{d}.site_id = :site_id", f"{d}.lang = :lang"]
    visible = [f"({d}.visible_from IS NULL OR {d}.visible_from <= :now)",
               f"({d}.visible_until IS NULL OR {d}.visible_until > :now)"]
    if date_from:
        visible.append(f"{d}.published_at >= :date_from")
    if date_to:
        visible.append(f"{d}.published_at < :date_to")
    joined = ("SELECT n.id, search_document.kind FROM ("
              " SELECT rowid AS id FROM search_fts WHERE search_fts MATCH :match"
              " ORDER BY rowid DESC LIMIT :limit) AS n"
              f" LEFT JOIN {d} INDEXED BY {CANDIDATE_INDEX}"
              f" ON {d}.id = n.id AND {' AND '.join(scope + visible)}"
              " ORDER BY n.id DESC")
    listed = (f"SELECT id, CASE WHEN {' AND '.join(visible)} THEN kind END"
              f" FROM {d} INDEXED BY {CANDIDATE_INDEX}"
              f" WHERE id IN ({{ids}}) AND {' AND '.join(scope)} ORDER BY id DESC")
    return joined, listed


def index_size_bytes() -> int:
    """Bytes used by the FTS5 index (its shadow tables), for the benchmark."""
    sql = sa.text("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE 'search_fts%'")
    try:
        return int(db.session.scalar(sql))
    except sa.exc.OperationalError:  # SQLite built without dbstat
        return 0
