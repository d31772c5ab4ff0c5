"""Document numbers and titles in their matching form.

An editor types "136/ນຍ", a visitor "໑໓໖ / ນຍ": both must meet. The matching
form has Arabic digits, one spelling of the Lao letter pairs (gweb.text.normalize),
no spaces and is case-folded. Titles keep their spaces (words are matched
inside them).
"""
from __future__ import annotations

import re
import unicodedata

from gweb.text.normalize import normalize

LAO_DIGITS = {ord("໐") + i: str(i) for i in range(10)}
_SLASHES = {ord(c): "/" for c in "／⁄∕"}
_SPACES = re.compile(r"\s+")


def number_key(number: str) -> str:
    """The matching form of a document number: "໑໓໖ / ນຍ" -> "136/ນຍ"."""
    text = normalize(unicodedata.normalize("NFC", number or "")).translate(LAO_DIGITS)
    return _SPACES.sub("", text.translate(_SLASHES)).casefold()


def text_key(text: str) -> str:
    """The matching form of a title or a typed phrase (spaces kept, collapsed)."""
    folded = normalize(unicodedata.normalize("NFC", text or "")).translate(LAO_DIGITS)
    return _SPACES.sub(" ", folded.translate(_SLASHES)).strip().casefold()


def search_text(number: str, titles) -> str:
    """What the list's search box looks in: the number and every title."""
    return " | ".join([number_key(number), *(text_key(t) for t in titles if t)])


def like_pattern(text: str) -> str:
    """`text` as a LIKE pattern matching anywhere (with "\\" as escape)."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"
