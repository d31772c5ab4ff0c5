"""One row per change made through the admin or the services."""
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from gweb.extensions import db
from gweb.timeutil import utcnow


class AuditEvent(db.Model):
    """A recorded change. Rows are only ever added, never edited."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_site_created", "site_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"),
                                                nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"),
                                                nullable=True)
    user_email: Mapped[str] = mapped_column(String(254), default="")  # kept if the user goes
    action: Mapped[str] = mapped_column(String(40))          # e.g. page.publish
    object_type: Mapped[str] = mapped_column(String(40))     # e.g. page
    object_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(String(500), default="")
    before: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
