"""Uploaded files and their per-language descriptions."""
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gweb.extensions import db
from gweb.timeutil import utcnow


class Media(db.Model):
    """A file a site uploaded, stored under a generated name."""

    __tablename__ = "media"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # image, document
    stored_name: Mapped[str] = mapped_column(String(100), unique=True)
    original_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    width: Mapped[int | None]
    height: Mapped[int | None]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    uploaded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Changes when the file is replaced under the same address (cache busting).
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    translations: Mapped[list["MediaTranslation"]] = relationship(
        back_populates="media", cascade="all, delete-orphan", lazy="selectin")

    def alt(self, lang: str) -> str:
        """Alt text in `lang`, falling back to any language that has one."""
        by_lang = {t.lang: t.alt for t in self.translations if t.alt}
        return by_lang.get(lang) or next(iter(by_lang.values()), "")


class MediaTranslation(db.Model):
    """Alt text and caption of a media file in one language."""

    __tablename__ = "media_translation"
    __table_args__ = (UniqueConstraint("media_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    alt: Mapped[str] = mapped_column(String(500), default="")
    caption: Mapped[str] = mapped_column(String(1000), default="")

    media: Mapped[Media] = relationship(back_populates="translations")
