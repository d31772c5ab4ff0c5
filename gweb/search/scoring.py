"""Relevance of the few candidates that are ranked: BM25 over the matching
columns of search_document, computed here so that SQLite and PostgreSQL rank
alike, and cheaply (FTS5's bm25() and ts_rank_cd first walk every document
that holds a query word, which costs most for the commonest words).

For each group of the query (a word or a phrase) and each field, the
occurrences are counted, normalised by the field's length against its
average among the candidates (b), saturated (k1) and weighted: title words
over title syllables over body words over body syllables. Saturating each
field before weighting it keeps a page that says a word fifty times below
one that has it in its title. Every result holds every group (the query is
an AND), so inverse document frequency would only weigh one query word
against another; the words of a query count alike.
"""
from __future__ import annotations

import sqlalchemy as sa

from gweb.extensions import db
from gweb.search.analysis import syllables_of, words_of
from gweb.search.models import SearchDocument

K1 = 1.2
B = 0.75
# (column, weight, counts syllables): title words weigh most, then title
# syllables, body words, body syllables (as the FTS5 weights did).
FIELDS = (("title_terms", 10.0, False), ("title_terms", 5.0, True),
          ("body_terms", 2.0, False), ("body_terms", 1.0, True))
TEXT_READ = 2000  # characters of a field counted: a long body's opening says what it is about


def scores(query, ids: list[int]) -> dict[int, float]:
    """A relevance score for each of `ids` (smaller is better, as in ORDER BY)."""
    d = SearchDocument
    rows = db.session.execute(sa.select(
        d.id, sa.func.substr(d.title_terms, 1, TEXT_READ),
        sa.func.substr(d.body_terms, 1, TEXT_READ)).where(d.id.in_(ids))).all()
    if not rows:
        return {}
    # Each field as space-padded words or syllables (see gweb.search.analysis).
    fields = {doc_id: [" " + (syllables_of if holds_syllables else words_of)(
        title if column == "title_terms" else body) + " "
        for column, _, holds_syllables in FIELDS]
        for doc_id, title, body in ((r[0], r[1] or "", r[2] or "") for r in rows)}
    n = len(FIELDS)
    # Lengths as read: a field longer than TEXT_READ counts as that long.
    average = [max(1.0, sum(len(texts[f]) for texts in fields.values()) / len(fields))
               for f in range(n)]
    needles = [_needles(group) for group in query.groups]
    result = {}
    for doc_id, texts in fields.items():
        total = 0.0
        for words, syllables in needles:
            for f, (_, weight, holds_syllables) in enumerate(FIELDS):
                wanted = syllables if holds_syllables else words
                count = sum(texts[f].count(needle) for needle in wanted) if wanted else 0
                if count:
                    frequency = count / (1 - B + B * len(texts[f]) / average[f])
                    total += weight * frequency / (K1 + frequency)
        result[doc_id] = -total
    return result


def _needles(group) -> tuple[list[str], list[str]]:
    """What to count in the word columns and in the syllable columns (space-
    separated tokens): the phrase as whole tokens, or as the start of its
    last token when it may be unfinished."""
    end = "" if group.prefix else " "
    words = [" " + " ".join(group.words) + end]
    if group.prefix and len(group.words) > 1 and group.syllables:
        words.append(" " + "".join(group.words))  # typed together, see query._joined
    syllables = [" " + " ".join(group.syllables) + end] if group.syllables else []
    return words, syllables
