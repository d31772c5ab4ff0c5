"""What the G-Web standard asks of every site, checked."""
from __future__ import annotations

from sqlalchemy import select

from gweb.extensions import db
from gweb.pages.models import Page, PageTranslation
from gweb.sites.models import Site
from gweb.sites.structure import REQUIRED_KEYS
from gweb.timeutil import utcnow


def check_site(site: Site, languages: tuple[str, ...] = ("lo", "en")) -> list[str]:
    """Plain-English problems that keep `site` from meeting the standard."""
    problems = []
    now = utcnow()
    live = {(key, lang) for key, lang in db.session.execute(
        select(Page.key, PageTranslation.lang)
        .join(PageTranslation, PageTranslation.page_id == Page.id)
        .where(Page.site_id == site.id, Page.key.is_not(None),
               PageTranslation.visible_clause(now)))}
    for key in REQUIRED_KEYS:
        for lang in languages:
            if (key, lang) not in live:
                problems.append(f"standard page '{key}' is not published in {lang}")
    for lang in languages:
        t = next((t for t in site.translations if t.lang == lang), None)
        if t is None or not t.name:
            problems.append(f"the site has no name in {lang}")
        elif not t.address:
            problems.append(f"the site has no postal address in {lang}")
    if not site.phone and not site.email:
        problems.append("the site has neither a phone number nor an e-mail address")
    return problems
