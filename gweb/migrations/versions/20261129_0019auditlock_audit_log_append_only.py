"""The audit log is append-only in the database itself: triggers refuse any
UPDATE or DELETE of audit_event (and TRUNCATE on PostgreSQL), but for what
its foreign keys do (a deleted user's rows get user_id NULL and keep the
rest; a deleted site's rows go with it) and while a restore replaces
everything (gweb.audit.services.replacing_everything). Before, it was
append-only only because no view edited it.

Revision ID: 0019auditlock
Revises: 0018notify
Create Date: 2026-11-29 14:00:00.000000

Hand-written. The statements are gweb.audit.models' as they are at this
revision, written out here so that a later change of the models does not
change what this revision did.
"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0019auditlock'
down_revision = '0018notify'
branch_labels = None
depends_on = None

_MESSAGE = "the audit log is append-only"
POSTGRES_LOCK = (
    f"""CREATE FUNCTION gweb_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF current_setting('gweb.replacing_data', true) = 'on' THEN
            RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'DELETE' AND OLD.site_id IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM site WHERE id = OLD.site_id) THEN
            RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.user_id IS NOT NULL AND NEW.user_id IS NULL
                AND to_jsonb(NEW) - 'user_id' = to_jsonb(OLD) - 'user_id'
                AND NOT EXISTS (SELECT 1 FROM "user" WHERE id = OLD.user_id) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION '{_MESSAGE}' USING ERRCODE = 'insufficient_privilege';
    END $$""",
    "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event"
    " FOR EACH ROW EXECUTE FUNCTION gweb_audit_append_only()",
    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event"
    " FOR EACH STATEMENT EXECUTE FUNCTION gweb_audit_append_only()",
)
POSTGRES_UNLOCK = (
    "DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event",
    "DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event",
    "DROP FUNCTION IF EXISTS gweb_audit_append_only()",
)
_KEPT = ("id", "site_id", "user_email", "action", "object_type", "object_id", "summary",
         "before", "after", "created_at")
SQLITE_LOCK = (
    f"""CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT (OLD.user_id IS NOT NULL AND NEW.user_id IS NULL
              AND {" AND ".join(f"NEW.{c} IS OLD.{c}" for c in _KEPT)}
              AND NOT EXISTS (SELECT 1 FROM "user" WHERE id = OLD.user_id))
    BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
    f"""CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    WHEN OLD.site_id IS NULL OR EXISTS (SELECT 1 FROM site WHERE id = OLD.site_id)
    BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
)
SQLITE_UNLOCK = (
    "DROP TRIGGER IF EXISTS audit_event_no_update",
    "DROP TRIGGER IF EXISTS audit_event_no_delete",
)


def upgrade():
    postgres = op.get_bind().dialect.name == 'postgresql'
    for statement in POSTGRES_LOCK if postgres else SQLITE_LOCK:
        op.execute(statement)


def downgrade():
    postgres = op.get_bind().dialect.name == 'postgresql'
    for statement in POSTGRES_UNLOCK if postgres else SQLITE_UNLOCK:
        op.execute(statement)
