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


@pytest.mark.parametrize("app", ["sqlite"], indirect=True)
def test_a_restart_with_statistics_that_still_hold_analyses_nothing(app, site):
    from tests.conftest import statements_sent

    assert refresh_planner_statistics(app) is True
    sent = statements_sent(lambda: refresh_planner_statistics(app))
    assert not any(s.strip().upper().startswith("ANALYZE") for s in sent), sent


@pytest.mark.parametrize("app", ["sqlite"], indirect=True)
def test_statistics_are_taken_again_once_the_pages_outgrew_them(app, site):
    refresh_planner_statistics(app)
    with app.app_context():
        # As if the statistics were taken when the site had a handful of pages.
        db.session.execute(text("UPDATE sqlite_stat1 SET stat = '2 1' WHERE tbl = 'page_translation'"))
        db.session.commit()
    assert refresh_planner_statistics(app) is True
    with app.app_context():
        counted = db.session.execute(text(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'page_translation' LIMIT 1")).scalar()
    assert int(counted.split()[0]) > 2
