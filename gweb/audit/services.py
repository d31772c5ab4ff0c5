"""Recording changes and reading them back (list, CSV)."""
from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager

from sqlalchemy import select

from gweb.audit.models import SQLITE_LOCK, SQLITE_UNLOCK, AuditEvent
from gweb.extensions import db


def record(site_id: int | None, user, action: str, object_type: str,
           object_id: int | None, summary: str = "", before: dict | None = None,
           after: dict | None = None) -> AuditEvent:
    """Add an audit event to the session; it commits with the change it records."""
    event = AuditEvent(site_id=site_id, user_id=getattr(user, "id", None),
                       user_email=getattr(user, "email", "") or "", action=action,
                       object_type=object_type, object_id=object_id, summary=summary[:500],
                       before=before, after=after)
    db.session.add(event)
    return event


def recent(site_id: int, limit: int = 50, offset: int = 0) -> list[AuditEvent]:
    """The site's latest events, newest first."""
    return list(db.session.scalars(
        select(AuditEvent).where(AuditEvent.site_id == site_id)
        .order_by(AuditEvent.id.desc()).limit(limit).offset(offset)))


def export_csv(site_id: int) -> str:
    """Every event of the site as CSV (UTF-8, header row), oldest first."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["time_utc", "user", "action", "object_type", "object_id", "summary",
                     "before", "after"])
    rows = db.session.scalars(select(AuditEvent).where(AuditEvent.site_id == site_id)
                              .order_by(AuditEvent.id)).yield_per(500)
    for e in rows:
        writer.writerow([_cell(v) for v in (
            e.created_at.isoformat(timespec="seconds"), e.user_email, e.action,
            e.object_type, e.object_id or "", e.summary,
            json.dumps(e.before, ensure_ascii=False) if e.before else "",
            json.dumps(e.after, ensure_ascii=False) if e.after else "")])
    return out.getvalue()


def _cell(value) -> str:
    """Text a spreadsheet will not run as a formula (CSV injection)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@contextmanager
def replacing_everything(connection):
    """Within, `connection` may delete and write audit rows, which the
    database refuses otherwise (migration 0019auditlock): for a restore that
    replaces the whole database, in the connection's transaction, whose
    rollback puts the lock back whatever happens inside."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SELECT set_config('gweb.replacing_data', 'on', true)")
        yield
        connection.exec_driver_sql("SELECT set_config('gweb.replacing_data', 'off', true)")
        return
    # SQLite's driver opens a transaction only before a write: the triggers
    # dropped outside one would be dropped for good.
    if not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")
    for statement in SQLITE_UNLOCK:
        connection.exec_driver_sql(statement)
    yield
    for statement in SQLITE_LOCK:
        connection.exec_driver_sql(statement)
