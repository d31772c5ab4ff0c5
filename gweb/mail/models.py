"""One row per e-mail to one recipient, from queued to sent (or given up)."""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gweb.extensions import db
from gweb.timeutil import utcnow


class OutgoingMail(db.Model):
    """An e-mail waiting in the outbox, being sent, sent, or given up on
    (`status`: queued, sending, sent, failed)."""

    __tablename__ = "mail_outbox"
    # The courier asks for what is due: queued rows by their next attempt.
    __table_args__ = (Index("ix_mail_outbox_status_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"),
                                                nullable=True, index=True)
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
