"""A site's look within the standard: colours from a palette (or a hex code)
that keep WCAG AA contrast, and optional extra footer links. The layout and
the mandatory elements never change; the colours reach pages as CSS custom
properties in /site.css, so no inline style is needed."""
from __future__ import annotations

import hashlib
import re

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm.attributes import flag_modified

from gweb.audit.services import record
from gweb.exceptions import ValidationError

# Colours that keep AA contrast in every role they can take.
PALETTE = {
    "#002868": _l("Lao blue"), "#ce1126": _l("Lao red"), "#00703c": _l("Forest green"),
    "#00596b": _l("Teal"), "#7a1f2b": _l("Maroon"), "#5a2d82": _l("Purple"),
    "#33415c": _l("Slate"), "#6b4226": _l("Brown"), "#0b4fa8": _l("Link blue"),
}
WHITE, SURFACE_ALT = "#ffffff", "#f1f3f7"
AA = 4.5
# role -> (label, the backgrounds or text colours it must stand out against)
ROLES = {
    "primary": (_l("Main colour (header, buttons)"), (WHITE,)),
    "accent": (_l("Accent colour"), (WHITE,)),
    "link": (_l("Link colour"), (WHITE, SURFACE_ALT)),
}
MAX_FOOTER_LINKS = 5
_HEX = re.compile(r"^#?([0-9a-f]{3}|[0-9a-f]{6})$", re.IGNORECASE)


def hex_colour(text: str | None) -> str | None:
    """`text` as #rrggbb (lower case), or None when it is not a hex colour."""
    match = _HEX.match((text or "").strip())
    if not match:
        return None
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return f"#{digits}"


def _luminance(colour: str) -> float:
    """Relative luminance (WCAG 2): linearised sRGB channels, weighted."""
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i:i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def checked_colours(values: dict[str, str | None]) -> dict[str, str]:
    """The chosen colours by role (empty ones keep the standard colour), or a
    ValidationError naming each colour that is not a colour or would make
    text hard to read (below 4.5:1)."""
    clean, errors = {}, {}
    for role, (_label, against) in ROLES.items():
        text = (values.get(role) or "").strip()
        if not text:
            continue
        colour = hex_colour(text)
        if colour is None:
            errors[role] = _("“%(value)s” is not a colour: choose one from the palette or "
                             "give a code such as #002868.", value=text)
            continue
        worst = min(contrast_ratio(colour, other) for other in against)
        if worst < AA:
            errors[role] = _("%(colour)s is too light: text would have a contrast of only "
                             "%(ratio).1f:1, and the standard needs at least 4.5:1.",
                             colour=colour, ratio=worst)
            continue
        clean[role] = colour
    if errors:
        raise ValidationError(errors)
    return clean


def checked_footer_links(rows: list[dict]) -> list[dict]:
    """Extra footer links (label in each language, https:// or /path address),
    or a ValidationError; rows left empty are dropped."""
    links, errors = [], {}
    for number, row in enumerate(rows[:MAX_FOOTER_LINKS], start=1):
        lo, en = (" ".join((row.get(k) or "").split()) for k in ("label_lo", "label_en"))
        url = (row.get("url") or "").strip()
        if not (lo or en or url):
            continue
        if not (lo and en):
            errors[f"link{number}_label_lo"] = _("Give the link a label in Lao and in English.")
        for lang, label in (("lo", lo), ("en", en)):
            if len(label) > 100:  # marked on the label that is too long
                errors[f"link{number}_label_{lang}"] = _(
                    "This is too long (at most %(max)d characters).", max=100)
        if not (url.startswith("https://") or (url.startswith("/") and not url.startswith("//"))) \
                or len(url) > 500 or any(c.isspace() or c in "\"'<>\\" for c in url):
            errors[f"link{number}_url"] = _("Give an address starting with https:// or with "
                                            "/ for a page of this site.")
        links.append({"lo": lo, "en": en, "url": url})
    if errors:
        raise ValidationError(errors)
    return links


def update_look(site, colours: dict, footer_links: list[dict], actor) -> bool:
    """Check and save the site's colours and footer links; audited. Returns
    whether anything changed. The caller commits."""
    clean_colours, clean_links = _all_checked(colours, footer_links)
    settings = dict(site.settings or {})
    before = {"colours": settings.get("colours") or {},
              "footer_links": settings.get("footer_links") or []}
    after = {"colours": clean_colours, "footer_links": clean_links}
    if before == after:
        return False
    settings.update(after)
    site.settings = settings
    flag_modified(site, "settings")
    record(site.id, actor, "site.look", "site", site.id, site.name(site.default_lang),
           before=before, after=after)
    return True


def _all_checked(colours, footer_links):
    errors = {}
    clean_colours = clean_links = None
    try:
        clean_colours = checked_colours(colours)
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        clean_links = checked_footer_links(footer_links)
    except ValidationError as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return clean_colours, clean_links


def stylesheet(site) -> str:
    """The site's own CSS: its colours as the theme's custom properties."""
    colours = (site.settings or {}).get("colours") or {}
    lines = [f"--gweb-{role}:{colour};" for role, colour in colours.items()
             if role in ROLES and hex_colour(colour) == colour]
    if "primary" in colours and hex_colour(colours["primary"]):
        lines.append(f"--gweb-link-hover:{colours['primary']};")
    return ":root{" + "".join(lines) + "}\n"


def stylesheet_version(site) -> str:
    """A short fingerprint of the stylesheet, for its ETag and address."""
    return hashlib.sha256(stylesheet(site).encode()).hexdigest()[:16]


def footer_links(site, lang: str) -> list[tuple[str, str]]:
    """The site's extra footer links as (label in `lang`, url)."""
    links = (site.settings or {}).get("footer_links") or [] if site is not None else []
    return [(link.get(lang) or link.get("en") or "", link["url"]) for link in links]
