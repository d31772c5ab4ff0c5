"""The migrations build the schema the models describe, on every database."""
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from gweb.extensions import db
from gweb.schema import include_object, upgrade_all


def _differences():
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        return compare_metadata(context, db.metadata)


def test_an_empty_sqlite_database_upgrades_to_exactly_the_models_schema(app):
    # `app` runs on a database built by the migrations alone.
    assert _differences() == []
    tables = set(sa.inspect(db.engine).get_table_names())
    assert {"site", "page", "page_translation", "page_revision", "menu", "menu_item",
            "media", "user", "site_role", "alembic_version"} <= tables


def test_an_empty_postgresql_database_upgrades_to_exactly_the_models_schema(pg_app):
    assert sa.inspect(db.engine).get_table_names() == []
    upgrade_all(pg_app)
    assert _differences() == []


def test_upgrading_twice_changes_nothing(app):
    upgrade_all(app)
    assert _differences() == []


def test_upgrading_a_database_that_holds_content_keeps_it(pg_or_sqlite_empty):
    import flask_migrate

    from gweb.schema import migrations

    migrations()
    flask_migrate.upgrade(revision="0001core")
    with db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO site (id, default_lang, status, settings, phone, email,"
                             " created_at) VALUES (1, 'lo', 'active', '{}', '', '',"
                             " CURRENT_TIMESTAMP)"))
        conn.execute(sa.text("INSERT INTO page (id, site_id, position, show_in_menus, version,"
                             " created_at, updated_at) VALUES (1, 1, 0, true, 1,"
                             " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        conn.execute(sa.text(
            "INSERT INTO page_translation (id, page_id, site_id, lang, title, slug, path, summary,"
            " body, meta_description, status, has_unpublished_changes, updated_at) VALUES"
            " (1, 1, 1, 'lo', 'ໜ້າຫຼັກ', '', '', '', '<p>ສະບາຍດີ</p>', '', 'published', false,"
            " CURRENT_TIMESTAMP)"))
        conn.execute(sa.text(
            "INSERT INTO \"user\" (id, email, name, password_hash, active, is_superadmin,"
            " ui_lang, created_at) VALUES (1, 'editor@ministry.test', 'ບຸນມີ', 'x', true, false,"
            " 'lo', CURRENT_TIMESTAMP)"))
        conn.execute(sa.text("INSERT INTO site_role (id, user_id, site_id, role)"
                             " VALUES (1, 1, 1, 'editor')"))
    upgrade_all(pg_or_sqlite_empty)
    with db.engine.connect() as conn:
        row = conn.execute(sa.text("SELECT title, body, in_review FROM page_translation")).one()
        # A table copied by a migration on SQLite must not take with it the
        # rows that cascade from it (a user's roles).
        role = conn.execute(sa.text("SELECT u.email, u.review_notices, r.role FROM \"user\" u"
                                    " JOIN site_role r ON r.user_id = u.id")).one()
    assert row == ("ໜ້າຫຼັກ", "<p>ສະບາຍດີ</p>", False)
    assert role == ("editor@ministry.test", True, "editor")
    assert _differences() == []
