"""Readable differences between two revisions: block by block, and inside a
changed block word by word (Lao words found by ICU, since Lao has no spaces)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from html import unescape

from gweb.text.segment import split_tokens

_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|tr|figcaption|pre)>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")


@dataclass
class Span:
    kind: str  # "same", "added", "removed"
    text: str


def html_to_blocks(html: str) -> list[str]:
    """The visible text of `html`, one string per paragraph, heading or item."""
    text = _BLOCK_END.sub("\n", html or "")
    lines = (" ".join(unescape(_TAG.sub("", line)).split()) for line in text.split("\n"))
    return [line for line in lines if line]


def diff_blocks(old: list[str], new: list[str], lang: str) -> list[list[Span]]:
    """One list of spans per block shown; unchanged blocks are one 'same' span."""
    rows: list[list[Span]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            rows.extend([Span("same", line)] for line in old[i1:i2])
        elif op == "replace" and i2 - i1 == j2 - j1:
            rows.extend(diff_words(a, b, lang) for a, b in zip(old[i1:i2], new[j1:j2]))
        else:
            rows.extend([Span("removed", line)] for line in old[i1:i2])
            rows.extend([Span("added", line)] for line in new[j1:j2])
    return rows


def diff_words(old: str, new: str, lang: str) -> list[Span]:
    """Spans of one changed block, word by word."""
    a, b = split_tokens(old, lang), split_tokens(new, lang)
    spans: list[Span] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            spans.append(Span("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            spans.append(Span("removed", "".join(a[i1:i2])))
        if j2 > j1:
            spans.append(Span("added", "".join(b[j1:j2])))
    return spans


def diff_revisions(old, new) -> dict[str, list[list[Span]]]:
    """Field -> rows of spans, for the fields that differ between two revisions
    (`old` may be None: everything in `new` is then added)."""
    result = {}
    for field in ("title", "slug", "summary", "meta_description", "body"):
        before = getattr(old, field, "") if old is not None else ""
        after = getattr(new, field, "")
        if before == after:
            continue
        if field == "body":
            result[field] = diff_blocks(html_to_blocks(before), html_to_blocks(after), new.lang)
        else:
            result[field] = [diff_words(before or "", after or "", new.lang)]
    return result
