"""How the PostgreSQL backend (gweb.search.backends.postgres) writes its
statements: a query's ways of matching as lexemes of the index, in the
scopes of a window's ranges of ids (`Statement`), the statement selecting
the newest rows that match them (`newest`), and the checks of the ways the
index alone cannot answer, made on the stored terms.
"""
from __future__ import annotations

from gweb.search.analysis import marked
from gweb.search.backends import Filters
from gweb.search.models import SYLLABLE_MARK, WORD_MARK
from gweb.text.normalize import is_lao, lao_syllables

# The index expression (migration 0017pgscoped), written as it is.
TERMS = "gweb_search_terms(gweb_search_scope(site_id, lang, id), title_terms, body_terms)"
# Stands for the scope in a tsquery written before its scopes are known
# (no token holds a control character).
_IN_SCOPE = "\x01"
# Queries whose groups mix exact ways with ways to check are asked as a
# union of one statement per kind of way, for at most this many groups.
SPLIT_GROUPS = 2


def _lexeme(token: str, prefix: bool) -> str:
    """A lexeme of the tsquery, in the scope still to be given."""
    quoted = token.replace("\\", "\\\\").replace("'", "''")
    return f"'{_IN_SCOPE}{quoted}'" + (":*" if prefix else "")


def scope(site_id: int, lang: str, bucket: int) -> str:
    """What begins every lexeme of a row of `site_id` in `lang` whose id
    is in range `bucket` (id >> SCOPE_BUCKET_BITS), as gweb_search_scope
    writes it."""
    return f"{site_id}.{lang}.{bucket}:"


class Statement:
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

    The statement only estimated (`estimated=True`, see postgres._first_window)
    shows the planner one condition per group instead, each holding any
    lexeme of any of the group's ways: the rows holding a group's rarest
    lexeme are at least those matching the group, and the planner takes
    lexemes and groups as independent, when they stand together (a word's
    pairs; a word asked twice), and multiplies their shares."""

    def __init__(self, estimated: bool = False,
                 words_of: dict[tuple[str, ...], tuple[str, ...]] | None = None):
        self.estimated = estimated
        self.params: dict[str, object] = {}
        self.conditions: dict[str, str] = {}  # name: the tsquery in no scope yet
        self.checked = False  # whether rows found are checked (`newest`)
        # The words whose syllables a way asks for, by those syllables.
        self.words_of = words_of or {}

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

    def for_scopes(self, sql: str, scopes: list[str]) -> tuple[str, dict[str, str]]:
        """The statement for a window's `scopes`, and its tsqueries: each
        condition within any of the scopes (a row's lexemes all have its one
        scope), in one tsquery (one index scan; asked of each scope apart, a
        phrase's full range of seven scopes took 3.6 ms instead of 0.8)."""
        params = {}
        for name, tsquery in self.conditions.items():
            params[name] = " | ".join("(" + tsquery.replace(_IN_SCOPE, scope) + ")"
                                      for scope in scopes)
            sql = sql.replace(f"{_IN_SCOPE}{name}{_IN_SCOPE}",
                              f"{TERMS} @@ (SELECT CAST(%({name})s AS tsquery))")
        return sql, params


def lexemes(syllables: bool, tokens: tuple[str, ...], prefix: bool) -> list[tuple[str, bool]]:
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


def newest(statement: Statement, groups: list[list[tuple]], window: str, kind: str,
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
        parts = [newest(statement, groups[:split] + [ways] + groups[split + 1:], window, kind,
                         splits - 1, unasked) for ways in kept]
        return (f"SELECT id, kind FROM ({' UNION '.join(f'({part})' for part in parts)})"
                f" AS found ORDER BY id DESC LIMIT {limit}")
    found = statement.tsquery([[lexemes(*option) for option in options] for options in groups])
    checks = [[option for option, _ in sorted(zip(options, exact), key=lambda way: not way[1])]
              for options, exact in zip(groups, exactness) if not all(exact)] + list(unasked)
    if not checks:
        return (f"SELECT id, {kind} AS kind FROM search_document WHERE {found} AND {window}"
                f" ORDER BY id DESC LIMIT {limit}")

    def holds(syllables: bool, tokens: tuple[str, ...], prefix: bool) -> str:
        """The run of tokens, whole (the last one only begun when a
        prefix), in the row's words or syllables (complete words as they
        are stored, which spares making the words' text)."""
        stream = _stream(syllables, prefix)
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
    """Whether the index alone answers this way (`lexemes`): a word, a
    syllable, or a run of two syllables (one lexeme, or a prefix pair).
    The rows found for any other way must be checked."""
    if not syllables and len(tokens) == 1:
        return True
    return syllables and len(tokens) <= 2


# A field's terms as the checks read them: as stored (words with their
# syllables joined by SYLLABLE_MARK), as words, as syllables.
_STREAMS = {"stored": "{}", "words": f"replace({{}}, '{SYLLABLE_MARK}', '')",
            "syllables": f"replace({{}}, '{SYLLABLE_MARK}', ' ')"}


def _stream(syllables: bool, prefix: bool) -> str:
    """Which of _STREAMS a way is checked against: complete words as they
    are stored (gweb.search.analysis.marked), an unfinished one as words."""
    if syllables:
        return "syllables"
    return "words" if prefix else "stored"


def filtered_kind(filters: Filters) -> str:
    """The row's kind when it passes the publication filters (as
    backends.clauses says them, but the kind, which is counted), else NULL."""
    visible = ["(visible_from IS NULL OR visible_from <= %(now)s)",
               "(visible_until IS NULL OR visible_until > %(now)s)"]
    if filters.date_from:
        visible.append("published_at >= %(date_from)s")
    if filters.date_to:
        visible.append("published_at < %(date_to)s")
    return f"CASE WHEN {' AND '.join(visible)} THEN kind END"
