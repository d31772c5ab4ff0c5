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

from gweb.extensions import db
from gweb.search.models import SYLLABLE_MARK

K1 = 1.2
B = 0.75
# (column, weight, counts syllables): title words weigh most, then title
# syllables, body words, body syllables (as the FTS5 weights did).
FIELDS = (("title_terms", 10.0, False), ("title_terms", 5.0, True),
          ("body_terms", 2.0, False), ("body_terms", 1.0, True))
TEXT_READ = 2000  # characters of a field counted: a long body's opening says what it is about


def scores(query, ids: list[int]) -> dict[int, float]:
    """A relevance score for each of `ids` (smaller is better, as in ORDER BY)."""
    rows = _terms(ids)
    if not rows:
        return {}
    needles = [_needles(group) for group in query.groups]
    with_syllables = any(syllables for _, syllables in needles)
    # Each field as space-padded words or syllables (see gweb.search.analysis);
    # the syllables only when a group is counted in them (their length is
    # the stored text's: the mark becomes a space).
    fields, lengths = {}, {}
    for doc_id, title, body in rows:
        title, body = title or "", body or ""
        title_words = " " + title.replace(SYLLABLE_MARK, "") + " "
        body_words = " " + body.replace(SYLLABLE_MARK, "") + " "
        lengths[doc_id] = (len(title_words), len(title) + 2, len(body_words), len(body) + 2)
        fields[doc_id] = (title_words, with_syllables and " " + title.replace(SYLLABLE_MARK, " ") + " ",
                          body_words, with_syllables and " " + body.replace(SYLLABLE_MARK, " ") + " ")
    n = len(FIELDS)
    # Lengths as read: a field longer than TEXT_READ counts as that long.
    average = [max(1.0, sum(length[f] for length in lengths.values()) / len(lengths))
               for f in range(n)]
    result = {}
    for doc_id, texts in fields.items():
        length = lengths[doc_id]
        total = 0.0
        for words, syllables in needles:
            for f, (_, weight, holds_syllables) in enumerate(FIELDS):
                wanted = syllables if holds_syllables else words
                count = sum(texts[f].count(needle) for needle in wanted) if wanted else 0
                if count:
                    frequency = count / (1 - B + B * length[f] / average[f])
                    total += weight * frequency / (K1 + frequency)
        result[doc_id] = -total
    return result


def _terms(ids: list[int]) -> list[tuple]:
    """(id, title terms, body terms) of `ids`, each field's first TEXT_READ
    characters. Plain SQL with the ids written in: the same statement
    through SQLAlchemy's expanding IN cost twice the reading."""
    listed = ",".join(str(int(i)) for i in ids)
    return db.session.connection().exec_driver_sql(
        f"SELECT id, substr(title_terms, 1, {TEXT_READ}), substr(body_terms, 1, {TEXT_READ})"
        f" FROM search_document WHERE id IN ({listed})").all()


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
