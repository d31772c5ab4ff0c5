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


class Highlighter:
    """Titles and snippets of the results of one query. Whether a word
    matches is decided once per distinct word (a page of results repeats
    its words), and only the text that is shown is escaped."""

    def __init__(self, query: ParsedQuery):
        self._words, self._prefixes = query.words, tuple(query.prefixes)
        self._sequences = query.lao_sequences
        self._needles = _needles(query)
        self._known: dict[str, bool] = {}

    def matches(self, token: str) -> bool:
        """Whether `token` (a piece of split_tokens) is a word that matches."""
        found = self._known.get(token)
        if found is None:
            found = self._known[token] = bool(token.strip()) and _matches_word(
                token, self._words, self._prefixes, self._sequences)
        return found

    def highlight(self, text: str, lang: str = "lo") -> Markup:
        """All of `text`, escaped, with its matching words marked."""
        tokens = split_tokens(text or "", lang)
        return _render(tokens, [self.matches(t) for t in tokens])

    def snippet(self, text: str, lang: str = "lo", width: int = SNIPPET_CHARS) -> Markup:
        """About `width` characters of `text` around its first match, cut at
        word boundaries, with "…" where text was left out and matches marked.
        Without a match, the beginning of the text."""
        text = text or ""
        offset = 0
        single = len(text) <= _CHUNK  # one chunk: segmented in any case
        for chunk in _chunks(text):
            if not single and not _may_match(chunk, self._needles):
                offset += len(chunk)
                continue  # segmenting is the dear part; most chunks hold no match
            tokens = split_tokens(chunk, lang)
            hit = next((i for i, token in enumerate(tokens) if self.matches(token)), None)
            if hit is not None:
                start = _window_start(tokens, hit)
                return self._cut(tokens, start, width, leading=offset > 0 or start > 0)
            if single:
                return self._cut(tokens, 0, width, leading=False, marked=False)
            offset += len(chunk)
        first = next(_chunks(text), "")
        return self._cut(split_tokens(first, lang), 0, width, leading=False, marked=False)

    def _cut(self, tokens: list[str], start: int, width: int, leading: bool,
             marked: bool = True) -> Markup:
        """The tokens from `start`, about `width` characters of them, matches
        marked (only those shown are looked at) unless not `marked`."""
        end, length = start, 0
        while end < len(tokens) and (length + len(tokens[end]) <= width or end == start):
            length += len(tokens[end])
            end += 1
        window = tokens[start:end]
        marks = [self.matches(t) for t in window] if marked else [False] * len(window)
        shown = _render(window, marks)
        prefix = ELLIPSIS + " " if leading else ""
        suffix = " " + ELLIPSIS if end < len(tokens) else ""
        return Markup(escape(prefix)) + Markup(shown.strip()) + Markup(escape(suffix))


def highlight(text: str, query: ParsedQuery, lang: str = "lo") -> Markup:
    """All of `text`, escaped, with its matching words marked."""
    return Highlighter(query).highlight(text, lang)


def make_snippet(text: str, query: ParsedQuery, lang: str = "lo",
                 width: int = SNIPPET_CHARS) -> Markup:
    """About `width` characters of `text` around its first match (see
    Highlighter.snippet)."""
    return Highlighter(query).snippet(text, lang, width)


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


def _render(tokens: list[str], marks: list[bool]) -> Markup:
    """Tokens escaped; a run of matching words in one <mark> (a word ICU
    splits in two, like ເຂື່ອນ|ໄຟຟ້າ in unspaced text, stays one mark).
    Each run is escaped at once: escaping is the same character by character."""
    out, run, run_marked = [], [], False
    for token, marked in zip(tokens, marks):
        if marked != run_marked and run:
            out.append(_run(run, run_marked))
            run = []
        run_marked = marked
        run.append(token)
    if run:
        out.append(_run(run, run_marked))
    return Markup("".join(out))


def _run(tokens: list[str], marked: bool) -> str:
    text = str(escape("".join(tokens)))
    return f"<mark>{text}</mark>" if marked else text


def _matches_word(token: str, words: set[str], prefixes: tuple[str, ...],
                  sequences: list[tuple[str, ...]]) -> bool:
    for form in token_forms(token):
        if form in words or form.startswith(prefixes):
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
