"""The page cache switched on (it is off in other tests unless asked for)."""
from __future__ import annotations

import shutil

import pytest

from gweb.extensions import db as _db
from tests.conftest import make_app, statements_sent


@pytest.fixture(params=["sqlite", "postgresql"])
def app(request, tmp_path, migrated_sqlite):
    """The usual test app, with the in-process page cache on."""
    if request.param == "sqlite":
        path = tmp_path / "gweb.sqlite"
        shutil.copy(migrated_sqlite, path)
        uri, drop = f"sqlite:///{path}", None
    else:
        uri, drop = request.getfixturevalue("pg_database_from_template")
    app = make_app(tmp_path, uri, PAGE_CACHE=True)
    with app.app_context():
        yield app
        _db.session.remove()
        _db.engine.dispose()
    if drop:
        drop()


@pytest.fixture
def cache(app):
    return app.extensions["gweb.cache"]


@pytest.fixture
def count_queries():
    """count_queries(fn) -> how many SQL statements fn() sent (on the
    database of the app whose context is pushed)."""
    return lambda fn: len(statements_sent(fn))
