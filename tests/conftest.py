"""Shared fixtures: an app on a migrated database, a client, a standard site,
logged-in users; and the rule for suites whose server is missing."""
from __future__ import annotations

import contextvars
import os
import re
import shutil
from pathlib import Path

import pytest

from flask.testing import FlaskClient

from gweb import create_app
from gweb.extensions import db as _db

REQUIRE_ALL = os.environ.get("GWEB_REQUIRE_ALL") == "1"
TEST_SECRET = "test-secret-key-not-for-production"


def skip_or_fail(reason: str) -> None:
    """Skip a test whose server or tool is missing; under GWEB_REQUIRE_ALL=1
    that is a failure, so that CI can never pass by skipping."""
    if REQUIRE_ALL:
        pytest.fail(f"GWEB_REQUIRE_ALL=1 but {reason}", pytrace=False)
    pytest.skip(reason)


class RequestIsolatedClient(FlaskClient):
    """A test client whose requests run in their own app context, as they do
    in production, instead of sharing the test's (and its `g`)."""

    def open(self, *args, **kwargs):
        return contextvars.Context().run(super().open, *args, **kwargs)


def make_app(instance: Path, database_uri: str, **extra):
    """An app for tests, on `database_uri`, with its instance in `instance`."""
    config = {"TESTING": True, "SECRET_KEY": TEST_SECRET,
              "SQLALCHEMY_DATABASE_URI": database_uri,
              "MEDIA_ROOT": str(instance / "media"), "SERVER_NAME": None}
    config.update(extra)
    app = create_app(config, instance=str(instance))
    app.test_client_class = RequestIsolatedClient
    return app


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """A SQLite file upgraded to head through the real migrations, once per run;
    each test gets a copy of it."""
    folder = tmp_path_factory.mktemp("template-db")
    path = folder / "gweb.sqlite"
    app = make_app(folder, f"sqlite:///{path}")
    with app.app_context():
        from gweb.schema import upgrade_all

        upgrade_all(app)
        _db.engine.dispose()
    return path


@pytest.fixture
def app(tmp_path, migrated_sqlite):
    """A gweb app on its own copy of a migrated SQLite database."""
    path = tmp_path / "gweb.sqlite"
    shutil.copy(migrated_sqlite, path)
    app = make_app(tmp_path, f"sqlite:///{path}")
    with app.app_context():
        yield app
        _db.session.remove()
        _db.engine.dispose()


@pytest.fixture
def db(app):
    return _db


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def site(app):
    """A site with the G-Web standard structure in Lao and English."""
    from gweb.sites import services
    from gweb.sites.structure import build_standard_site

    site = services.create_site("ministry.test", {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Tests"},
                                addresses={"lo": "ນະຄອນຫຼວງວຽງຈັນ", "en": "Vientiane Capital"},
                                phone="+856 21 000 000", email="info@ministry.test")
    build_standard_site(site)
    return site


@pytest.fixture
def make_user(app, site):
    """Create a user with a role on the test site: make_user("editor")."""
    from gweb.users import services

    def _make(role: str = "editor", email: str | None = None,
              password: str = "correct horse battery"):
        user = services.create_user(email or f"{role}@ministry.test", password, name=role.title(),
                                    role=role, site_id=site.id)
        _db.session.commit()
        return user

    return _make


def csrf_token_from(html: str) -> str:
    """The CSRF token of the first form of a page."""
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


@pytest.fixture
def login(client, make_user):
    """Log a new user with `role` in through the real login form."""

    def _login(role: str = "editor"):
        user = make_user(role)
        page = client.get("/admin/login")
        response = client.post("/admin/login", data={
            "csrf_token": csrf_token_from(page.get_data(as_text=True)),
            "email": user.email, "password": "correct horse battery"})
        assert response.status_code == 302, response.get_data(as_text=True)
        return user

    return _login
