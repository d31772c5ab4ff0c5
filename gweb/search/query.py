"""What a visitor typed, made into a query the index can answer safely.

The text goes through the same normaliser and segmenter as the documents
(gweb.text.normalize); the words of one run of text without spaces (as Lao
is written) must appear together, as a phrase. Nothing of the visitor's text reaches the database
as syntax: FTS5 and tsquery operators, column filters (`title:x`), `*`,
`NEAR(` or stray quotes become plain words or disappear, and every token of
the index query is quoted by us. Double quotes mark a phrase (an unclosed
quote runs to the end); the last word, when the text does not end in a
space, also matches as a prefix (search-as-you-type).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from gweb.search.models import INDEX_TOKEN, SYLLABLE_TOKEN
from gweb.text.normalize import is_lao, lao_syllables, match_tokens

MAX_QUERY_CHARS = 500
MAX_GROUPS = 16          # words or phrases per query; the rest is ignored
MAX_PHRASE_WORDS = 16
_QUOTES = re.compile(r'["\u201c\u201d\u201e\u00ab\u00bb]')


@dataclass(frozen=True)
class Group:
    """One word or one quoted phrase: every group must match a document.

    `words` are index tokens; `syllables` the Lao syllables of all of them,
    in order, when the group is written in Lao only (it then also matches
    inside longer words); `prefix` when its last word may be unfinished."""

    words: tuple[str, ...]
    syllables: tuple[str, ...] | None
    prefix: bool = False
    phrase: bool = False


@dataclass
class ParsedQuery:
    """A visitor's query as groups of tokens, plus what highlighting needs."""

    text: str
    groups: list[Group] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.groups

    @property
    def words(self) -> set[str]:
        return {w for g in self.groups for w in g.words}

    @property
    def prefixes(self) -> set[str]:
        """Beginnings a matching word may have: the unfinished last word, and
        what was typed of it without spaces (see `_joined`)."""
        found = {g.words[-1] for g in self.groups if g.prefix}
        return found | {j for j in map(_joined, self.groups) if j}

    @property
    def has_prefix(self) -> bool:
        return any(g.prefix for g in self.groups)

    @property
    def lao_sequences(self) -> list[tuple[str, ...]]:
        return [g.syllables for g in self.groups if g.syllables]

    def with_words(self, replace: dict[str, str]) -> "ParsedQuery":
        """The same query with some single-word groups replaced (did you mean)."""
        groups = [make_group((replace.get(g.words[0], g.words[0]),), g.prefix, g.phrase)
                  if len(g.words) == 1 else g for g in self.groups]
        return ParsedQuery(" ".join(" ".join(g.words) for g in groups), groups)


def make_group(words: tuple[str, ...], prefix: bool = False, phrase: bool = False) -> Group:
    syllables = None
    if words and all(is_lao(w) for w in words):
        syllables = tuple(s for w in words for s in lao_syllables(w))
    return Group(words, syllables, prefix, phrase)


def parse(text: str, lang: str = "lo") -> ParsedQuery:
    """Parse a visitor's query; an empty or oversized one gives no groups."""
    raw = text or ""
    text = raw.strip()
    if not text or len(text) > MAX_QUERY_CHARS:
        return ParsedQuery(text)
    groups: list[Group] = []
    pieces = _QUOTES.split(text)
    ends_open = not raw[-1].isspace() and not _QUOTES.match(raw[-1])
    for index, piece in enumerate(pieces):
        quoted = index % 2 == 1
        last_piece = index == len(pieces) - 1
        prefix_last = last_piece and ends_open
        if quoted:
            tokens = match_tokens(piece, lang)
            if tokens:
                groups.append(make_group(tuple(tokens[:MAX_PHRASE_WORDS]), prefix_last,
                                         len(tokens) > 1))
            continue
        # Words written together (Lao, without spaces) stay together: the
        # words ICU finds in one run of text form a phrase.
        chunks = piece.split()
        for i, chunk in enumerate(chunks):
            tokens = tuple(match_tokens(chunk, lang)[:MAX_PHRASE_WORDS])
            if tokens:
                groups.append(make_group(tokens, prefix_last and i == len(chunks) - 1,
                                         len(tokens) > 1))
    # Drop repeated groups; the same word twice changes nothing but the cost.
    unique = list(dict.fromkeys(groups))[:MAX_GROUPS]
    return ParsedQuery(text, unique)


# -- rendering for each database -------------------------------------------------


def _fts_phrase(tokens: tuple[str, ...], prefix: bool) -> str:
    quoted = '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'
    return quoted + "*" if prefix else quoted


def _joined(group: Group) -> str | None:
    """What was typed without spaces as one word, for a prefix: ICU cuts an
    unfinished Lao word (ສົ່ງເສ) into pieces that no indexed word is made
    of, but the indexed word (ສົ່ງເສີມ) starts with all of them together."""
    if group.prefix and len(group.words) > 1 and group.syllables:
        return "".join(group.words)
    return None


# How far a query reaches (see gweb.search.backends.candidates): each level
# adds the dearer ways of matching to the cheaper ones.
EXACT = 0      # words as written; a single Lao word also inside longer words
PREFIXES = 1   # + an unfinished last word as the beginning of longer words
TYPED_APART = 2  # + Lao typed without spaces, unfinished, as words side by side
FULL = 3       # + phrases and unfinished words inside longer words (syllables)
LEVELS = (EXACT, PREFIXES, TYPED_APART, FULL)


def _options(group: Group, level: int) -> list[tuple[bool, tuple[str, ...], bool]]:
    """The ways one group may match at `level`: (in the syllable columns,
    tokens as a phrase, last token a prefix)."""
    prefix = group.prefix and level >= PREFIXES
    syllables = group.syllables and (level >= FULL or (len(group.words) == 1 and not prefix))
    # Complete words whose syllables are asked for add nothing: a document
    # holding them as words holds their syllables side by side (a Lao word
    # is stored as its syllables, gweb.search.analysis.marked).
    options = [] if syllables and not prefix else [(False, group.words, False)]
    if prefix:
        joined = _joined(group)
        # Lao typed without spaces and unfinished (ສົ່ງເສ) is first the
        # beginning of one word, then of the words ICU cut it into, side by
        # side: most of those pieces are no words, and asking for them
        # costs PostgreSQL a check of every row holding the pieces that are
        # (ການ of ການຄ້), when the word typed is most often found whole.
        if not joined or level >= TYPED_APART:
            options.append((False, group.words, True))
        if joined:
            options.append((False, (joined,), True))
    if syllables:
        options.append((True, group.syllables, prefix))
    return options


def prefixes_at(query: ParsedQuery, level: int) -> set[str]:
    """The unfinished tokens (last of a phrase) that `level` matches as prefixes."""
    return {tokens[-1] for group in query.groups
            for _, tokens, prefix in _options(group, level) if prefix}


def fts5_expression(query: ParsedQuery, level: int = FULL,
                    expansions: dict[str, tuple[str, ...]] | None = None) -> str:
    """The query as an FTS5 MATCH expression over search_fts (one column;
    see migration 0011searchpairs): words as they are, Lao syllables each
    after SYLLABLE_TOKEN, and a phrase of Lao words as the phrase of its
    pairs of adjacent words (INDEX_TOKEN + word + SYLLABLE_TOKEN + next
    word), one rare list each instead of the positions of common words
    checked in every document that holds them all. Every token quoted.

    `expansions` gives, for an unfinished token, every complete term that
    begins with it: FTS5 then reads those terms' lists lazily, newest first,
    instead of merging every list of the prefix before the first row (which
    costs most for the shortest, commonest beginnings). A token it does not
    name stays a prefix query."""
    expansions = expansions or {}
    parts = []
    for group in query.groups:
        options = []
        for syl, tokens, prefix in _options(group, level):
            if prefix and tokens[-1] in expansions:
                phrases = [_fts_phrase(_fts_tokens(tokens[:-1] + (term,), syl), False)
                           for term in expansions[tokens[-1]]]
                if phrases:
                    options.append(f"({' OR '.join(phrases)})")
                continue  # no term begins so: this way cannot match
            options.append(_fts_phrase(_fts_tokens(tokens, syl), prefix))
        parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


def _fts_tokens(tokens: tuple[str, ...], syllables: bool) -> tuple[str, ...]:
    """How search_fts holds `tokens` side by side (see fts5_expression)."""
    if syllables:
        return tuple(SYLLABLE_TOKEN + t for t in tokens)
    if len(tokens) > 1 and all(map(is_lao, tokens)):
        return tuple(INDEX_TOKEN + a + SYLLABLE_TOKEN + b for a, b in zip(tokens, tokens[1:]))
    return tokens


def match_options(query: ParsedQuery, level: int = FULL) -> list[list[tuple[bool, tuple[str, ...], bool]]]:
    """The ways of matching of `level` (gweb.search.backends.postgres
    writes them; backends.candidates compares levels by them): for each
    group (all must match), its ways (any may), each as (in the syllables,
    tokens as a phrase, last token a prefix)."""
    return [_options(group, level) for group in query.groups]
