"""The migrations build the schema the models describe, on every database."""
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from gweb.extensions import db
from gweb.schema import upgrade_all


def _differences():
    with db.engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), db.metadata)


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
