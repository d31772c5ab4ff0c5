"""Lao and English text made comparable for matching (search), never for display.

Two spellings of the same Lao word must meet: ຫຼ/ຫລ, ໜ/ຫນ, ໝ/ຫມ and ຳ/ໍາ are
written either way, Lao digits (໐–໙) mean 0–9, zero-width characters hide
in pasted text, and tone marks are sometimes typed before the vowel sign.
`normalize` maps all of these onto one form (the one ICU's Lao dictionary
knows, so that segmenting works on it), then `match_tokens` segments with
ICU and returns the words a search index stores: case-folded, accents off
Latin letters, a light English plural stemmer, nothing but letters, marks
and digits in a token.

`lao_syllables` splits a Lao word into its syllables, so that a word written
inside a longer dictionary word (ວຽງຈັນ in ນະຄອນຫຼວງວຽງຈັນ) can still be found.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from gweb.text.segment import segment_words

# Invisible characters that editors paste in from word processors and web pages.
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
LAO_DIGITS = {ord("໐") + i: str(i) for i in range(10)}
# The repetition mark (ໆ) repeats the word before it and the ellipsis (ຯ)
# abbreviates: neither is part of a word to match.
LAO_MARKS_AS_SPACE = {ord("ໆ"): " ", ord("ຯ"): " "}
# Two-letter spellings -> the single letter ICU's dictionary and current
# official usage write. ຫ + ລ is ຫຼ (ຫ + the subscript lo U+0EBC).
_VARIANTS = (("ຫນ", "ໜ"), ("ຫມ", "ໝ"), ("ຫລ", "ຫຼ"), ("\u0ecd\u0eb2", "ຳ"))
_TONES = "\u0ec8\u0ec9\u0eca\u0ecb"
_ABOVE_VOWELS = "\u0eb1\u0eb4\u0eb5\u0eb6\u0eb7\u0ebb\u0ecd"
_TONE_BEFORE_VOWEL = re.compile(f"([{_TONES}])([{_ABOVE_VOWELS}])")

PRE_VOWELS = frozenset("ເແໂໃໄ")
# Marks and vowel signs written on, under or after a consonant.
_VOWEL_SIGNS = frozenset("\u0eb0\u0eb1\u0eb2\u0eb3\u0eb4\u0eb5\u0eb6\u0eb7\u0eb8\u0eb9"
                         "\u0eba\u0ebb\u0ebc\u0ebd\u0ec8\u0ec9\u0eca\u0ecb\u0ecc\u0ecd\u0ece")
# Vowels after which no final consonant can follow: the next letter starts a syllable.
_CLOSING_VOWELS = frozenset("\u0eb0\u0eb3")
_TOKEN_CHAR_CATEGORIES = ("L", "N", "M", "Co")


def normalize(text: str) -> str:
    """`text` in its matching form: NFC, invisible characters dropped, one
    spelling of the Lao letter pairs, Arabic digits, ໆ and ຯ as spaces, tone
    marks after the vowel sign. Not case-folded (see `fold`)."""
    text = unicodedata.normalize("NFC", text or "").translate(ZERO_WIDTH)
    if not _has_lao(text):
        return text
    text = text.translate(LAO_DIGITS).translate(LAO_MARKS_AS_SPACE)
    for written, canonical in _VARIANTS:
        text = text.replace(written, canonical)
    return _TONE_BEFORE_VOWEL.sub(r"\2\1", text)


def fold(word: str) -> str:
    """A word case-folded, with accents taken off Latin letters only (Lao
    vowel signs and tone marks are letters of the word, never accents)."""
    word = word.casefold()
    if word.isascii():
        return word
    if any("LATIN" in unicodedata.name(c, "") for c in word if ord(c) > 127):
        decomposed = unicodedata.normalize("NFD", word)
        word = unicodedata.normalize("NFC", "".join(
            c for c in decomposed
            if not (unicodedata.category(c) == "Mn" and ord(c) < 0x0370)))
    return word


def stem(word: str) -> str:
    """Harman's English plural stemmer on a folded Latin word (ministries ->
    ministry, services -> service, laws -> law); any other word unchanged."""
    if len(word) < 4 or not word.isascii() or not word.isalpha():
        return word
    if word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


def match_tokens(text: str, lang: str = "lo") -> list[str]:
    """The words of `text` as an index stores them: normalised, segmented with
    ICU, folded and stemmed, split at anything but a letter, mark or digit."""
    tokens: list[str] = []
    for word in segment_words(normalize(text), lang):
        tokens.extend(token_forms(word))
    return tokens


@lru_cache(maxsize=65536)
def token_forms(word: str) -> tuple[str, ...]:
    """The index tokens of one segmented word (usually one; "e-mail" or "3.5"
    give two). Cached: a site's vocabulary is small next to its text."""
    parts, current = [], []
    for c in fold(normalize(word)):
        if unicodedata.category(c).startswith(_TOKEN_CHAR_CATEGORIES):
            current.append(c)
        elif current:
            parts.append("".join(current))
            current = []
    if current:
        parts.append("".join(current))
    return tuple(stem(p) for p in parts)


def is_lao(token: str) -> bool:
    """True when `token` is written in Lao script (at least its first letter)."""
    return bool(token) and "\u0e80" <= token[0] <= "\u0eff"


@lru_cache(maxsize=65536)
def lao_syllables(token: str) -> tuple[str, ...]:
    """The syllables of a normalised Lao word: ນະຄອນຫຼວງວຽງຈັນ -> ນະ ຄອນ ຫຼວງ ວຽງ ຈັນ.

    Rules only look at a letter's neighbours, so a word splits the same way
    alone as inside a longer word: a pre-posed vowel (ເ ແ ໂ ໃ ໄ) starts a
    syllable; a consonant starts one when a vowel sign or tone mark follows
    it, or after ະ or ຳ (which no final consonant follows), unless a pre-posed
    vowel stands before it. Anything else continues the syllable.
    """
    if not token:
        return ()
    syllables, start = [], 0
    for i in range(1, len(token)):
        if _starts_syllable(token, i):
            syllables.append(token[start:i])
            start = i
    syllables.append(token[start:])
    return tuple(syllables)


def _starts_syllable(s: str, i: int) -> bool:
    c, prev = s[i], s[i - 1]
    if c in PRE_VOWELS:
        return True
    if not _is_lao_consonant(c):
        return not ("\u0e80" <= c <= "\u0eff") or not ("\u0e80" <= prev <= "\u0eff")
    if prev in PRE_VOWELS:
        return False
    if not ("\u0e80" <= prev <= "\u0eff"):
        return True
    if prev in _CLOSING_VOWELS:
        return True
    return i + 1 < len(s) and s[i + 1] in _VOWEL_SIGNS


def _is_lao_consonant(c: str) -> bool:
    return ("\u0e81" <= c <= "\u0eae" and unicodedata.category(c) == "Lo") or "\u0edc" <= c <= "\u0edf"


def _has_lao(text: str) -> bool:
    return any("\u0e80" <= c <= "\u0eff" for c in text)
