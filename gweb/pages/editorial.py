"""Reading pages as editors see them: drafts, revisions, the dashboard's lists."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, or_, select

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




def drafts_of(site_id: int, user_id: int, limit: int = 10) -> list[PageTranslation]:
    """Translations whose latest revision this user wrote and nobody published yet."""
    latest = (select(PageRevision.page_id, PageRevision.lang,
                     func.max(PageRevision.id).label("rev_id"))
              .where(PageRevision.site_id == site_id)
              .group_by(PageRevision.page_id, PageRevision.lang).subquery())
    return list(db.session.scalars(
        select(PageTranslation)
        .join(latest, (latest.c.page_id == PageTranslation.page_id)
              & (latest.c.lang == PageTranslation.lang))
        .join(PageRevision, PageRevision.id == latest.c.rev_id)
        .where(PageTranslation.site_id == site_id, PageRevision.author_id == user_id,
               or_(PageTranslation.status == DRAFT,
                   PageTranslation.has_unpublished_changes.is_(True)))
        .order_by(PageRevision.id.desc()).limit(limit)))


def awaiting_review(site_id: int, limit: int = 20) -> list[PageTranslation]:
    """Translations an author submitted for an editor to publish."""
    return list(db.session.scalars(
        select(PageTranslation).where(PageTranslation.site_id == site_id,
                                      PageTranslation.in_review.is_(True))
        .order_by(PageTranslation.updated_at.desc()).limit(limit)))


def scheduled(site_id: int, now, horizon_days: int = 60) -> list[PageTranslation]:
    """Translations that go live or come down within the coming days."""
    until = now + timedelta(days=horizon_days)
    return list(db.session.scalars(
        select(PageTranslation).where(
            PageTranslation.site_id == site_id,
            or_((PageTranslation.publish_at > now) & (PageTranslation.publish_at <= until),
                (PageTranslation.unpublish_at > now) & (PageTranslation.unpublish_at <= until)))
        .order_by(func.coalesce(PageTranslation.publish_at, PageTranslation.unpublish_at))))


def out_of_step(site_id: int, tolerance: timedelta = timedelta(days=1),
                limit: int = 20) -> list[tuple[Page, str]]:
    """Pages whose languages disagree: one missing, or one edited more than
    `tolerance` after the other. Returns (page, the language that lags)."""
    pages = db.session.scalars(select(Page).where(Page.site_id == site_id)
                               .order_by(Page.updated_at.desc())).all()
    lagging = []
    for page in pages:
        rows = {t.lang: t for t in page.translations}
        if len(rows) == 1:
            lagging.append((page, "en" if "lo" in rows else "lo"))
        elif len(rows) >= 2:
            newest, oldest = (sorted(rows.values(), key=lambda t: t.updated_at)[i] for i in (-1, 0))
            if newest.updated_at - oldest.updated_at > tolerance:
                lagging.append((page, oldest.lang))
        if len(lagging) >= limit:
            break
    return lagging


def get_revision(page_id: int, revision_id: int) -> PageRevision | None:
    """A revision of this page (None for another page's)."""
    return db.session.scalar(select(PageRevision).where(PageRevision.id == revision_id,
                                                        PageRevision.page_id == page_id))


def previous_revision(revision: PageRevision) -> PageRevision | None:
    """The revision saved just before this one, in the same language."""
    return db.session.scalar(
        select(PageRevision).where(PageRevision.page_id == revision.page_id,
                                   PageRevision.lang == revision.lang,
                                   PageRevision.id < revision.id)
        .order_by(PageRevision.id.desc()).limit(1))


def ancestors(page: Page) -> list[Page]:
    """The page's ancestors, the home page first."""
    chain, parent = [], page.parent
    while parent is not None:
        chain.append(parent)
        parent = parent.parent
    return chain[::-1]


def is_descendant(candidate: Page, ancestor: Page) -> bool:
    """True when `candidate` lies below `ancestor` in the tree."""
    parent = candidate.parent
    while parent is not None:
        if parent.id == ancestor.id:
            return True
        parent = parent.parent
    return False


def descendant_count(page: Page) -> int:
    """How many pages a deletion of `page` would also delete."""
    return sum(1 + descendant_count(child) for child in page.children)
