"""The feedback plugin's tables; every name starts with the plugin's name.

Submissions are private: nothing here is ever given to search or the sitemap.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gweb.extensions import db
from gweb.timeutil import utcnow

STATUSES = ("new", "answered", "closed")
CONTACT_KINDS = ("", "phone", "email")
NOTE_KINDS = ("note", "status", "assign")


class FeedbackTopic(db.Model):
    """A topic a visitor chooses on the form; the site admin keeps the list.
    A topic that has submissions is hidden rather than deleted."""

    __tablename__ = "feedback_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    label_lo: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def label(self, lang: str) -> tuple[str, str]:
        """The label in `lang`, or in the other language when it has none:
        (label, the language it is in)."""
        own = getattr(self, f"label_{lang}", "")
        if own:
            return own, lang
        other = "en" if lang == "lo" else "lo"
        return getattr(self, f"label_{other}", ""), other


class FeedbackSubmission(db.Model):
    """What a visitor sent through the form, and how the office handles it."""

    __tablename__ = "feedback_submission"
    __table_args__ = (
        UniqueConstraint("site_id", "reference", name="uq_feedback_submission_site_reference"),
        UniqueConstraint("site_id", "year", "number", name="uq_feedback_submission_site_number"),
        Index("ix_feedback_submission_site_status", "site_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    reference: Mapped[str] = mapped_column(String(32))  # FB-2026-000123
    year: Mapped[int]
    number: Mapped[int]  # counts up per site and year
    topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_topic.id", ondelete="SET NULL"), index=True)
    message: Mapped[str] = mapped_column(Text, default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(254), default="")
    contact_kind: Mapped[str] = mapped_column(String(8), default="")
    lang: Mapped[str] = mapped_column(String(8), default="lo")  # the form's language
    status: Mapped[str] = mapped_column(String(16), default="new")
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    topic: Mapped[FeedbackTopic | None] = relationship(lazy="joined")
    assignee = relationship("User", lazy="joined")
    notes: Mapped[list["FeedbackNote"]] = relationship(
        back_populates="submission", cascade="all, delete-orphan",
        order_by="FeedbackNote.id", lazy="select")


class FeedbackNote(db.Model):
    """An internal note on a submission, or a record of a status or assignee
    change: who, when, what. Never shown to the visitor."""

    __tablename__ = "feedback_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_submission.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="note")
    body: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(254), default="")  # kept if the user goes
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    submission: Mapped[FeedbackSubmission] = relationship(back_populates="notes")
