"""Reading pages as editors see them: drafts, revisions, the dashboard's lists."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import or_, select

from gweb.extensions import db
from gweb.pages.models import DRAFT, Page, PageRevision, PageTranslation
from gweb.timeutil import utcnow


def root_page(site_id: int) -> Page | None:
    """The site's home page."""
    return db.session.scalar(select(Page).where(Page.site_id == site_id,
                                                Page.parent_id.is_(None)))


def get_page(site_id: int, page_id: int) -> Page | None:
    """A page of this site by id (None for another site's page)."""
    return db.session.scalar(select(Page).where(Page.site_id == site_id, Page.id == page_id))


def page_by_key(site_id: int, key: str) -> Page | None:
    """The page of the standard structure with this key ("about", "contact"...)."""
    return db.session.scalar(select(Page).where(Page.site_id == site_id, Page.key == key))


def page_overview(site_id: int) -> list[tuple[Page, int]]:
    """Every page of the site with its depth, in tree order (two queries)."""
    all_pages = db.session.scalars(
        select(Page).where(Page.site_id == site_id).order_by(Page.position, Page.id)).all()
    children: dict[int | None, list[Page]] = {}
    for page in all_pages:
        children.setdefault(page.parent_id, []).append(page)
    ordered: list[tuple[Page, int]] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for page in children.get(parent_id, []):
            ordered.append((page, depth))
            walk(page.id, depth + 1)

    walk(None, 0)
    return ordered


def latest_revision(page_id: int, lang: str) -> PageRevision | None:
    """The most recent saved version of a page in one language."""
    return db.session.scalar(
        select(PageRevision).where(PageRevision.page_id == page_id, PageRevision.lang == lang)
        .order_by(PageRevision.id.desc()).limit(1))


def revisions(page_id: int, lang: str) -> list[PageRevision]:
    """Every saved version of a page in one language, newest first."""
    return list(db.session.scalars(
        select(PageRevision).where(PageRevision.page_id == page_id, PageRevision.lang == lang)
        .order_by(PageRevision.id.desc())))


