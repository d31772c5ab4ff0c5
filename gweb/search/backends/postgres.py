"""PostgreSQL: one GIN index over an immutable SQL function of
search_document's segmented, normalised terms (migration 0017pgscoped):
gweb_search_terms, the words of title and body (after WORD_MARK), the
syllables of Lao words, and each pair of neighbouring tokens of a field
('ວຽງ ຈັນ'). The vectors hold lexemes only (no positions, no weights),
taken from the terms as they are split by spaces, the same tokens as
SQLite's index and the query; each begins with the row's scope (`_scope`:
site, language and range of ids), so that the index gives the rows of one
site's language within the ranges asked for, not every row of a word, nor
every row of the site. A statement asks for all it needs of the index in
one condition (`_Statement.tsquery`).

Nothing asked of the index needs a re-check (which would compute a row's
vector again): a word, a syllable or a pair of syllables is one lexeme, a
longer run of syllables the lexemes of all its pairs, a phrase of words
the pairs of its syllables (or, ending in an unfinished Lao word, its
words typed in full). Where those are not enough (three syllables or
more, two words or more), the rows the index finds are checked against
the stored terms with strpos(), the run of tokens between spaces in the
field, as FTS5 matches a phrase (see `_newest`). Candidates
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

from gweb.extensions import db
from gweb.search.backends import CANDIDATES, Filters, candidate_rows
from gweb.search.analysis import marked
from gweb.search.models import FTS_INDEXES, SCOPE_BUCKET_BITS, SYLLABLE_MARK, WORD_MARK
from gweb.search.query import FULL, ParsedQuery, match_options
from gweb.text.normalize import is_lao, lao_syllables


# The index expression (migration 0017pgscoped), written as it is.
TERMS = "gweb_search_terms(gweb_search_scope(site_id, lang, id), title_terms, body_terms)"
# Stands for the scope in a tsquery written before its scopes are known
# (no token holds a control character).
_IN_SCOPE = "\x01"
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
# Queries whose groups mix exact ways with ways to check are asked as a
# union of one statement per kind of way, for at most this many groups.
SPLIT_GROUPS = 2
# At most this many groups of a query are asked of the index (`candidates`).
INDEXED_GROUPS = 4
# The first window has no upper bound (rows added since the newest id was
# read are found, as by a statement without windows).
_NO_CEILING = 2 ** 31 - 1


def _lexeme(token: str, prefix: bool) -> str:
    """A lexeme of the tsquery, in the scope still to be given."""
    quoted = token.replace("\\", "\\\\").replace("'", "''")
    return f"'{_IN_SCOPE}{quoted}'" + (":*" if prefix else "")


def _scope(site_id: int, lang: str, bucket: int) -> str:
    """What begins every lexeme of a row of `site_id` in `lang` whose id
    is in range `bucket` (id >> SCOPE_BUCKET_BITS), as gweb_search_scope
    writes it."""
    return f"{site_id}.{lang}.{bucket}:"


class _Statement:
    """The parameters of one statement as it is written: each value gets
    the next name, so that queries of the same shape give the same text.
    Its conditions on the index (`tsquery`) are given for the scopes of
    each window (`for_scopes`).

    The statement run hides that tsquery from the planner behind a scalar
    subquery: the planner's estimate of a run of pairs of one word (the
    product of their frequencies, when they always stand together) can be a
    thousandth of the truth, and it then reads every row the index finds in
    the ranges of ids asked for, filtering out those outside the window,
    instead of intersecting them with the primary key's bitmap of the window
    first. The estimate of a hidden tsquery is a fixed share of the rows.

    The statement only estimated (`estimated=True`, see `_first_window`)
    shows the planner one condition per group instead, each holding any
    lexeme of any of the group's ways: the rows holding a group's rarest
    lexeme are at least those matching the group, and the planner takes
    lexemes and groups as independent, when they stand together (a word's
    pairs; a word asked twice), and multiplies their shares."""

    def __init__(self, estimated: bool = False):
        self.estimated = estimated
        self.params: dict[str, object] = {}
        self.conditions: dict[str, str] = {}  # name: the tsquery in no scope yet
        self.checked = False  # whether rows found are checked (`_newest`)
        # The words whose syllables a way asks for, by those syllables.
        self.words_of: dict[tuple[str, ...], tuple[str, ...]] = {}

    def _name(self) -> str:
        return f"p{len(self.params) + len(self.conditions)}"

    def bind(self, value) -> str:
        name = self._name()
        self.params[name] = value
        return f"%({name})s"

    def tsquery(self, groups: list[list[list[tuple[str, bool]]]]) -> str:
        """The condition that the index holds, for every group, all the
        lexemes (token, prefix) of one of its ways."""
        if self.estimated:
            return "(" + " OR ".join(self._condition(" | ".join(
                _lexeme(*lexeme) for way in ways for lexeme in way)) for ways in groups) + ")"
        return self._condition(" & ".join(
            "(" + " | ".join("(" + " & ".join(_lexeme(*lexeme) for lexeme in way) + ")"
                             for way in ways) + ")" for ways in groups))

    def _condition(self, tsquery: str) -> str:
        name = self._name()
        self.conditions[name] = tsquery
        if self.estimated:
            return f"{TERMS} @@ CAST(%({name})s AS tsquery)"
        return f"{_IN_SCOPE}{name}{_IN_SCOPE}"  # written for each window (`for_scopes`)

    def tsqueries(self, scopes: list[str]) -> dict[str, str]:
        """Each condition of the estimated statement as one tsquery within
        any of the `scopes` (a row's lexemes all have its one scope)."""
        return {name: " | ".join("(" + tsquery.replace(_IN_SCOPE, scope) + ")" for scope in scopes)
                for name, tsquery in self.conditions.items()}

    def for_scopes(self, sql: str, scopes: list[str]) -> tuple[str, dict[str, str]]:
        """The statement run for a window's `scopes`, and its tsqueries:
        each condition within any of the scopes, in one tsquery (one index
        scan; asked of each scope apart, a phrase's full range of seven
        scopes took 3.6 ms instead of 0.8)."""
        params = {}
        for name, tsquery in self.conditions.items():
            params[name] = " | ".join("(" + tsquery.replace(_IN_SCOPE, scope) + ")"
                                      for scope in scopes)
            sql = sql.replace(f"{_IN_SCOPE}{name}{_IN_SCOPE}",
                              f"{TERMS} @@ (SELECT CAST(%({name})s AS tsquery))")
        return sql, params


def _lexemes(syllables: bool, tokens: tuple[str, ...], prefix: bool) -> list[tuple[str, bool]]:
    """One way of matching as lexemes of the index, all of which a row
    must hold (see `_exact` for which ways need a check too): a word, a
    syllable or a pair of syllables is one lexeme. A longer run of
    syllables is asked for as all its pairs, a phrase of words as its words
    and the pairs of its syllables (a Lao word is stored as its syllables,
    another word whole, so where the words stand side by side their
    syllables do): rows the index finds must then be checked. The last
    lexeme is a prefix when the last token may be unfinished (a pair
    'ວຽງ ຈ':* is ວຽງ followed by a syllable beginning with ຈ)."""
    if not syllables and len(tokens) == 1:
        return [(WORD_MARK + tokens[0], prefix)]
    run = tokens
    words: list[tuple[str, bool]] = []
    if not syllables:
        if prefix and is_lao(tokens[-1]):
            # A Lao word still being typed may end where the finished one
            # has no syllable boundary (a consonant starts a syllable when
            # a vowel follows it): the words typed in full are asked for,
            # with the pairs of their syllables.
            tokens, prefix = tokens[:-1], False
        words = [(WORD_MARK + token, prefix and i == len(tokens) - 1)
                 for i, token in enumerate(tokens)]
        run = tuple(s for t in tokens[:-1] for s in (lao_syllables(t) if is_lao(t) else (t,)))
        run += tuple(lao_syllables(tokens[-1])) if not prefix and is_lao(tokens[-1]) else tokens[-1:]
    pairs = [f"{a} {b}" for a, b in zip(run, run[1:])] or list(run)
    return words + [(p, prefix and i == len(pairs) - 1) for i, p in enumerate(pairs)]


def _newest(statement: _Statement, groups: list[list[tuple]], window: str, kind: str,
            splits: int = SPLIT_GROUPS, unasked: list[list[tuple]] = ()) -> str:
    """The statement selecting (id, kind) of the newest :limit rows within
    `window` (a condition on ids) where every group of ways
    (gweb.search.query.match_options) matches, those of `unasked` by their
    checks alone; `kind` is the row's kind when it passes the filters, else
    NULL.

    A way that is not exact is checked against the terms of the rows the
    index finds (the run of tokens in the text of a field, made for the
    check); a group's ways are then all checked, each check alone being
    exact, the exact ways first. A group of several ways, one of them or
    more to be checked, is asked as the union of its exact ways (no check:
    most rows of an unfinished word are found so) and of each other way
    alone: each row the index finds for such a way is then checked for that
    way only, not for every other way it failed first (for at most `splits`
    groups; the union of a query's first two)."""
    limit = "%(limit)s"
    exactness = [[_exact(*option) for option in options] for options in groups]
    split = next((i for i, exact in enumerate(exactness) if len(exact) > 1 and not all(exact)),
                 None)
    if split is not None and splits:
        options, exact = groups[split], exactness[split]
        kept = [[o for o, e in zip(options, exact) if e]] if any(exact) else []
        kept += [[o] for o, e in zip(options, exact) if not e]
        parts = [_newest(statement, groups[:split] + [ways] + groups[split + 1:], window, kind,
                         splits - 1, unasked) for ways in kept]
        return (f"SELECT id, kind FROM ({' UNION '.join(f'({part})' for part in parts)})"
                f" AS found ORDER BY id DESC LIMIT {limit}")
    found = statement.tsquery([[_lexemes(*option) for option in options] for options in groups])
    checks = [[option for option, _ in sorted(zip(options, exact), key=lambda way: not way[1])]
              for options, exact in zip(groups, exactness) if not all(exact)] + list(unasked)
    if not checks:
        return (f"SELECT id, {kind} AS kind FROM search_document WHERE {found} AND {window}"
                f" ORDER BY id DESC LIMIT {limit}")

    def holds(syllables: bool, tokens: tuple[str, ...], prefix: bool) -> str:
        """The run of tokens, whole (the last one only begun when a
        prefix), in the row's words or syllables (complete words as they
        are stored, which spares making the words' text)."""
        stream = _stream(syllables, tokens, prefix)
        run = marked(list(tokens)) if stream == "stored" else " ".join(tokens)
        needle = statement.bind(" " + run + ("" if prefix else " "))
        held = f"strpos({_STREAMS[stream].format('terms')}, {needle}) > 0"
        words = statement.words_of.get(tokens) if syllables and not prefix else None
        if words:
            # The syllables of complete words are found first as those words
            # stored (most rows hold them so), before the syllables are made.
            stored = statement.bind(" " + marked(list(words)) + " ")
            held = f"(strpos(terms, {stored}) > 0 OR {held})"
        return held

    statement.checked = True
    # Each row's title and body are read once, as one text: between them a
    # line break, which no run of tokens holds (a run is never found across
    # the two). Words and syllables are made from it by the checks that
    # need them, and only until one fails.
    check = " AND ".join("(" + " OR ".join(holds(*option) for option in options) + ")"
                         for options in checks)
    rows = (f"SELECT id, {kind} AS kind, ' ' || title_terms || ' ' || chr(10) || ' '"
            f" || body_terms || ' ' AS terms FROM search_document"
            f" WHERE {found} AND {window} OFFSET 0")
    return (f"SELECT id, kind FROM ({rows}) AS checked WHERE {check}"
            f" ORDER BY id DESC LIMIT {limit}")


def _exact(syllables: bool, tokens: tuple[str, ...], prefix: bool) -> bool:
    """Whether the index alone answers this way (`_lexemes`): a word, a
    syllable, or a run of two syllables (one lexeme, or a prefix pair).
    The rows found for any other way must be checked."""
    if not syllables and len(tokens) == 1:
        return True
    return syllables and len(tokens) <= 2


# A field's terms as the checks read them: as stored (words with their
# syllables joined by SYLLABLE_MARK), as words, as syllables.
_STREAMS = {"stored": "{}", "words": f"replace({{}}, '{SYLLABLE_MARK}', '')",
            "syllables": f"replace({{}}, '{SYLLABLE_MARK}', ' ')"}


def _stream(syllables: bool, tokens: tuple[str, ...], prefix: bool) -> str:
    """Which of _STREAMS a way is checked against: complete words as they
    are stored (gweb.search.analysis.marked), an unfinished one as words."""
    if syllables:
        return "syllables"
    return "words" if prefix else "stored"


def _filtered_kind(filters: Filters) -> str:
    """The row's kind when it passes the publication filters (as
    backends.clauses says them, but the kind, which is counted), else NULL."""
    visible = ["(visible_from IS NULL OR visible_from <= %(now)s)",
               "(visible_until IS NULL OR visible_until > %(now)s)"]
    if filters.date_from:
        visible.append("published_at >= %(date_from)s")
    if filters.date_to:
        visible.append("published_at < %(date_to)s")
    return f"CASE WHEN {' AND '.join(visible)} THEN kind END"


def searching(filters: Filters):
    """The context of one search's statements (all its levels): the
    planner's settings (`_bitmap_scans_only`); gives the newest id of the
    site's language."""
    return _bitmap_scans_only(filters.site_id, filters.lang)


def candidates(query: ParsedQuery, filters: Filters, level: int = FULL,
               top: int | None = None) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the newest matching documents that pass `filters`
    (their kind too: kinds are counted from the same rows); `top` is what
    `searching` gave, when called within it."""
    if top is None:
        with searching(filters) as top:
            return candidates(query, filters, level, top)
    groups, kind = match_options(query, level), _filtered_kind(filters)
    # The index is asked for the groups of most tokens (the rarest, most
    # often), the others are checked in the rows it finds: each lexeme is
    # looked up in every range of ids, and a query of fifteen phrases asked
    # them all (hundreds of lexemes) for half a second.
    asked = sorted(sorted(range(len(groups)), key=lambda i: -max(
        len(tokens) for _, tokens, _ in groups[i]))[:INDEXED_GROUPS])
    unasked = [options for i, options in enumerate(groups) if i not in asked]
    groups = [groups[i] for i in asked]
    statement = _Statement()
    statement.words_of = {group.syllables: group.words for group in query.groups
                          if group.syllables}
    # No condition on the site and language: the lexemes' scopes hold them.
    sql = _newest(statement, groups, "id > %(floor)s AND id <= %(ceiling)s", kind,
                  unasked=unasked)
    params = {**statement.params, "now": filters.now, "date_from": filters.date_from,
              "date_to": filters.date_to}
    connection = db.session.connection()

    def scopes(floor: int | None, ceiling: int) -> list[str]:
        """The scopes of the ranges of ids from `ceiling` down to above `floor`."""
        low = 0 if floor is None else (floor + 1) >> SCOPE_BUCKET_BITS
        return [_scope(filters.site_id, filters.lang, bucket)
                for bucket in range(ceiling >> SCOPE_BUCKET_BITS, low - 1, -1)]

    found: list = []
    window = SMALLEST_WINDOW
    if not statement.checked:
        shown = _Statement(estimated=True)
        estimated = _newest(shown, groups, "id > %(floor)s AND id <= %(ceiling)s", kind)
        window = _first_window(estimated, {**params, **shown.tsqueries(scopes(None, top)),
                                           "limit": CANDIDATES + 1, "ceiling": _NO_CEILING},
                               top)
    # The first window has no upper bound in SQL (rows added since the
    # newest id was read are found if they are in its range of ids).
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
            break
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
        # What the rest of the ids cannot hold anyway is asked of them at once.
        window += needed if needed >= top - window else min(needed, window * FURTHEST)
    return candidate_rows(found)


def _first_window(sql: str, params: dict, top: int) -> int:
    """How many of the newest ids the first window of a statement that
    checks nothing reaches: as far as the planner's estimate of the matches
    (from the GIN index's statistics; see `_Statement`) says CANDIDATES + 1
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
    estimated statement, see `_Statement`) may match: the fewest of its
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
    with the settings, one round trip fewer: where another site wrote last,
    a first window of the newest ids of all would hold few of this site's
    and tell too low a share of matches). A plain index scan would walk ids computing every
    row's vectors (or the scope index, every row of the site), and the
    planner picks one when its statistics are stale; a bitmap scan asks the
    GIN indexes first. A generic plan (the driver prepares a statement run
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
