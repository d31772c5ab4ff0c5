"""The page tree, its translations and their revisions."""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, and_, or_
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gweb.extensions import db
from gweb.timeutil import utcnow

DRAFT, PUBLISHED = "draft", "published"


class PageReading:
    """What reading a page offers, shared by the model and its read-only copy
    (gweb.pages.copies.PageCopy)."""

    __slots__ = ()

    def translation(self, lang: str) -> "PageTranslation | None":
        """The page's row in `lang`, or None."""
        for t in self.translations:
            if t.lang == lang:
                return t
        return None


class TranslationReading:
    """What reading a page's translation offers, shared by the model and its
    read-only copy (gweb.pages.copies.TranslationCopy)."""

    __slots__ = ()

    def is_visible(self, now: datetime) -> bool:
        """The same test as `PageTranslation.visible_clause`, on a loaded row."""
        return (self.status == PUBLISHED
                and (self.publish_at is None or self.publish_at <= now)
                and (self.unpublish_at is None or self.unpublish_at > now))

    @property
    def last_updated(self) -> datetime | None:
        """When the public version last changed (a scheduled start counts)."""
        stamps = [d for d in (self.last_published_at, self.publish_at) if d]
        return max(stamps) if stamps else None


class Page(PageReading, db.Model):
    """A node of a site's page tree; its content lives in one row per language."""

    __tablename__ = "page"
    __table_args__ = (UniqueConstraint("site_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("page.id", ondelete="CASCADE"), index=True, nullable=True)
    position: Mapped[int] = mapped_column(default=0)
    # The role of a page of the G-Web standard structure ("about", "contact"...),
    # so that templates, checks and plugins can find it whatever its slug.
    key: Mapped[str | None] = mapped_column(String(40), nullable=True)
    show_in_menus: Mapped[bool] = mapped_column(default=True)
    # Raised on every save; an editor saving an older version is told of the conflict.
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    parent: Mapped["Page | None"] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list["Page"]] = relationship(
        back_populates="parent", order_by="Page.position", cascade="all, delete-orphan")
    translations: Mapped[list["PageTranslation"]] = relationship(
        back_populates="page", cascade="all, delete-orphan", lazy="selectin")

    def __repr__(self) -> str:
        return f"<Page {self.id} {self.key or ''}>"


class PageTranslation(TranslationReading, db.Model):
    """A page in one language. Its content columns hold the live version once
    published; drafts saved afterwards wait in revisions until published."""

    __tablename__ = "page_translation"
    __table_args__ = (
        UniqueConstraint("page_id", "lang"),
        UniqueConstraint("site_id", "lang", "path"),
        Index("ix_page_translation_visible", "site_id", "lang", "status"),
        # When a site's next scheduled change is due (gweb.pages.scheduling),
        # asked after every change of the site, on every kind of request.
        Index("ix_page_translation_site_publish_at", "site_id", "publish_at"),
        Index("ix_page_translation_site_unpublish_at", "site_id", "unpublish_at"),
        Index("ix_page_translation_site_scheduled_at", "site_id", "scheduled_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("page.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300))
    slug: Mapped[str] = mapped_column(String(200), default="")
    # Slugs of the ancestors and this page joined by "/", "" for the home page.
    path: Mapped[str] = mapped_column(String(1000), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")  # sanitised HTML
    meta_description: Mapped[str] = mapped_column(String(320), default="")
    status: Mapped[str] = mapped_column(String(16), default=DRAFT)
    publish_at: Mapped[datetime | None]
    unpublish_at: Mapped[datetime | None]
    first_published_at: Mapped[datetime | None]
    last_published_at: Mapped[datetime | None]
    has_unpublished_changes: Mapped[bool] = mapped_column(default=False)
    # An author submitted the latest revision; an editor should review and publish it.
    in_review: Mapped[bool] = mapped_column(default=False)
    # A later revision waiting to replace the live text at `scheduled_at`
    # (applied at read time: no scheduler needed).
    scheduled_revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("page_revision.id", ondelete="SET NULL"), nullable=True)
    scheduled_at: Mapped[datetime | None] = mapped_column(index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    page: Mapped[Page] = relationship(back_populates="translations")

    @classmethod
    def visible_clause(cls, now: datetime):
        """SQL condition: published and inside its publish/unpublish window."""
        return and_(
            cls.status == PUBLISHED,
            or_(cls.publish_at.is_(None), cls.publish_at <= now),
            or_(cls.unpublish_at.is_(None), cls.unpublish_at > now),
        )


class PageRevision(db.Model):
    """A saved version of a page translation; publishing makes one live."""

    __tablename__ = "page_revision"
    __table_args__ = (Index("ix_page_revision_page_lang", "page_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("page.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300))
    slug: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    meta_description: Mapped[str] = mapped_column(String(320), default="")
    action: Mapped[str] = mapped_column(String(16), default="draft")  # draft, publish, restore
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    CONTENT_FIELDS = ("title", "slug", "summary", "body", "meta_description")
