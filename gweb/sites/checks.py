"""What the G-Web standard asks of every site, checked.

`check_site` lists each way a site falls short: the mandatory pages in every
language, an accessibility statement reviewed within a year, contact details,
a logo with alt text, pages missing a translation, links in page bodies to
addresses of the site that lead nowhere, and images without alt text. The
messages are in the current language (the editor's, or the operator's for
`gweb site check`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import unquote, urlsplit

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect

from gweb.extensions import db
from gweb.media.models import Media
from gweb.media.services import missing_alt
from gweb.pages.lookup import find_public_page
from gweb.pages.models import Page, PageTranslation
from gweb.sites.models import Site
from gweb.sites.structure import REQUIRED_KEYS, STANDARD_PAGES
from gweb.timeutil import utcnow

# The accessibility statement must have been reviewed (published again) this recently.
REVIEW_PERIOD = timedelta(days=365)
LANGUAGE_LABELS = {"lo": _l("Lao"), "en": _l("English")}
_HREF = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Problem:
    """One way a site falls short: a stable `code` and a message for people."""

    code: str
    message: str


def language_label(lang: str) -> str:
    """A language's name in the current language."""
    return str(LANGUAGE_LABELS.get(lang, lang))


def check_site(site: Site, languages: tuple[str, ...] = ("lo", "en")) -> list[Problem]:
    """Every way `site` falls short of the standard, in a fixed order; empty
    when it meets it."""
    now = utcnow()
    rows = list(db.session.execute(
        select(Page.key, Page.id, PageTranslation)
        .join(PageTranslation, PageTranslation.page_id == Page.id)
        .where(Page.site_id == site.id, PageTranslation.visible_clause(now))))
    problems = []
    problems += _mandatory_pages(rows, languages)
    problems += _accessibility_review(rows, now)
    problems += _contacts(site, languages)
    problems += _logo(site, languages)
    problems += _missing_translations(rows, languages)
    problems += _broken_links(site, rows, now)
    problems += _images_without_alt(site, rows, languages)
    return problems


def _mandatory_pages(rows, languages) -> list[Problem]:
    live = {(key, row.lang) for key, _id, row in rows if key}
    titles = {p.key: p.titles for p in STANDARD_PAGES}
    return [Problem("page.missing", _(
        "The standard page “%(title)s” is not published in %(language)s.",
        title=titles[key].get("en", key), language=language_label(lang)))
        for key in REQUIRED_KEYS for lang in languages if (key, lang) not in live]


def _accessibility_review(rows, now) -> list[Problem]:
    stamps = [row.last_updated for key, _id, row in rows
              if key == "accessibility" and row.last_updated]
    if stamps and max(stamps) < now - REVIEW_PERIOD:
        return [Problem("accessibility.stale", _(
            "The accessibility statement has not been reviewed for more than 12 months: "
            "check it and publish it again."))]
    return []


def _contacts(site: Site, languages) -> list[Problem]:
    problems = []
    for lang in languages:
        t = next((t for t in site.translations if t.lang == lang), None)
        if t is None or not t.name:
            problems.append(Problem("contact.name", _(
                "The site has no name in %(language)s.", language=language_label(lang))))
        elif not t.address:
            problems.append(Problem("contact.address", _(
                "The site has no postal address in %(language)s.",
                language=language_label(lang))))
    if not site.phone and not site.email:
        problems.append(Problem("contact.phone_email", _(
            "The site has neither a phone number nor an e-mail address.")))
    return problems


def _logo(site: Site, languages) -> list[Problem]:
    logo = site.logo(site.default_lang)
    if logo is None:
        return [Problem("logo.missing", _("The site has no logo."))]
    return [Problem("logo.alt", _("The logo has no alt text in %(language)s.",
                                  language=language_label(lang)))
            for lang in missing_alt(logo, languages)]


def _missing_translations(rows, languages) -> list[Problem]:
    by_page: dict[int, dict[str, PageTranslation]] = {}
    for key, page_id, row in rows:
        if key in REQUIRED_KEYS:
            continue  # a mandatory page is reported as such
        by_page.setdefault(page_id, {})[row.lang] = row
    problems = []
    for translations in by_page.values():
        shown = next(iter(translations.values()))
        for lang in languages:
            if lang not in translations:
                problems.append(Problem("page.translation", _(
                    "The page “%(title)s” (/%(shown)s/%(path)s) has no %(language)s version.",
                    title=shown.title, shown=shown.lang, path=shown.path,
                    language=language_label(lang))))
    return problems


def _broken_links(site: Site, rows, now) -> list[Problem]:
    problems, seen = [], set()
    for _key, _id, row in rows:
        for href in _HREF.findall(row.body or ""):
            target = _internal_path(href)
            if target is None or (row.id, target) in seen:
                continue
            seen.add((row.id, target))
            if not _resolves(site, target, now):
                problems.append(Problem("link.broken", _(
                    "The page “%(title)s” (/%(lang)s/%(path)s) links to %(target)s, "
                    "which does not exist on this site.",
                    title=row.title, lang=row.lang, path=row.path, target=target)))
    return problems


def _internal_path(href: str) -> str | None:
    """The path of a link to one of this site's language addresses, else None."""
    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    first = parts.path.strip("/").split("/", 1)[0]
    if first not in current_app.config["LANGUAGES"]:
        return None
    return unquote(parts.path)


def _resolves(site: Site, path: str, now) -> bool:
    """Whether a visitor following `path` on `site` reaches something."""
    adapter = current_app.url_map.bind("localhost")
    try:
        endpoint, values = adapter.match(path, method="GET")
    except RequestRedirect:
        return True  # e.g. a missing trailing slash: the router sends them on
    except HTTPException:
        return False
    if endpoint != "pages.show":
        return True  # a plugin's address (news, documents, ...): it answers itself
    public, canonical = find_public_page(site, values["lang"], values["path"].strip("/"), now)
    return public is not None or canonical is not None


def _images_without_alt(site: Site, rows, languages) -> list[Problem]:
    problems = []
    images = db.session.scalars(select(Media).where(
        Media.site_id == site.id, Media.kind == "image").order_by(Media.id))
    for media in images:
        for lang in missing_alt(media, languages):
            problems.append(Problem("media.alt", _(
                "The image “%(name)s” has no alt text in %(language)s.",
                name=media.original_name, language=language_label(lang))))
    for _key, _id, row in rows:
        for tag in _IMG.findall(row.body or ""):
            alt = _ALT.search(tag)
            if alt is None:
                problems.append(Problem("body.alt", _(
                    "The page “%(title)s” (/%(lang)s/%(path)s) shows an image without alt text.",
                    title=row.title, lang=row.lang, path=row.path)))
                break
    return problems
