"""Sorting in Lao order through ICU collation.

Plain code-point order puts every word that begins with a pre-posed vowel
(ເ ແ ໂ ໃ ໄ) after all the others; the Lao collation sorts by consonant.
"""
from typing import Callable, Iterable, TypeVar

import icu

T = TypeVar("T")


def _collator(lang: str) -> "icu.Collator":
    return icu.Collator.createInstance(icu.Locale("lo_LA" if lang == "lo" else "en_US"))


def sort_key(text: str, lang: str = "lo") -> bytes:
    """A bytes key that orders strings the way a Lao (or English) reader expects."""
    return _collator(lang).getSortKey(text)


def sorted_lao(items: Iterable[T], key: Callable[[T], str] = str, lang: str = "lo") -> list[T]:
    """`items` sorted by the text `key` returns, in Lao collation order."""
    collator = _collator(lang)
    return sorted(items, key=lambda item: collator.getSortKey(key(item)))
