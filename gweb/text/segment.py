"""Word segmenting with ICU's dictionary-based word break (Lao has no spaces)."""
import threading

import icu

# A break iterator costs more to make than to use on a sentence: one per
# language and thread (an iterator holds the text it walks, so it is not shared).
_local = threading.local()


def _breaker(lang: str, text: str):
    cache = _local.__dict__.setdefault("breakers", {})
    breaker = cache.get(lang)
    if breaker is None:
        breaker = cache[lang] = icu.BreakIterator.createWordInstance(
            icu.Locale(_icu_locale(lang)))
    breaker.setText(text)
    return breaker


def segment_words(text: str, lang: str = "lo") -> list[str]:
    """Split `text` into words, dropping spaces and punctuation.

    ICU's word break iterator uses its Lao dictionary for runs of Lao script
    and ordinary rules for Latin text, so mixed text works in either `lang`.
    """
    breaker = _breaker(lang, text)
    words, start = [], breaker.first()
    for end in breaker:
        # Rule status 0 (UBRK_WORD_NONE) marks spaces and punctuation.
        if breaker.getRuleStatus() != 0:
            words.append(text[start:end])
        start = end
    return words


def _icu_locale(lang: str) -> str:
    return {"lo": "lo_LA", "en": "en_US"}.get(lang, lang)


def split_tokens(text: str, lang: str = "lo") -> list[str]:
    """Split `text` at every word boundary, keeping spaces and punctuation as
    tokens of their own: "".join(split_tokens(t)) == t. For word-level diffs."""
    breaker = _breaker(lang, text)
    tokens, start = [], breaker.first()
    for end in breaker:
        tokens.append(text[start:end])
        start = end
    return tokens
