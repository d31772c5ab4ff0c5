""""Did you mean": when a search finds nothing, the same words in the site's
other language, or a close spelling of a word the site does use.

Both are checked against the index before they are offered, so a
suggestion always leads to results, and candidates come only from the
documents of the same site and language.
"""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import func, select

from gweb.extensions import db
from gweb.search.analysis import words_of
from gweb.search.backends import Filters, candidates
from gweb.search.models import SearchDocument
from gweb.search.query import Group, ParsedQuery, make_group

CANDIDATE_DOCS = 30      # documents read for candidate words
TERMS_READ = 20_000      # characters of each document's words read


def did_you_mean(parsed: ParsedQuery, filters: Filters, other_languages: Iterable[str]):
    """A Suggestion (see gweb.search.services) or None."""
    from gweb.search.services import Suggestion

    for lang in other_languages:
        elsewhere = Filters(filters.site_id, lang, filters.now, filters.kind,
                            filters.date_from, filters.date_to)
        total = len(candidates(parsed, elsewhere)[0])
        if total:
            return Suggestion(query=parsed.text, lang=lang, total=total)
    corrected = _corrected(parsed, filters)
    if corrected is not None:
        total = len(candidates(corrected, filters)[0])
        if total:
            return Suggestion(query=corrected.text, lang=filters.lang, total=total)
    return None


def _corrected(parsed: ParsedQuery, filters: Filters) -> ParsedQuery | None:
    replace: dict[str, str] = {}
    for group in parsed.groups:
        if len(group.words) != 1 or len(group.words[0]) < 3:
            continue
        word = group.words[0]
        if candidates(ParsedQuery(word, [make_group((word,))]), filters)[0]:
            continue
        candidate = closest_word(word, filters)
        if candidate:
            replace[word] = candidate
    if not replace:
        return None
    return parsed.with_words(replace)


def closest_word(word: str, filters: Filters) -> str | None:
    """The indexed word of the site closest to `word` (at most one edit for
    short words, two for longer ones), sharing its first two letters."""
    start = word[:2]
    probe = ParsedQuery(start, [Group((start,), None, prefix=True)])
    ids = [i for i, _ in candidates(probe, filters)[0][:CANDIDATE_DOCS]]
    if not ids:
        return None
    counts: dict[str, int] = {}
    for title, body in db.session.execute(
            select(SearchDocument.title_terms, func.substr(SearchDocument.body_terms, 1, TERMS_READ))
            .where(SearchDocument.id.in_(ids))):
        for token in words_of(f"{title} {body}").split():
            if token.startswith(start) and abs(len(token) - len(word)) <= 2:
                counts[token] = counts.get(token, 0) + 1
    limit = 1 if len(word) <= 4 else 2
    best, best_key = None, None
    for token, count in counts.items():
        distance = edit_distance(word, token, limit)
        if distance <= limit:
            key = (distance, -count, token)
            if best_key is None or key < best_key:
                best, best_key = token, key
    return best


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance of `a` and `b`, stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


