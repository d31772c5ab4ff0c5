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


# The audit log is append-only in the database itself (migration
# 0019auditlock): a row is never updated nor deleted, but for what the
# foreign keys do (a deleted user's rows keep everything but user_id, which
# becomes NULL; a deleted site's rows go with it) and while a restore
# replaces everything (`gweb.audit.services.replacing_everything`). The
# migration holds the statements as they were written; a restore on SQLite
# drops and writes again the triggers below (PostgreSQL's are released by a
# setting, gweb.replacing_data).
APPEND_ONLY_MESSAGE = "the audit log is append-only"
# SQLite: a trigger each for UPDATE and DELETE (it has no TRUNCATE); the
# columns a deleted user's rows keep are named.
_KEPT_COLUMNS = ("id", "site_id", "user_email", "action", "object_type", "object_id",
                 "summary", "before", "after", "created_at")
SQLITE_LOCK = (
    f"""CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT (OLD.user_id IS NOT NULL AND NEW.user_id IS NULL
              AND {" AND ".join(f"NEW.{c} IS OLD.{c}" for c in _KEPT_COLUMNS)}
              AND NOT EXISTS (SELECT 1 FROM "user" WHERE id = OLD.user_id))
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END""",
    f"""CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    WHEN OLD.site_id IS NULL OR EXISTS (SELECT 1 FROM site WHERE id = OLD.site_id)
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END""",
)
SQLITE_UNLOCK = (
    "DROP TRIGGER IF EXISTS audit_event_no_update",
    "DROP TRIGGER IF EXISTS audit_event_no_delete",
)
