"""The audit log is append-only in the database itself (migration
0019auditlock): no statement edits or removes an event, whoever sends it,
but for what a user's or a site's deletion does, and a restore."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from gweb.audit.models import APPEND_ONLY_MESSAGE
from gweb.audit.services import record
from gweb.extensions import db


def _events() -> list[tuple]:
    """The events a test recorded (not those of making the site's pages)."""
    with db.engine.connect() as conn:
        return conn.execute(sa.text(
            "SELECT site_id, user_id, user_email, action, summary FROM audit_event"
            " WHERE action <> 'page.create' ORDER BY id")).all()


@pytest.mark.parametrize("statement", [
    "UPDATE audit_event SET summary = 'nothing happened'",
    "UPDATE audit_event SET user_id = NULL",  # the user still exists
    "DELETE FROM audit_event",
])
def test_no_statement_edits_or_removes_an_event(app, site, make_user, statement):
    editor = make_user("editor")
    record(site.id, editor, "page.publish", "page", 1, "[lo] ໜ້າຫຼັກ")
    db.session.commit()
    before = _events()
    with pytest.raises(sa.exc.DatabaseError, match=APPEND_ONLY_MESSAGE):
        with db.engine.begin() as conn:
            conn.execute(sa.text(statement))
    assert _events() == before


def test_truncating_the_log_is_refused_on_postgresql(app, site):
    if db.engine.dialect.name != "postgresql":
        return  # SQLite has no TRUNCATE
    record(site.id, None, "site.settings", "site", site.id, "")
    db.session.commit()
    with pytest.raises(sa.exc.DatabaseError, match=APPEND_ONLY_MESSAGE):
        with db.engine.begin() as conn:
            conn.execute(sa.text("TRUNCATE audit_event"))
    assert len(_events()) == 1


def test_a_deleted_users_events_stay_with_their_address(app, site, make_user):
    editor = make_user("editor", email="gone@ministry.test")
    record(site.id, editor, "page.publish", "page", 1, "[lo] ໜ້າຫຼັກ")
    db.session.commit()
    with db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM site_role WHERE user_id = :id"), {"id": editor.id})
        conn.execute(sa.text('DELETE FROM "user" WHERE id = :id'), {"id": editor.id})
    assert _events() == [(site.id, None, "gone@ministry.test", "page.publish", "[lo] ໜ້າຫຼັກ")]


def test_a_deleted_sites_events_go_with_it_and_the_others_stay(app, site):
    from gweb.sites.services import create_site

    other = create_site("other.test", {"lo": "ກົມອື່ນ", "en": "Other department"})
    db.session.commit()
    record(site.id, None, "site.settings", "site", site.id, "kept")
    record(other.id, None, "site.settings", "site", other.id, "gone")
    record(None, None, "network.site_create", "site", other.id, "kept too")
    db.session.commit()
    with db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM site WHERE id = :id"), {"id": other.id})
    assert [row[4] for row in _events()] == ["kept", "kept too"]


def test_after_a_restore_the_log_is_locked_again(app, site, tmp_path):
    from gweb.backup import services as backup

    record(site.id, None, "site.settings", "site", site.id, "before the backup")
    db.session.commit()
    archive = backup.create_backup(tmp_path / "backup.tar.gz").path
    backup.restore_backup(archive, replace=True)
    assert [row[4] for row in _events()] == ["before the backup"]
    with pytest.raises(sa.exc.DatabaseError, match=APPEND_ONLY_MESSAGE):
        with db.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM audit_event"))


def test_migration_0019_locks_the_log_and_unlocks_it_going_down(pg_or_sqlite_empty):
    import flask_migrate

    from gweb.schema import migrations, upgrade_all

    def delete_everything() -> None:
        with db.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM audit_event"))

    migrations()  # Flask-Migrate is set up on first use only
    flask_migrate.upgrade(revision="0018notify")
    with db.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO audit_event (id, site_id, user_id, user_email, action, object_type,"
            " summary, created_at) VALUES (1, NULL, NULL, '', 'network.site_create', 'site',"
            " 'a site', CURRENT_TIMESTAMP)"))
    upgrade_all(pg_or_sqlite_empty)
    with pytest.raises(sa.exc.DatabaseError, match=APPEND_ONLY_MESSAGE):
        delete_everything()
    db.session.remove()
    flask_migrate.downgrade(revision="0018notify")
    delete_everything()
    assert _events() == []
    upgrade_all(pg_or_sqlite_empty)
