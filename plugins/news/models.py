"""The news plugin's tables: an article and its text per language. Table
names start with the plugin's name."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gweb.extensions import db
from gweb.timeutil import utcnow


class NewsArticle(db.Model):
    """A news item or announcement of one site.

    It is public when `published` is set and `publish_at` (naive UTC) has
    come; until then it is a draft or scheduled. An announcement is pinned
    above the list while `pinned_until` is in the future.
    """

    __tablename__ = "news_article"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(32), default="news")
    image_id: Mapped[int | None] = mapped_column(
        ForeignKey("media.id", ondelete="SET NULL"), nullable=True)
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    publish_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    pinned_until: Mapped[datetime | None]
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    # The featured image, from the core media library (gweb.media).
    image = relationship("Media", lazy="selectin")
    translations: Mapped[list["NewsTranslation"]] = relationship(
        back_populates="article", cascade="all, delete-orphan", lazy="selectin",
        order_by="NewsTranslation.lang")

    def translation(self, lang: str, fallback: str | None = None) -> "NewsTranslation | None":
        """The text in `lang`, else in `fallback`, else in any language it has."""
        by_lang = {t.lang: t for t in self.translations if t.title}
        return by_lang.get(lang) or (by_lang.get(fallback) if fallback else None) or next(
            iter(by_lang.values()), None)

    def languages(self) -> list[str]:
        """The languages this article is written in."""
        return [t.lang for t in self.translations if t.title]

    def is_pinned(self, now: datetime) -> bool:
        return self.pinned_until is not None and self.pinned_until > now

    def state(self, now: datetime) -> str:
        """"draft", "scheduled" or "published" at `now`."""
        if not self.published:
            return "draft"
        return "scheduled" if self.publish_at > now else "published"


class NewsTranslation(db.Model):
    """An article's title, summary and body (sanitised HTML) in one language."""

    __tablename__ = "news_translation"
    __table_args__ = (UniqueConstraint("article_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("news_article.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")

    article: Mapped[NewsArticle] = relationship(back_populates="translations")
