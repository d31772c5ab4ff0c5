"""The e-services plugin's tables: a service, its text per language, and
downtime/maintenance notices. Table names start with the plugin's name."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gweb.extensions import db
from gweb.timeutil import utcnow

AUDIENCES = ("citizens", "businesses", "civil_servants")


class EservicesService(db.Model):
    """A service of the directory: who it is for, the link to the online
    service, and its text per language."""

    __tablename__ = "eservices_service"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    audiences: Mapped[str] = mapped_column(String(100), default="citizens")  # comma-separated
    online_url: Mapped[str] = mapped_column(String(500), default="")
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    translations: Mapped[list["EservicesTranslation"]] = relationship(
        back_populates="service", cascade="all, delete-orphan", lazy="selectin",
        order_by="EservicesTranslation.lang")
    notices: Mapped[list["EservicesNotice"]] = relationship(
        back_populates="service", cascade="all, delete-orphan", lazy="selectin",
        order_by="EservicesNotice.starts_at")

    def audience_list(self) -> list[str]:
        return [a for a in (self.audiences or "").split(",") if a in AUDIENCES]

    def translation(self, lang: str, fallback: str | None = None) -> "EservicesTranslation | None":
        """The text in `lang`, else in `fallback`, else in any language it has."""
        by_lang = {t.lang: t for t in self.translations if t.title}
        return by_lang.get(lang) or (by_lang.get(fallback) if fallback else None) or next(
            iter(by_lang.values()), None)

    def languages(self) -> list[str]:
        return [t.lang for t in self.translations if t.title]

    def current_notices(self, now: datetime) -> list["EservicesNotice"]:
        """Notices that show at `now`: from their start until their end."""
        return [n for n in self.notices if n.starts_at <= now < n.ends_at]


class EservicesTranslation(db.Model):
    """A service described in one language. `steps` and `documents` hold one
    item a line; the rest is plain text."""

    __tablename__ = "eservices_translation"
    __table_args__ = (UniqueConstraint("service_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("eservices_service.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[str] = mapped_column(Text, default="")
    fees: Mapped[str] = mapped_column(Text, default="")
    processing_time: Mapped[str] = mapped_column(String(300), default="")
    office: Mapped[str] = mapped_column(Text, default="")

    service: Mapped[EservicesService] = relationship(back_populates="translations")

    def step_list(self) -> list[str]:
        return [line.strip() for line in self.steps.splitlines() if line.strip()]

    def document_list(self) -> list[str]:
        return [line.strip() for line in self.documents.splitlines() if line.strip()]


class EservicesNotice(db.Model):
    """A downtime or maintenance notice on a service, shown between
    `starts_at` and `ends_at` (naive UTC)."""

    __tablename__ = "eservices_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("eservices_service.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="maintenance")  # or "downtime"
    message_lo: Mapped[str] = mapped_column(Text, default="")
    message_en: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    service: Mapped[EservicesService] = relationship(back_populates="notices")

    def message(self, lang: str) -> tuple[str, str]:
        """(text, its language): the other language's when `lang` has none."""
        own = getattr(self, f"message_{lang}", "")
        if own:
            return own, lang
        other = "en" if lang == "lo" else "lo"
        return getattr(self, f"message_{other}", ""), other
