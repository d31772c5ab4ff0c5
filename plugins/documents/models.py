"""The documents plugin's tables; every name starts with "documents_".

A legal document (law, decree, decision...) belongs to one site, has a type,
a number with its issuer's code ("136/ນຍ"), dates, an issuing body, titles
and summaries in Lao and English, subject categories, a status, relations
to other documents, and a PDF per language kept in the media library.
"""
from __future__ import annotations

from datetime import date, datetime
from urllib.parse import quote

from sqlalchemy import (CheckConstraint, Column, ForeignKey, Index, Integer, LargeBinary, String,
                        Table, Text, UniqueConstraint, event)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gweb.extensions import db
from gweb.text.collate import sort_key
from gweb.text.slugs import slugify
from gweb.timeutil import utcnow

TYPES = ("law", "decree", "decision", "order", "instruction", "notice", "agreement", "draft")
STATUSES = ("in_force", "amended", "repealed", "draft")
RELATION_KINDS = ("implements", "amends", "repeals")
LANGS = ("lo", "en")


def _other(lang: str) -> str:
    return "en" if lang == "lo" else "lo"


class _Named:
    """A bilingual name, shown in the other language when one is missing."""

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", "") or getattr(self, f"name_{_other(lang)}", "")

    def name_lang(self, lang: str) -> str:
        """The language the name is shown in for `lang`."""
        return lang if getattr(self, f"name_{lang}", "") else _other(lang)


class DocumentsBody(_Named, db.Model):
    """An issuing body or a responsible agency (National Assembly, a ministry...)."""

    __tablename__ = "documents_body"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    name_lo: Mapped[str] = mapped_column(String(300), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DocumentsCategory(_Named, db.Model):
    """A subject category (telecommunications, cybersecurity...)."""

    __tablename__ = "documents_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    name_lo: Mapped[str] = mapped_column(String(300), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


document_category = Table(
    "documents_document_category", db.metadata,
    Column("document_id", Integer, ForeignKey("documents_document.id", ondelete="CASCADE"),
           primary_key=True),
    Column("category_id", Integer, ForeignKey("documents_category.id", ondelete="CASCADE"),
           primary_key=True, index=True),
)


class LegalDocument(db.Model):
    """One legal document of a site. `number_key` is the number in its
    matching form (Arabic digits, one spelling, no spaces, case-folded); it is
    unique within a site, a type and an issuing body."""

    __tablename__ = "documents_document"
    # The public list walks one of the last three indexes in its order, a
    # page at a time, without reading the rows it skips.
    __table_args__ = (UniqueConstraint("site_id", "doc_type", "issuer_id", "number_key"),
                      Index("ix_documents_document_list_date", "site_id", "published",
                            "issue_date"),
                      Index("ix_documents_document_list_title_lo", "site_id", "published",
                            "title_key_lo"),
                      Index("ix_documents_document_list_title_en", "site_id", "published",
                            "title_key_en"))

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    doc_type: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(60), default="")
    number_key: Mapped[str | None] = mapped_column(String(60), nullable=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("documents_body.id"), index=True)
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents_body.id", ondelete="SET NULL"), nullable=True)
    issue_date: Mapped[date]
    effective_date: Mapped[date | None]
    comment_deadline: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="in_force")
    title_lo: Mapped[str] = mapped_column(String(500), default="")
    title_en: Mapped[str] = mapped_column(String(500), default="")
    summary_lo: Mapped[str] = mapped_column(Text, default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")
    gazette_url: Mapped[str] = mapped_column(String(500), default="")
    published: Mapped[bool] = mapped_column(default=True)
    # Numbers and titles in their matching form, for the list's search box.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # ICU collation keys of the title shown in each language (`title_keys`),
    # so the list is ordered by title in SQL, a page at a time.
    title_key_lo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    title_key_en: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    issuer: Mapped[DocumentsBody] = relationship(foreign_keys=[issuer_id], lazy="joined")
    agency: Mapped[DocumentsBody | None] = relationship(foreign_keys=[agency_id], lazy="joined")
    categories: Mapped[list[DocumentsCategory]] = relationship(secondary=document_category,
                                                               lazy="selectin")
    attachments: Mapped[list["DocumentsAttachment"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", lazy="selectin")

    def title(self, lang: str) -> str:
        """The title in `lang`, or in the other language when it has none."""
        return getattr(self, f"title_{lang}", "") or getattr(self, f"title_{_other(lang)}", "")

    def title_keys(self) -> dict[str, bytes]:
        """title_key_<lang> -> the collation key of the title shown in `lang`."""
        return {f"title_key_{lang}": sort_key(self.title(lang), lang) for lang in LANGS}

    def title_lang(self, lang: str) -> str:
        return lang if getattr(self, f"title_{lang}", "") else _other(lang)

    def summary(self, lang: str) -> tuple[str, str]:
        """(summary HTML, its language), falling back to the other language."""
        own = getattr(self, f"summary_{lang}", "")
        if own:
            return own, lang
        return getattr(self, f"summary_{_other(lang)}", ""), _other(lang)

    def slug(self, lang: str) -> str:
        return document_slug(self.title(lang))

    def url(self, lang: str) -> str:
        """The permalink: /<lang>/documents/<id>/<slug> (any slug leads here)."""
        return document_url(self.id, lang, self.title(lang))

    def attachment(self, lang: str) -> "DocumentsAttachment | None":
        return next((a for a in self.attachments if a.lang == lang), None)


def document_slug(title: str) -> str:
    """The slug of a document's address, made from the title it shows."""
    return slugify(title)[:80].strip("-") or "document"


def document_url(document_id: int, lang: str, title: str) -> str:
    """A document's permalink from its id and the title shown in `lang`
    (without loading the document, for long lists such as the sitemap)."""
    return f"/{lang}/documents/{document_id}/" + quote(document_slug(title), safe="-")


@event.listens_for(LegalDocument, "before_insert")
@event.listens_for(LegalDocument, "before_update")
def _keep_title_keys(_mapper, _connection, document: LegalDocument) -> None:
    # Whatever path saves a document (the admin, the demo, a restore through
    # the ORM), its keys follow its titles.
    for name, key in document.title_keys().items():
        setattr(document, name, key)


class DocumentsRelation(db.Model):
    """`source` implements, amends or repeals `target` (both of one site)."""

    __tablename__ = "documents_relation"
    __table_args__ = (UniqueConstraint("source_id", "target_id", "kind"),
                      CheckConstraint("source_id <> target_id", name="not_self"))

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("documents_document.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(
        ForeignKey("documents_document.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    source: Mapped[LegalDocument] = relationship(foreign_keys=[source_id], lazy="joined")
    target: Mapped[LegalDocument] = relationship(foreign_keys=[target_id], lazy="joined")


class DocumentsAttachment(db.Model):
    """The PDF of a document in one language: a file of the media library."""

    __tablename__ = "documents_attachment"
    __table_args__ = (UniqueConstraint("document_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents_document.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    media_id: Mapped[int] = mapped_column(ForeignKey("media.id", ondelete="CASCADE"), index=True)
    stored_name: Mapped[str] = mapped_column(String(100))  # the media file's address
    original_name: Mapped[str] = mapped_column(String(255), default="")
    size: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    document: Mapped[LegalDocument] = relationship(back_populates="attachments")

    @property
    def url(self) -> str:
        return f"/media/{self.stored_name}"
