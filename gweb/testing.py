"""pytest fixtures for plugin authors.

Installed as the pytest plugin `gweb` (entry point `pytest11`); before that,
or to be explicit, load it with `pytest -p gweb.testing`. Every fixture starts
with `gweb_`, so it never clashes with a project's own fixtures:

    # tests/test_faq.py of a plugin
    import pytest

    @pytest.fixture
    def gweb_plugins():
        return ["faq"]          # only this plugin (default: every plugin found)

    def test_the_list_is_in_lao(gweb_client, gweb_site):
        assert "ຄຳຖາມ" in gweb_client.get("/lo/faq/").get_data(as_text=True)

Each test gets a fresh app on its own SQLite file, copied from a database
migrated once per session (core and every enabled plugin's branch) that holds
the G-Web standard site.
"""
from __future__ import annotations

import contextvars
import itertools
import re
import shutil
from pathlib import Path

import pytest
from flask.testing import FlaskClient

SECRET_KEY = "gweb-testing-secret-key-not-for-production"
SITE_DOMAIN = "ministry.test"
SITE_NAMES = {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Tests"}
PASSWORD = "correct horse battery"

__all__ = ["PASSWORD", "SITE_DOMAIN", "csrf_token_from", "make_test_app"]


class RequestIsolatedClient(FlaskClient):
    """A test client whose requests run in their own context, as they do in
    production, instead of sharing the test's app context (and its `g`)."""

    def open(self, *args, **kwargs):
        return contextvars.Context().run(super().open, *args, **kwargs)


def csrf_token_from(html: str) -> str:
    """The CSRF token of the first form of a page, to post it like a browser."""
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


def make_test_app(instance: Path, database: Path, plugins, **config):
    """A gweb app for tests: instance folder `instance`, SQLite file
    `database`, `plugins` enabled (names or "*"), TESTING and a fixed
    SECRET_KEY; `config` overrides anything else."""
    from gweb import create_app

    settings = {"TESTING": True, "SECRET_KEY": SECRET_KEY, "SERVER_NAME": None,
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
                "MEDIA_ROOT": str(instance / "media"),
                "PLUGINS_ENABLED": plugins if plugins == "*" else list(plugins)}
    settings.update(config)
    app = create_app(settings, instance=str(instance))
    app.test_client_class = RequestIsolatedClient
    return app


def _forget_cached_catalogues() -> None:
    # Flask-Babel caches catalogues per process, not per app; an earlier app
    # may have had other plugins (and so other catalogues).
    from gweb.extensions import babel

    babel.domain_instance.cache.clear()


@pytest.fixture
def gweb_plugins():
    """The plugins to enable in `gweb_app`: a list of names, or "*" for every
    plugin found (the plugins folder and `gweb.plugins` entry points). Override
    it in your conftest.py or test module to test your plugin alone:

        @pytest.fixture
        def gweb_plugins():
            return ["faq"]
    """
    return "*"


@pytest.fixture(scope="session")
def gweb_migrated_database(tmp_path_factory):
    """A callable plugins -> path of a SQLite file migrated with
    `gweb.schema.upgrade_all()` (core and each enabled plugin's branch) and
    holding the standard site; built once per session for each set of plugins.
    `gweb_app` copies it for every test."""
    built: dict = {}

    def _database(plugins) -> Path:
        key = plugins if plugins == "*" else tuple(sorted(plugins))
        if key in built:
            return built[key]
        from gweb.extensions import db
        from gweb.schema import upgrade_all
        from gweb.sites.services import create_site
        from gweb.sites.structure import build_standard_site

        folder = tmp_path_factory.mktemp("gweb-template")
        path = folder / "gweb.sqlite"
        app = make_test_app(folder, path, plugins)
        with app.app_context():
            host = app.extensions["gweb.plugins"]
            if host.failed:
                pytest.fail("plugins failed to load: " + "; ".join(
                    f"{name}: {why}" for name, why in host.failed.items()), pytrace=False)
            failures = upgrade_all(app)
            if failures:
                pytest.fail("plugin migrations failed: " + "; ".join(
                    f"{name}: {why}" for name, why in failures.items()), pytrace=False)
            site = create_site(SITE_DOMAIN, SITE_NAMES,
                               addresses={"lo": "ນະຄອນຫຼວງວຽງຈັນ", "en": "Vientiane Capital"},
                               phone="+856 21 000 000", email=f"info@{SITE_DOMAIN}")
            build_standard_site(site)
            db.session.commit()
            db.session.remove()
            db.engine.dispose()
        built[key] = path
        return path

    return _database


@pytest.fixture
def gweb_app(tmp_path, gweb_plugins, gweb_migrated_database):
    """A fresh gweb app for one test, inside an app context: its own instance
    folder (tmp_path) and SQLite file, TESTING, a fixed SECRET_KEY, the
    plugins of `gweb_plugins` enabled, the schema upgraded (core and every
    enabled plugin's migrations) and the G-Web standard site in Lao and
    English (see `gweb_site`)."""
    from gweb.extensions import db

    database = tmp_path / "gweb.sqlite"
    shutil.copy(gweb_migrated_database(gweb_plugins), database)
    app = make_test_app(tmp_path, database, gweb_plugins)
    with app.app_context():
        _forget_cached_catalogues()
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def gweb_db(gweb_app):
    """The Flask-SQLAlchemy `db` of gweb, bound to `gweb_app` (an app context
    is active): `gweb_db.session.scalars(select(MyModel))`."""
    from gweb.extensions import db

    return db


@pytest.fixture
def gweb_site(gweb_app):
    """The site of `gweb_app` (domain ministry.test): the G-Web standard
    structure in Lao and English, built by the sites services as `gweb init`
    does. It answers any host, being the only site."""
    from gweb.sites.services import find_site

    return find_site(SITE_DOMAIN)


@pytest.fixture
def gweb_client(gweb_app):
    """A test client of `gweb_app`, not logged in (a visitor)."""
    return gweb_app.test_client()


@pytest.fixture
def gweb_login(gweb_app, gweb_site):
    """A callable role -> a new test client logged in, through the real login
    form and its CSRF token, as a new user with `role` ("author", "editor"
    or "admin") on `gweb_site`. The user is `client.user`; the admin speaks
    Lao unless you pass ui_lang="en".

        editor = gweb_login("editor")
        page = editor.get("/admin/faq/new")
    """
    from gweb.extensions import db
    from gweb.users import services

    numbers = itertools.count(1)

    def _login(role: str = "editor", ui_lang: str = "lo") -> FlaskClient:
        number = next(numbers)
        email = f"{role}@{SITE_DOMAIN}" if number == 1 else f"{role}-{number}@{SITE_DOMAIN}"
        user = services.create_user(email, PASSWORD, name=role.title(), role=role,
                                    site_id=gweb_site.id)
        user.ui_lang = ui_lang
        db.session.commit()
        client = gweb_app.test_client()
        page = client.get("/admin/login")
        response = client.post("/admin/login", data={
            "csrf_token": csrf_token_from(page.get_data(as_text=True)),
            "email": email, "password": PASSWORD})
        assert response.status_code == 302, f"login as {role} failed: {response.status}"
        client.user = user
        return client

    return _login
