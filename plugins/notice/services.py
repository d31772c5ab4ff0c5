"""Notice banners: which show now, and how editors change them.

Every function takes plain arguments and works on one site; the ones that
change something check their input, write an audit event and commit.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import func, or_, select

from gweb.audit.services import record
from gweb.cache.services import site_memo
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.timeutil import utcnow

from .models import LEVELS, NoticeBanner

TEXT_MAX = 500
URL_MAX = 500


def showing(site_id: int, now: datetime | None = None) -> list[NoticeBanner]:
    """The banners of a site that show at `now` (default: now), most urgent first."""
    now = now or utcnow()
    rows = db.session.scalars(select(NoticeBanner).where(
        NoticeBanner.site_id == site_id,
        or_(NoticeBanner.starts_at.is_(None), NoticeBanner.starts_at <= now),
        or_(NoticeBanner.ends_at.is_(None), NoticeBanner.ends_at > now)))
    return sorted(rows, key=lambda b: (-LEVELS.index(b.level), -b.id))


@dataclass(frozen=True)
class ShownBanner:
    """What the public banner shows of a NoticeBanner: plain data, which one
    process may keep and share between requests."""

    id: int
    level: str
    text_lo: str
    text_en: str
    link_url: str

    text = NoticeBanner.text


def showing_now(site_id: int) -> tuple[ShownBanner, ...]:
    """The banners of a site showing now, as `showing` orders them; kept in
    the process until the site changes or a banner is due to start or end
    (the `gweb_cache_horizon` hook names that moment)."""
    return site_memo(site_id, "notice_banners", lambda: tuple(
        ShownBanner(b.id, b.level, b.text_lo or "", b.text_en or "", b.link_url or "")
        for b in showing(site_id)))


def list_banners(site_id: int) -> list[NoticeBanner]:
    """Every banner of a site, newest first (for the admin)."""
    return list(db.session.scalars(select(NoticeBanner).where(
        NoticeBanner.site_id == site_id).order_by(NoticeBanner.id.desc())))


def get_banner(site_id: int, banner_id: int) -> NoticeBanner | None:
    """One banner of the site, or None (also when it belongs to another site)."""
    banner = db.session.get(NoticeBanner, banner_id)
    return banner if banner is not None and banner.site_id == site_id else None


def save_banner(site_id: int, values: dict, user=None,
                banner: NoticeBanner | None = None) -> NoticeBanner:
    """Create a banner (or change `banner`) from `values`: text_lo, text_en,
    link_url, level, starts_at, ends_at (naive UTC or None). Raises
    ValidationError, naming the fields, and stores nothing when a value is wrong."""
    clean = _checked(values)
    is_new = banner is None
    if is_new:
        banner = NoticeBanner(site_id=site_id)
        db.session.add(banner)
    for name, value in clean.items():
        setattr(banner, name, value)
    db.session.flush()
    record(site_id, user, "notice.create" if is_new else "notice.update", "notice_banner",
           banner.id, summary=banner.text_lo or banner.text_en)
    db.session.commit()
    return banner


def delete_banner(site_id: int, banner: NoticeBanner, user=None) -> None:
    """Delete a banner of the site."""
    record(site_id, user, "notice.delete", "notice_banner", banner.id,
           summary=banner.text_lo or banner.text_en)
    db.session.delete(banner)
    db.session.commit()


def _checked(values: dict) -> dict:
    clean = {"text_lo": (values.get("text_lo") or "").strip(),
             "text_en": (values.get("text_en") or "").strip(),
             "link_url": (values.get("link_url") or "").strip(),
             "level": values.get("level") or "info",
             "starts_at": values.get("starts_at"), "ends_at": values.get("ends_at")}
    errors = {}
    if not clean["text_lo"] and not clean["text_en"]:
        errors["text_lo"] = _("Write the announcement in Lao, in English or in both.")
    for lang in ("lo", "en"):
        if len(clean[f"text_{lang}"]) > TEXT_MAX:
            errors[f"text_{lang}"] = _("Keep the announcement under %(count)d characters.",
                                       count=TEXT_MAX)
    url = clean["link_url"]
    if url and (len(url) > URL_MAX or not (url.startswith(("https://", "http://"))
                                            or (url.startswith("/") and not url.startswith("//")))):
        errors["link_url"] = _("Give an address that starts with https://, http:// or /.")
    if clean["level"] not in LEVELS:
        errors["level"] = _("Choose how important the announcement is.")
    if clean["starts_at"] and clean["ends_at"] and clean["ends_at"] <= clean["starts_at"]:
        errors["ends_at"] = _("The end must come after the start.")
    if errors:
        raise ValidationError(errors)
    return clean


def next_change(site_id: int, now: datetime) -> datetime | None:
    """The next time after `now` a banner of the site starts or ends (for
    the page cache). One query."""
    soonest = [select(func.min(column)).where(NoticeBanner.site_id == site_id, column > now)
               .scalar_subquery() for column in (NoticeBanner.starts_at, NoticeBanner.ends_at)]
    return min((t for t in db.session.execute(select(*soonest)).one() if t), default=None)
