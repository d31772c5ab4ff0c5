"""PostgreSQL: one GIN index over an immutable SQL function of
search_document's segmented, normalised terms (migration 0017pgscoped):
gweb_search_terms, the words of title and body (after WORD_MARK), the
syllables of Lao words, and each pair of neighbouring tokens of a field
('ວຽງ ຈັນ'). The vectors hold lexemes only (no positions, no weights),
taken from the terms as they are split by spaces, the same tokens as
SQLite's index and the query; each begins with the row's scope (`pg_statements.scope`:
site, language and range of ids), so that the index gives the rows of one
site's language within the ranges asked for, not every row of a word, nor
every row of the site. A statement asks for all it needs of the index in
one condition (`Statement.tsquery`).

Nothing asked of the index needs a re-check (which would compute a row's
vector again): a word, a syllable or a pair of syllables is one lexeme, a
longer run of syllables the lexemes of all its pairs, a phrase of words
the pairs of its syllables (or, ending in an unfinished Lao word, its
words typed in full). Where those are not enough (three syllables or
more, two words or more), the rows the index finds are checked against
the stored terms with strpos(), the run of tokens between spaces in the
field, as FTS5 matches a phrase (see `pg_statements.newest`). Candidates
are taken from the newest documents first, in widening windows of ids
(the ranges of ids of a window's scopes; the primary key's bitmap of the
window keeps rows of those ranges outside it unread), so that a word found
in most documents costs the newest few thousand rows, not all of them; the
first window is sized from the planner's estimate of the matches, and a
window too narrow tells how far the next must reach; the few candidates
that are ranked are scored in gweb.search.scoring.

The statements are written here as SQL text and run through the driver:
built with SQLAlchemy and read through the ORM session, the thousand ids of
a window cost the Python side more than the database's own work.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass

from gweb.extensions import db
from gweb.search.backends import CANDIDATES, Filters, candidate_rows
from gweb.search.backends.pg_statements import Statement, filtered_kind, newest, scope
from gweb.search.models import FTS_INDEXES, SCOPE_BUCKET_BITS
from gweb.search.query import FULL, ParsedQuery, match_options


# The first window reaches as far as the planner's estimate of the matches
# says CANDIDATES need, with a margin (GROWTH), and never less than this
# many ids; each further one as far as the matches found so far say.
SMALLEST_WINDOW = 4 * CANDIDATES
GROWTH = 1.5
# A further window reaches as far as the matches found so far say the
# missing ones need, with a smaller margin (a row read costs more than a
# statement more), and at most this many times as far as all before it (the
# newest rows may hold few of a word that older ones hold often).
FURTHER_GROWTH, FURTHEST = 1.15, 8
# At most this many groups of a query are asked of the index (`candidates`).
INDEXED_GROUPS = 4
# The first window has no upper bound (rows added since the newest id was
# read are found, as by a statement without windows).
_NO_CEILING = 2 ** 31 - 1


@dataclass
class _Search:
    """What the levels of one search share: the newest id of the site's
    language, and, for a query of one group, the last level's ways and the
    rows they matched when it read every id (all there are)."""

    top: int
    ways: list | None = None
    rows: list | None = None


@contextmanager
def searching(filters: Filters):
    """The context of one search's statements (all its levels): the
    planner's settings (`_bitmap_scans_only`) and a `_Search`."""
    with _bitmap_scans_only(filters.site_id, filters.lang) as top:
        yield _Search(top)


def candidates(query: ParsedQuery, filters: Filters, level: int = FULL,
               search: _Search | None = None) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the newest matching documents that pass `filters`
    (their kind too: kinds are counted from the same rows); `search` is
    what `searching` gave, when called within it.

    A query of one group asks only the ways its level adds to the last one
    when that one read every id: the rows of its ways are all known (a word
    being typed went through four levels, each asking again what the last
    found nowhere)."""
    if search is None:
        with searching(filters) as search:
            return candidates(query, filters, level, search)
    ways = match_options(query, level)
    known: list = []
    if len(ways) == 1 and search.ways is not None:
        known = search.rows
        added = [[way for way in ways[0] if way not in search.ways]]
        if not added[0]:
            return candidate_rows(known)
        rows, complete = _newest_rows(query, filters, added, search.top)
    else:
        rows, complete = _newest_rows(query, filters, ways, search.top)
    if known:
        rows = sorted({row[0]: row for row in known + rows}.values(),
                      key=lambda row: -row[0])[:CANDIDATES + 1]
    if len(ways) == 1:
        search.ways, search.rows = (ways[0], rows) if complete else (None, None)
    return candidate_rows(rows)


def _newest_rows(query: ParsedQuery, filters: Filters, groups: list[list[tuple]],
                 top: int) -> tuple[list, bool]:
    """(id, kind or None) of the newest CANDIDATES + 1 rows matching every
    group of ways, newest first, and whether every id was read."""
    kind = filtered_kind(filters)
    # The index is asked for the groups of most tokens (the rarest, most
    # often), the others are checked in the rows it finds: each lexeme is
    # looked up in every range of ids, and a query of fifteen phrases asked
    # them all (hundreds of lexemes) for half a second.
    asked = sorted(sorted(range(len(groups)), key=lambda i: -max(
        len(tokens) for _, tokens, _ in groups[i]))[:INDEXED_GROUPS])
    unasked = [options for i, options in enumerate(groups) if i not in asked]
    groups = [groups[i] for i in asked]
    statement = Statement(words_of={group.syllables: group.words for group in query.groups
                                    if group.syllables})
    # No condition on the site and language: the lexemes' scopes hold them.
    sql = newest(statement, groups, "id > %(floor)s AND id <= %(ceiling)s", kind,
                  unasked=unasked)
    params = {**statement.params, "now": filters.now, "date_from": filters.date_from,
              "date_to": filters.date_to}
    connection = db.session.connection()

    def scopes(floor: int | None, ceiling: int) -> list[str]:
        """The scopes of the ranges of ids from `ceiling` down to above `floor`."""
        low = 0 if floor is None else (floor + 1) >> SCOPE_BUCKET_BITS
        return [scope(filters.site_id, filters.lang, bucket)
                for bucket in range(ceiling >> SCOPE_BUCKET_BITS, low - 1, -1)]

    found: list = []
    window = SMALLEST_WINDOW
    if not statement.checked:
        shown = Statement(estimated=True)
        estimated, tsqueries = shown.for_scopes(
            newest(shown, groups, "id > %(floor)s AND id <= %(ceiling)s", kind),
            scopes(None, top))
        window = _first_window(estimated, {**params, **tsqueries, "limit": CANDIDATES + 1,
                                           "ceiling": _NO_CEILING}, top)
    ceiling = _NO_CEILING
    while True:
        floor = top - window if window < top else None
        if floor is not None:
            # A window reaching a little way into an older range of ids
            # would build the index's bitmaps of all that range: it
            # stops at the range's end instead.
            edge = (min(ceiling, top) >> SCOPE_BUCKET_BITS) << SCOPE_BUCKET_BITS
            if floor < edge - 1 and (edge - 1 - floor) * 4 < min(ceiling, top) - floor:
                floor = edge - 1
                window = top - floor
        # Through the driver: the ORM's rows cost more than the reading.
        # Each window reads only the ids below the last one: the rows
        # of the newer ones (all their matches) are kept, not found and
        # checked again.
        asked, tsqueries = statement.for_scopes(sql, scopes(floor, min(ceiling, top)))
        found += connection.exec_driver_sql(asked, {
            **params, **tsqueries, "floor": -1 if floor is None else floor,
            "ceiling": ceiling, "limit": CANDIDATES + 1 - len(found)}).all()
        if len(found) > CANDIDATES or floor is None:
            return found, floor is None
        # Each window builds the GIN bitmaps again: the next one reaches
        # as far as the matches found so far say the missing ones need
        # (FURTHER_GROWTH, FURTHEST). The margin is on what is missing
        # only: on all of it, the next window read and checked twice the
        # rows it needed. When none were found, or fewer than the rest of
        # the ids would hold at the same rate, the rest is asked at once: a
        # search finding fewer than a thousand reads every row anyway.
        ceiling = floor
        missing = CANDIDATES + 1 - len(found)
        needed = int(window * FURTHER_GROWTH * missing / len(found)) if found else top
        window += needed if needed >= top - window else min(needed, window * FURTHEST)


def _first_window(sql: str, params: dict, top: int) -> int:
    """How many of the newest ids the first window of a statement that
    checks nothing reaches: as far as the planner's estimate of the matches
    (from the GIN index's statistics; see `Statement`) says CANDIDATES + 1
    need, with a margin. A rare word is so asked of every row at once, a
    common one of the newest few thousand, instead of windows widened one
    after another. (A statement that checks rows starts with
    SMALLEST_WINDOW without asking: its estimate could still be a quarter
    of the truth, a window too wide checks thousands of rows more, and
    planning the estimate of its union cost up to 4 ms, when a rare word's
    few further windows cost 0.5 ms each.)"""
    expected = _estimated_matches(sql, {**params, "floor": -1})
    if expected <= 0:
        return top
    return max(SMALLEST_WINDOW, int(GROWTH * (CANDIDATES + 1) * top / expected))


def _estimated_matches(sql: str, params: dict) -> float:
    """The planner's estimate of the rows that every group of `sql` (an
    estimated statement, see `Statement`) may match: the fewest of its
    groups' bitmap index scans, without running it."""
    plan = db.session.connection().exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql,
                                                   params).scalar()
    if isinstance(plan, str):
        plan = json.loads(plan)
    groups, nodes = [], [plan[0]["Plan"]]
    while nodes:
        node = nodes.pop()
        if node.get("Node Type") == "Bitmap Index Scan" and node.get("Index Name") in FTS_INDEXES:
            groups.append(float(node.get("Plan Rows", 0)))
        nodes.extend(node.get("Plans", ()))
    return min(groups, default=0.0)


@contextmanager
def _bitmap_scans_only(site_id: int, lang: str):
    """Statements run inside find rows with bitmap scans only, each planned
    for its own values; gives the newest id of the site's language (read
    with the settings, one round trip fewer: where another site wrote
    last, a first window of the newest ids of all would hold few of this
    site's and tell too low a share of matches). A plain index scan would
    walk ids computing every row's vectors, and the planner picks one when
    its statistics are stale; a bitmap scan asks the GIN index first. A generic plan (the driver prepares a statement run
    often) would not know the window or the words. No parallel workers:
    starting them costs more than these few thousand rows, and a server
    answering many visitors has no idle cores to give them."""
    connection = db.session.connection()
    names = ("enable_indexscan", "enable_seqscan", "plan_cache_mode",
             "max_parallel_workers_per_gather")
    settings = ", ".join(f"set_config('{name}', %({name})s, true)" for name in names)
    # What the session had is read first (the CTE's row is made before the
    # outer list), to be given back after.
    row = connection.exec_driver_sql(
        "WITH before AS MATERIALIZED (SELECT "
        + ", ".join(f"current_setting('{name}')" for name in names)
        + f") SELECT before.*, {settings}, (SELECT max(id) FROM search_document"
        " WHERE site_id = %(site_id)s AND lang = %(lang)s) FROM before",
        {"site_id": site_id, "lang": lang, "enable_indexscan": "off", "enable_seqscan": "off",
         "plan_cache_mode": "force_custom_plan", "max_parallel_workers_per_gather": "0"}).one()
    try:
        yield row[-1] or 0
    finally:
        connection.exec_driver_sql(f"SELECT {settings}", dict(zip(names, row)))


def index_size_bytes() -> int:
    """Bytes used by the GIN index, for the benchmark."""
    return int(db.session.connection().exec_driver_sql(
        "SELECT SUM(pg_relation_size(name::regclass)) FROM unnest(%(names)s::text[]) AS name",
        {"names": list(FTS_INDEXES)}).scalar() or 0)
