"""PostgreSQL: GIN indexes over two immutable SQL functions of
search_document's segmented, normalised terms (migration 0012pgsearch):
gweb_search_words (the words of title and body) and gweb_search_syllables
(the syllables of Lao words, other words whole, and each pair of
neighbouring syllables of a field, 'ວຽງ ຈັນ'). The vectors hold lexemes
only (no positions, no weights), taken from the terms as they are split by
spaces, the same tokens as SQLite's index and the query.

Nothing asked of the indexes needs a re-check (which would compute a row's
vector again): a word, a syllable or a pair of syllables is one lexeme, a
longer run of syllables the lexemes of all its pairs, a phrase of words
the pairs of its syllables (or, ending in an unfinished Lao word, its
words typed in full). Where those are not enough (three syllables or
more, two words or more), the rows the index finds are checked against
the stored terms with strpos(), the run of tokens between spaces in the
field, as FTS5 matches a phrase (see `_newest`). Candidates
are taken from the newest documents first, in widening windows of ids
that the planner must intersect with the GIN indexes (bitmap scans only),
so that a word found in most documents costs the newest few thousand
rows, not all of them; a window too narrow tells how far the next must
reach; the few candidates that are ranked are scored in
gweb.search.scoring.
"""
from __future__ import annotations

from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, TSQUERY

from gweb.extensions import db
from gweb.search.backends import CANDIDATES, Filters, clauses
from gweb.search.models import FTS_INDEXES, SYLLABLE_MARK, SearchDocument
from gweb.search.query import FULL, ParsedQuery, match_options
from gweb.text.normalize import is_lao, lao_syllables


_d = SearchDocument
WORDS = sa.func.gweb_search_words(_d.title_terms, _d.body_terms)
SYLLABLES = sa.func.gweb_search_syllables(_d.title_terms, _d.body_terms)
# Ids looked at first, then as many more as the matches found say are
# needed (see `candidates`), until CANDIDATES are found.
FIRST_WINDOW = 4 * CANDIDATES
GROWTH = 1.5


def _lexeme(token: str, prefix: bool) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if prefix else "")


def _asked(syllables: bool, tokens: tuple[str, ...], prefix: bool):
    """One way of matching as a condition on the indexes, and whether it is
    exact: a word, a syllable or a pair of syllables is one lexeme. A longer
    run of syllables is asked for as all its pairs, a phrase of words as the
    pairs of its syllables (a Lao word is stored as its syllables, another
    word whole, so where the words stand side by side their syllables do):
    rows the index finds must then be checked. The last lexeme is a prefix
    when the last token may be unfinished (a pair 'ວຽງ ຈ':* is ວຽງ followed
    by a syllable beginning with ຈ)."""
    if not syllables and len(tokens) == 1:
        return WORDS.op("@@")(_tsquery([_lexeme(tokens[0], prefix)])), True
    run = tokens
    if not syllables:
        if prefix and is_lao(tokens[-1]):
            # A Lao word still being typed may end where the finished one
            # has no syllable boundary (a consonant starts a syllable when
            # a vowel follows it): the words typed in full are asked for
            # (the pieces ICU cuts such a word into are seldom words).
            return WORDS.op("@@")(_tsquery([_lexeme(t, False) for t in tokens[:-1]])), False
        run = tuple(s for t in tokens[:-1] for s in (lao_syllables(t) if is_lao(t) else (t,)))
        run += tuple(lao_syllables(tokens[-1])) if not prefix and is_lao(tokens[-1]) else tokens[-1:]
    pairs = [f"{a} {b}" for a, b in zip(run, run[1:])] or list(run)
    # One index condition per way: an AND inside an OR would leave the OR
    # to be computed again for every row the bitmap finds.
    return (SYLLABLES.op("@@")(_tsquery(
        [_lexeme(p, prefix and i == len(pairs) - 1) for i, p in enumerate(pairs)])),
        syllables and len(tokens) <= 2)


def _tsquery(lexemes: list[str]):
    return sa.cast(sa.literal(" & ".join(lexemes), sa.Text), TSQUERY)


# Queries whose groups mix exact ways with ways to check are asked as a
# union of one statement per kind of way, for at most this many groups.
SPLIT_GROUPS = 2


def _newest(groups: list[list[tuple]], scope: list, splits: int = SPLIT_GROUPS):
    """The statement selecting the ids of the newest CANDIDATES + 1 rows
    within `scope` (site, language, window) where every group of ways
    (gweb.search.query.match_options) matches.

    A way that is not exact is checked against the terms of the rows the
    indexes find, each field's words or syllables read once as space-padded
    text in a subquery (OFFSET 0 keeps it apart, so the text is not made
    again per check); a group's ways are then all checked, each check alone
    being exact, the exact ways first. A group that mixes both is asked as
    the union of its exact ways (no check: most rows of an unfinished word
    are found so) and of the others."""
    d = SearchDocument
    asked = [[(option, *_asked(*option)) for option in options] for options in groups]
    mixed = next((i for i, ways in enumerate(asked)
                  if any(exact for *_, exact in ways) and not all(exact for *_, exact in ways)), None)
    if mixed is not None and splits:
        parts = [_newest([[option for option, _, exact in asked[i] if exact is keep]
                          if i == mixed else options for i, options in enumerate(groups)],
                         scope, splits - 1) for keep in (True, False)]
        union = sa.union(*parts).subquery()
        return sa.select(union.c.id).order_by(union.c.id.desc()).limit(CANDIDATES + 1)
    found = sa.and_(*(sa.or_(*(condition for _, condition, _ in ways)) for ways in asked))
    checks = [[option for option, _, exact in sorted(ways, key=lambda way: not way[2])]
              for ways in asked if not all(exact for *_, exact in ways)]
    if not checks:
        return sa.select(d.id).where(found, *scope).order_by(d.id.desc()).limit(CANDIDATES + 1)
    streams = {syl for options in checks for syl, _, _ in options}
    rows = sa.select(d.id, *(
        (" " + sa.func.replace(field, SYLLABLE_MARK, " " if syl else "") + " ").label(
            _stream(syl, name))
        for syl in sorted(streams) for name, field in (("title", d.title_terms),
                                                        ("body", d.body_terms)))
    ).where(found, *scope).offset(0).subquery()

    def holds(syllables: bool, tokens: tuple[str, ...], prefix: bool):
        """The run of tokens, whole (the last one only begun when a
        prefix), in the title's or the body's words or syllables."""
        needle = " " + " ".join(tokens) + ("" if prefix else " ")
        return sa.or_(*(sa.func.strpos(rows.c[_stream(syllables, name)], needle) > 0
                        for name in ("title", "body")))

    check = sa.and_(*(sa.or_(*(holds(*option) for option in options)) for options in checks))
    return sa.select(rows.c.id).where(check).order_by(rows.c.id.desc()).limit(CANDIDATES + 1)


def _stream(syllables: bool, field: str) -> str:
    return f"{'syllables' if syllables else 'words'}_{field}"


def candidates(query: ParsedQuery, filters: Filters,
               level: int = FULL) -> tuple[list[tuple[int, str]], bool]:
    """(id, kind) of the newest matching documents that pass `filters`."""
    d = SearchDocument
    with _bitmap_scans_only() as top:
        window = FIRST_WINDOW
        while True:
            floor = top - window if window < top else None
            ids = list(db.session.scalars(_newest(match_options(query, level), [
                d.site_id == filters.site_id, d.lang == filters.lang,
                *([d.id > floor] if floor is not None else [])])))
            if len(ids) > CANDIDATES or floor is None:
                break
            # Each window builds the GIN bitmaps again: the next one reaches
            # as far as the matches found so far say it must, with a margin
            # (ten times as far when none were found).
            window = int(window * GROWTH * (CANDIDATES + 1) / len(ids)) if ids else window * 10
    if not ids:
        return [], False
    unfiltered = Filters(**{**filters.__dict__, "kind": None})
    # The ids as one array: a thousand bound values cost more to write and
    # parse than the reading.
    listed = sa.any_(sa.literal(ids[:CANDIDATES], ARRAY(sa.Integer)))
    kinds = dict(db.session.execute(sa.select(d.id, d.kind).where(
        d.id == listed, *clauses(unfiltered))).all())
    return [(i, kinds[i]) for i in ids[:CANDIDATES] if i in kinds], len(ids) > CANDIDATES


@contextmanager
def _bitmap_scans_only():
    """Statements run inside find rows with bitmap scans only; gives the
    newest id (read with the settings, one round trip fewer). A plain
    index scan would walk ids computing every row's vectors (or the scope
    index, every row of the site), and the planner picks one when its
    statistics are stale; a bitmap scan asks the GIN indexes first."""
    settings = "set_config('enable_indexscan', :v, true), set_config('enable_seqscan', :v, true)"
    top = db.session.execute(sa.text(f"SELECT {settings}, (SELECT max(id) FROM search_document)"),
                             {"v": "off"}).one()[2]
    try:
        yield top or 0
    finally:
        db.session.execute(sa.text(f"SELECT {settings}"), {"v": "on"})


def index_size_bytes() -> int:
    """Bytes used by the GIN indexes, for the benchmark."""
    return int(db.session.scalar(sa.text(
        "SELECT SUM(pg_relation_size(name::regclass)) FROM unnest(CAST(:names AS text[]))"
        " AS name"), {"names": list(FTS_INDEXES)}) or 0)
