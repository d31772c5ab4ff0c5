"""Publishing at a set time without a scheduler: the times are stored, and
whatever reads the site applies what has fallen due (`promote_due`)."""
from __future__ import annotations

from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import func, select

from gweb.audit import services as audit
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks.manager import call_hook
from gweb.pages.editorial import latest_revision
from gweb.pages.models import DRAFT, Page, PageRevision, PageTranslation
from gweb.pages.services import make_revision_live


def schedule(page: Page, lang: str, publish_at: datetime | None,
             unpublish_at: datetime | None, *, author=None) -> PageTranslation:
    """Set when `lang` goes live and when it comes down (naive UTC or None).

    For a page not yet live, its latest text goes live at `publish_at`. For a
    live page with a newer draft, that draft replaces the live text at
    `publish_at` while the current text stays up until then. Honoured
    whenever the site is read; no scheduler is needed.
    """
    if publish_at and unpublish_at and unpublish_at <= publish_at:
        raise ValidationError({"unpublish_at": _("The end of publication must come after its start.")})
    row = page.translation(lang)
    if row is None:
        raise ValidationError(_("This page has no version in that language."))
    before = {"publish_at": _iso(row.publish_at), "unpublish_at": _iso(row.unpublish_at),
              "scheduled_at": _iso(row.scheduled_at)}
    if publish_at and row.status != DRAFT and row.has_unpublished_changes:
        revision = latest_revision(page.id, lang)
        row.scheduled_revision_id, row.scheduled_at = revision.id, publish_at
    elif publish_at and row.status == DRAFT:
        revision = latest_revision(page.id, lang)
        if revision is not None:
            make_revision_live(page, row, revision, when=publish_at)
        row.publish_at = publish_at
    elif publish_at is None:
        row.scheduled_revision_id = row.scheduled_at = None
        if row.status == DRAFT:
            row.publish_at = None
    row.unpublish_at = unpublish_at
    page.version += 1
    audit.record(page.site_id, author, "page.schedule", "page", page.id,
                 f"[{lang}] {row.title}", before=before,
                 after={"publish_at": _iso(publish_at), "unpublish_at": _iso(unpublish_at)})
    db.session.commit()
    call_hook("gweb_page_saved", page=page, is_new=False)
    return row


def promote_due(site_id: int, now: datetime) -> int:
    """Make every scheduled revision of the site whose time has come live.
    One indexed query when nothing is due. Returns how many went live."""
    due = db.session.scalars(
        select(PageTranslation).where(PageTranslation.site_id == site_id,
                                      PageTranslation.scheduled_at <= now)).all()
    for row in due:
        revision = db.session.get(PageRevision, row.scheduled_revision_id) \
            if row.scheduled_revision_id else None
        when = row.scheduled_at
        if revision is None:  # its revision was deleted with its page
            row.scheduled_at = None
            continue
        make_revision_live(row.page, row, revision, when=when)
        audit.record(site_id, None, "page.publish", "page", row.page_id,
                     f"[{row.lang}] {row.title}",
                     after={"revision_id": revision.id})
    if due:
        db.session.commit()
        for row in due:
            call_hook("gweb_page_saved", page=row.page, is_new=False)
    return len(due)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value else None


def next_scheduled(site_id: int) -> datetime | None:
    """When the site's earliest scheduled revision is due (maybe already), or None."""
    return db.session.scalar(select(func.min(PageTranslation.scheduled_at))
                             .where(PageTranslation.site_id == site_id))


def next_change(site_id: int, now: datetime) -> datetime | None:
    """The next time after `now` at which a page of the site goes live, comes
    down or has a scheduled revision replace its text. One query."""
    after = [select(func.min(column)).where(PageTranslation.site_id == site_id, column > now)
             .scalar_subquery()
             for column in (PageTranslation.publish_at, PageTranslation.unpublish_at,
                            PageTranslation.scheduled_at)]
    times = db.session.execute(select(*after)).one()
    return min((t for t in times if t is not None), default=None)
