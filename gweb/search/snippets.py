"""Highlighted titles and snippets for search results.

The text shown is the document's own (never the normalised form), cut only
at ICU word boundaries, so a Lao syllable cluster is never split; each word
that matches the query, in any spelling, is wrapped in <mark>.
"""
from __future__ import annotations

from markupsafe import Markup, escape

from gweb.search.query import ParsedQuery
from gweb.text.normalize import fold, is_lao, lao_syllables, normalize, token_forms
from gweb.text.segment import split_tokens

SNIPPET_CHARS = 240     # about two lines on a phone
CONTEXT_BEFORE = 60     # text kept before the first match
_CHUNK = 2000           # text segmented at a time while looking for a match
ELLIPSIS = "…"


def highlight(text: str, query: ParsedQuery, lang: str = "lo") -> Markup:
    """All of `text`, escaped, with its matching words marked."""
    tokens = split_tokens(text or "", lang)
    return _render(tokens, _matches(tokens, query))


def make_snippet(text: str, query: ParsedQuery, lang: str = "lo",
                 width: int = SNIPPET_CHARS) -> Markup:
    """About `width` characters of `text` around its first match, cut at
    word boundaries, with "…" where text was left out and matches marked.
    Without a match, the beginning of the text."""
    text = text or ""
    offset = 0
    needles = _needles(query)
    for chunk in _chunks(text):
        if not _may_match(chunk, needles):
            offset += len(chunk)
            continue  # segmenting is the dear part; most chunks hold no match
        tokens = split_tokens(chunk, lang)
        hit = _first_match(tokens, query)
        if hit is not None:
            start = _window_start(tokens, hit)
            return _cut(tokens, start, width, leading=offset > 0 or start > 0, query=query)
        offset += len(chunk)
    first = next(_chunks(text), "")
    return _cut(split_tokens(first, lang), 0, width, leading=False)


def _needles(query: ParsedQuery) -> set[str]:
    """Strings one of which a chunk's matching form must contain if any word
    of it matches: the words and prefixes, a stemmed English word less its
    last letter (ministries -> ministry), Lao syllables run together."""
    needles = set()
    for word in query.words | query.prefixes:
        needles.add(word[:-1] if word.isascii() and len(word) > 3 else word)
    needles.update("".join(seq) for seq in query.lao_sequences if seq)
    return needles


def _may_match(chunk: str, needles: set[str]) -> bool:
    form = normalize(chunk).casefold()
    if any("\u00c0" <= c <= "\u024f" for c in form):
        form = fold(form)  # accented Latin letters, as the index folds them
    return any(needle in form for needle in needles)


def _chunks(text: str):
    """Pieces of about _CHUNK characters, cut at white space (Lao puts spaces
    between phrases), so that a long text is not segmented in one go."""
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            space = text.rfind(" ", start + _CHUNK // 2, end)
            end = space + 1 if space != -1 else end
        yield text[start:end]
        start = end


def _window_start(tokens: list[str], hit: int) -> int:
    start, length = hit, 0
    while start > 0 and length + len(tokens[start - 1]) <= CONTEXT_BEFORE:
        start -= 1
        length += len(tokens[start])
    while start < hit and not tokens[start].strip():
        start += 1  # do not open on a space
    return start


def _cut(tokens: list[str], start: int, width: int, leading: bool,
         query: ParsedQuery | None = None) -> Markup:
    """The tokens from `start`, about `width` characters of them, matches of
    `query` marked (only those shown are looked at)."""
    end, length = start, 0
    while end < len(tokens) and (length + len(tokens[end]) <= width or end == start):
        length += len(tokens[end])
        end += 1
    window = tokens[start:end]
    marks = _matches(window, query) if query is not None else [False] * len(window)
    shown = _render(window, marks)
    prefix = ELLIPSIS + " " if leading else ""
    suffix = " " + ELLIPSIS if end < len(tokens) else ""
    return Markup(escape(prefix)) + Markup(shown.strip()) + Markup(escape(suffix))


def _render(tokens: list[str], marks: list[bool]) -> Markup:
    """Tokens escaped; a run of matching words in one <mark> (a word ICU
    splits in two, like ເຂື່ອນ|ໄຟຟ້າ in unspaced text, stays one mark)."""
    out, run = [], []
    for token, marked in zip(tokens, marks):
        if marked:
            run.append(token)
            continue
        if run:
            out.append(Markup("<mark>%s</mark>") % "".join(run))
            run = []
        out.append(escape(token))
    if run:
        out.append(Markup("<mark>%s</mark>") % "".join(run))
    return Markup("").join(out)


def _first_match(tokens: list[str], query: ParsedQuery) -> int | None:
    """The index of the first token that matches `query`, if any."""
    words, prefixes, sequences = query.words, query.prefixes, query.lao_sequences
    for index, token in enumerate(tokens):
        if token.strip() and _matches_word(token, words, prefixes, sequences):
            return index
    return None


def _matches(tokens: list[str], query: ParsedQuery) -> list[bool]:
    words, prefixes, sequences = query.words, query.prefixes, query.lao_sequences
    return [bool(token.strip()) and _matches_word(token, words, prefixes, sequences)
            for token in tokens]


def _matches_word(token: str, words: set[str], prefixes: set[str],
                  sequences: list[tuple[str, ...]]) -> bool:
    for form in token_forms(token):
        if form in words or any(form.startswith(p) for p in prefixes):
            return True
        if is_lao(form) and sequences and _contains_any(lao_syllables(form), sequences):
            return True
    return False


def _contains_any(syllables: tuple[str, ...], sequences: list[tuple[str, ...]]) -> bool:
    for seq in sequences:
        n = len(seq)
        for i in range(len(syllables) - n + 1):
            if syllables[i:i + n] == seq:
                return True
        # The last syllable typed may be unfinished (search-as-you-type).
        if n and len(syllables) >= n:
            for i in range(len(syllables) - n + 1):
                if syllables[i:i + n - 1] == seq[:-1] and syllables[i + n - 1].startswith(seq[-1]):
                    return True
    return False
