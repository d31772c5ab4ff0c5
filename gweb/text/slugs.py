"""Slugs that keep Lao: NFC text, letters, marks and digits kept, all else "-".

Never python-slugify on Lao: transliterating drops the vowel signs and tone
marks, turning different words into the same slug.
"""
import re
import unicodedata

from flask_babel import lazy_gettext as _l

_KEEP = ("L", "M", "N")  # letters, combining marks (Lao vowels, tones), digits
_DASHES = re.compile(r"-{2,}")
MAX_SLUG_LENGTH = 200


def slugify(text: str) -> str:
    """Make a URL slug of `text`: lower-case Latin, Lao kept as it is written."""
    text = unicodedata.normalize("NFC", text).strip().lower()
    chars = [c if unicodedata.category(c)[0] in _KEEP else "-" for c in text]
    return _DASHES.sub("-", "".join(chars)).strip("-")[:MAX_SLUG_LENGTH].strip("-")


def slug_problem(slug: str) -> str | None:
    """Why `slug`, as an editor typed it, cannot be used; None when it can.

    Rejects what would break a URL or hide a meaning: "/", control or
    invisible characters, spaces, and slugs with no letter or digit at all.
    """
    if not slug:
        return str(_l("The slug is empty."))
    if "/" in slug or "\\" in slug:
        return str(_l("A slug cannot contain “/”: it names one page, not a path."))
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in slug):
        return str(_l("The slug contains control or invisible characters."))
    if any(c.isspace() for c in slug):
        return str(_l("A slug cannot contain spaces; use “-” between words."))
    if not any(unicodedata.category(c)[0] in ("L", "N") for c in slug):
        return str(_l("A slug needs at least one letter or digit."))
    if len(slug) > MAX_SLUG_LENGTH:
        return str(_l("The slug is too long (at most 200 characters)."))
    if slug != slugify(slug):
        return str(_l("Use only letters, digits and “-” in a slug (suggestion: %(s)s).",
                      s=slugify(slug)))
    return None
