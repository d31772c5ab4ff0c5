"""Database housekeeping done by gweb.schema outside migrations."""
import pytest
from sqlalchemy import text

from gweb.extensions import db
from gweb.schema import refresh_planner_statistics


# PostgreSQL keeps its own statistics (autovacuum): this is SQLite's alone.
@pytest.mark.parametrize("app", ["sqlite"], indirect=True)
def test_a_starting_server_gives_sqlite_the_statistics_its_planner_needs(app, site):
    refresh_planner_statistics(app)
    with app.app_context():
        tables = {row[0] for row in db.session.execute(text("SELECT tbl FROM sqlite_stat1"))}
    assert "page_translation" in tables


def test_an_uninitialised_database_is_left_alone_quietly(tmp_path, caplog):
    from gweb import create_app

    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/new.db"},
                     instance=str(tmp_path))
    refresh_planner_statistics(app)
    assert not caplog.records
