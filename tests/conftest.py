"""Shared fixtures: an app on a migrated database, a client, a standard site,
logged-in users; and the rule for suites whose server is missing."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from gweb import create_app
from gweb.extensions import db as _db
# The plugin authors' test helpers (gweb.testing) serve the core's tests too.
from gweb.testing import RequestIsolatedClient, csrf_token_from  # noqa: F401

REQUIRE_ALL = os.environ.get("GWEB_REQUIRE_ALL") == "1"
TEST_SECRET = "test-secret-key-not-for-production"


def skip_or_fail(reason: str) -> None:
    """Skip a test whose server or tool is missing; under GWEB_REQUIRE_ALL=1
    that is a failure, so that CI can never pass by skipping."""
    if REQUIRE_ALL:
        pytest.fail(f"GWEB_REQUIRE_ALL=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def make_app(instance: Path, database_uri: str, **extra):
    """An app for tests, on `database_uri`, with its instance in `instance`."""
    # Password hashes at a low cost: the method is still scrypt, each hash ~1 ms.
    config = {"TESTING": True, "SECRET_KEY": TEST_SECRET, "PASSWORD_HASH_METHOD": "scrypt:1024:8:1",
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


def _build_test_site():
    """The standard test site: the G-Web structure in Lao and English."""
    from gweb.sites import services
    from gweb.sites.structure import build_standard_site

    site = services.create_site("ministry.test", {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Tests"},
                                addresses={"lo": "ນະຄອນຫຼວງວຽງຈັນ", "en": "Vientiane Capital"},
                                phone="+856 21 000 000", email="info@ministry.test")
    build_standard_site(site)
    _db.session.commit()
    return site


def _with_test_site(uri: str, folder: Path) -> None:
    """Build the standard test site into the database at `uri`, once per run,
    for the template that tests using `site` copy."""
    app = make_app(folder, uri)
    with app.app_context():
        _build_test_site()
        _db.session.remove()
        _db.engine.dispose()


@pytest.fixture(scope="session")
def sited_sqlite(tmp_path_factory, migrated_sqlite) -> Path:
    """The migrated SQLite template with the standard test site in it."""
    folder = tmp_path_factory.mktemp("template-site")
    path = folder / "gweb.sqlite"
    shutil.copy(migrated_sqlite, path)
    _with_test_site(f"sqlite:///{path}", folder)
    return path


def _uses_standard_site(request) -> bool:
    """True when the test's `site` is this file's (not a plugin suite's own)."""
    defs = request.node._fixtureinfo.name2fixturedefs.get("site") or ()
    return bool(defs) and defs[-1].func.__module__ == __name__ and defs[-1].func.__name__ == "site"


@pytest.fixture(params=["sqlite", "postgresql"])
def app(request, tmp_path, migrated_sqlite):
    """A gweb app on its own migrated database: each test runs on SQLite and
    again on PostgreSQL (when GWEB_TEST_DATABASE_URL names a server). A test
    that asks for `site` gets a copy of a template that already holds it:
    building the site costs more than the rest of most tests."""
    with_site = _uses_standard_site(request)
    if request.param == "sqlite":
        path = tmp_path / "gweb.sqlite"
        shutil.copy(request.getfixturevalue("sited_sqlite") if with_site else migrated_sqlite,
                    path)
        uri = f"sqlite:///{path}"
        drop = None
    else:
        uri, drop = request.getfixturevalue(
            "pg_database_from_site_template" if with_site else "pg_database_from_template")
    app = make_app(tmp_path, uri)
    with app.app_context():
        yield app
        _db.session.remove()
        _db.engine.dispose()
    if drop:
        drop()


@pytest.fixture(params=["sqlite", "postgresql"])
def pg_or_sqlite_empty(request, tmp_path):
    """An app on an empty database (no migrations run), SQLite or PostgreSQL."""
    if request.param == "postgresql":
        yield request.getfixturevalue("pg_app")
        return
    app = make_app(tmp_path, f"sqlite:///{tmp_path / 'empty.sqlite'}")
    with app.app_context():
        yield app
        _db.session.remove()
        _db.engine.dispose()


FIXTURE_PLUGINS = Path(__file__).parent / "hooks" / "fixture_plugins"


@pytest.fixture(params=["sqlite", "postgresql"])
def make_plugin_app(request, tmp_path, migrated_sqlite):
    """Build an app with plugins switched on, its schema upgraded (the core's
    from the template, each plugin's branch by the real migrations):
    make_plugin_app(["sampleplug"], PLUGINS_FOLDER=...). Once per test; runs on
    SQLite and PostgreSQL like `app`."""
    pushed, drops = [], []

    def _make(plugins, folder: Path = FIXTURE_PLUGINS, upgrade: bool = True, **extra):
        if request.param == "sqlite":
            path = tmp_path / "gweb.sqlite"
            shutil.copy(migrated_sqlite, path)
            uri = f"sqlite:///{path}"
        else:
            uri, drop = request.getfixturevalue("pg_database_from_template")
            drops.append(drop)
        app = make_app(tmp_path, uri, PLUGINS_ENABLED=list(plugins), PLUGINS_FOLDER=str(folder),
                       **extra)
        context = app.app_context()
        context.push()
        pushed.append(context)
        if upgrade:
            from gweb.schema import upgrade_all

            app.extensions["gweb.test_upgrade_failures"] = upgrade_all(app)
        return app

    yield _make
    for context in reversed(pushed):
        _db.session.remove()
        _db.engine.dispose()
        context.pop()
    for drop in drops:
        drop()


@pytest.fixture
def db(app):
    return _db


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def site(request, app):
    """A site with the G-Web standard structure in Lao and English (copied
    with the database from a template built once per run; see `app`), or
    built now when a test package's own `app` fixture made the database."""
    from gweb.sites.services import find_site

    site = find_site("ministry.test")
    if site is None:
        own = request.node._fixtureinfo.name2fixturedefs.get("app") or ()
        assert own and own[-1].func.__module__ != __name__, \
            "the test database was not copied from the site template"
        site = _build_test_site()
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


# Every plugin of plugins/, for the sweeps over the whole app.
ALL_PLUGINS = sorted(p.name for p in (Path(__file__).parent.parent / "plugins").iterdir()
                     if (p / "__init__.py").is_file())


def standard_site(domain: str = "ministry.test", name_en: str = "Ministry of Tests", **details):
    """Create a site with the standard structure on the current app (for
    tests whose app is not the `app` fixture's); `details` as create_site's."""
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site

    site = create_site(domain, {"lo": "ກະຊວງທົດສອບ", "en": name_en}, **details)
    build_standard_site(site)
    return site


def schema_differences(table_prefix: str) -> list:
    """What Alembic finds between the migrated database and the models, for
    the tables whose names start with `table_prefix` (a plugin's own)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def own(obj, name, type_, reflected, compare_to):
        table = obj if type_ == "table" else getattr(obj, "table", None)
        return table is None or table.name.startswith(table_prefix)

    with _db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": own})
        return compare_metadata(context, _db.metadata)


def statements_sent(fn) -> list[str]:
    """The SQL statements fn() sent on the database of the app whose context
    is pushed (query counts are asserted, never timed)."""
    from sqlalchemy import event

    statements: list[str] = []

    def listener(*args):
        statements.append(args[2])

    event.listen(_db.engine, "before_cursor_execute", listener)
    try:
        fn()
    finally:
        event.remove(_db.engine, "before_cursor_execute", listener)
    return statements


def log_in_client(app, email: str, base_url: str | None = None,
                  password: str = "correct horse battery", client=None):
    """A new test client of `app` (or `client`), logged in as `email` through
    the real form (at `base_url`, else the client's own)."""
    client = client or app.test_client()
    where = {"base_url": base_url} if base_url else {}
    page = client.get("/admin/login", **where)
    response = client.post("/admin/login", **where, data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)),
        "email": email, "password": password})
    assert response.status_code == 302
    return client


def log_in_new_user(app, site, role: str = "editor", *, email: str | None = None,
                    name: str = "", ui_lang: str = "lo", base_url: str | None = None,
                    client=None):
    """Create a user with `role` on `site` (interface in `ui_lang`) and log a
    new client in as them through the real form: returns (client, user)."""
    from gweb.users.services import create_user

    user = create_user(email or f"{role}@ministry.test", "correct horse battery", name=name,
                       role=role, site_id=site.id)
    user.ui_lang = ui_lang
    _db.session.commit()
    return log_in_client(app, user.email, base_url=base_url, client=client), user


def app_with_plugins(make_plugin_app, *names: str):
    """An app with the project's plugins `names` on, their branches migrated.
    Flask-Babel caches catalogues per process: those of earlier apps, which
    lacked the plugins' own catalogues, are forgotten."""
    from gweb.config import PROJECT_ROOT
    from gweb.extensions import babel

    app = make_plugin_app(list(names), folder=PROJECT_ROOT / "plugins")
    assert app.extensions["gweb.test_upgrade_failures"] == {}
    babel.domain_instance.cache.clear()
    return app


def sample_url(rule) -> str:
    """A concrete URL for a URL rule: 1 for ids, "lo" for a language or any
    other part, the first choice of an any() part."""
    url = rule.rule
    for name, converter in rule._converters.items():
        if "int" in converter.__class__.__name__.lower():
            value = 1
        elif getattr(converter, "items", None):
            value = sorted(converter.items)[0]
        else:
            value = "lo"
        url = re.sub(rf"<[^>:]*:?{name}>", str(value), url)
    return url


@pytest.fixture
def login(client, make_user):
    """Log a new user with `role` in through the real login form."""

    def _login(role: str = "editor", base_url: str = "http://localhost"):
        user = make_user(role)
        page = client.get("/admin/login", base_url=base_url)
        response = client.post("/admin/login", base_url=base_url, data={
            "csrf_token": csrf_token_from(page.get_data(as_text=True)),
            "email": user.email, "password": "correct horse battery"})
        assert response.status_code == 302, response.get_data(as_text=True)
        return user

    return _login


@pytest.fixture
def three_candidates_narrow_windows(monkeypatch):
    """Search keeps three candidates at most, and on PostgreSQL asks for
    them in windows of two ids first, the planner's estimate said to be
    huge: a handful of documents then goes through every way of widening."""
    from gweb.search import backends
    from gweb.search.backends import postgres, sqlite

    for module in (backends, sqlite, postgres):
        monkeypatch.setattr(module, "CANDIDATES", 3)
    monkeypatch.setattr(postgres, "SMALLEST_WINDOW", 2)
    monkeypatch.setattr(postgres, "_estimated_matches", lambda sql, params: 10.0 ** 9)


@pytest.fixture(scope="session")
def postgres_url():
    """The PostgreSQL server named by GWEB_TEST_DATABASE_URL (skip when unset)."""
    url = os.environ.get("GWEB_TEST_DATABASE_URL")
    if not url:
        skip_or_fail("GWEB_TEST_DATABASE_URL is not set: the PostgreSQL suite needs a server")
    return url


class PostgresServer:
    """Creates and drops throw-away databases on the test server."""

    def __init__(self, url: str):
        import sqlalchemy as sa

        from gweb.config import database_uri

        self.sa = sa
        self.url = sa.engine.make_url(database_uri(url))
        self.admin = sa.create_engine(self.url, isolation_level="AUTOCOMMIT")
        self._dropper = None

    def create(self, template: str | None = None) -> tuple[str, str]:
        import uuid

        name = f"gweb_test_{uuid.uuid4().hex[:12]}"
        clause = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as conn:
            conn.execute(self.sa.text(f'CREATE DATABASE "{name}"{clause}'))
        return name, self.url.set(database=name).render_as_string(hide_password=False)

    def copy(self, template: str):
        """A test's own database copied from `template`: (its URI, a function
        that drops it in the background)."""
        name, uri = self.create(template=template)
        return uri, lambda: self.drop_later(name)

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(self.sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def drop_later(self, name: str) -> None:
        """Drop a test's database in the background: a DROP waits on the
        server's disk, and the next test need not wait with it."""
        if self._dropper is None:
            import queue
            import threading

            self._pending = queue.Queue()
            self._dropper = threading.Thread(target=self._drop_pending, daemon=True)
            self._dropper.start()
        self._pending.put(name)

    def _drop_pending(self) -> None:
        while (name := self._pending.get()) is not None:
            try:
                self.drop(name)
            except Exception as exc:  # a left-over database is no test failure
                print(f"could not drop test database {name}: {exc}")

    def finish(self) -> None:
        """Wait for the background drops (at the end of the run)."""
        if self._dropper is not None:
            self._pending.put(None)
            self._dropper.join()


@pytest.fixture(scope="session")
def postgres(postgres_url):
    server = PostgresServer(postgres_url)
    try:
        with server.admin.connect():
            pass
    except server.sa.exc.OperationalError as exc:
        skip_or_fail(f"PostgreSQL at {postgres_url} does not answer: {exc.orig}")
    yield server
    server.finish()
    server.admin.dispose()


@pytest.fixture(scope="session")
def pg_template(postgres, tmp_path_factory):
    """A PostgreSQL database upgraded through the real migrations, once per
    run, that each test's database is copied from."""
    name, uri = postgres.create()
    app = make_app(tmp_path_factory.mktemp("pg-template"), uri)
    with app.app_context():
        from gweb.schema import upgrade_all

        upgrade_all(app)
        _db.engine.dispose()
    yield name
    postgres.drop(name)


@pytest.fixture
def pg_database_from_template(postgres, pg_template):
    return postgres.copy(pg_template)


@pytest.fixture(scope="session")
def pg_site_template(postgres, pg_template, tmp_path_factory):
    """The PostgreSQL template with the standard test site in it."""
    name, uri = postgres.create(template=pg_template)
    _with_test_site(uri, tmp_path_factory.mktemp("pg-template-site"))
    yield name
    postgres.drop(name)


@pytest.fixture
def pg_database_from_site_template(postgres, pg_site_template):
    return postgres.copy(pg_site_template)


@pytest.fixture
def pg_app(tmp_path, postgres):
    """A gweb app on a new, empty PostgreSQL database (for migration tests)."""
    name, uri = postgres.create()
    app = make_app(tmp_path, uri)
    try:
        with app.app_context():
            yield app
            _db.session.remove()
            _db.engine.dispose()
    finally:
        postgres.drop(name)


# -- browser tests --
# Real Chromium (Debian's, never a downloaded one) driving a real gweb served by
# waitress on its own SQLite copy, with the standard site and the demo content.

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, once per run."""
    if not CHROMIUM.exists():
        skip_or_fail(f"{CHROMIUM} is missing: the browser suite needs Debian's chromium package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("playwright is not installed: the browser suite needs it")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class LiveServer(str):
    """The base URL of a running gweb (http://127.0.0.1:PORT), which also
    carries `.url` and the served `.app` (push `app.app_context()` to change
    its content while it runs)."""

    url: str
    app: object

    def __new__(cls, url: str, app):
        server = super().__new__(cls, url)
        server.url, server.app = url, app
        return server


@pytest.fixture(scope="module")
def live_server(tmp_path_factory, migrated_sqlite):
    """gweb served by waitress on 127.0.0.1 (a free port), with the standard
    site and the demo loaded; one per test module, since building it takes
    a second or two. Tests that add content must not break the others'."""
    import threading

    import waitress

    from gweb.demo.services import load_demo
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site

    folder = tmp_path_factory.mktemp("live-server")
    path = folder / "gweb.sqlite"
    shutil.copy(migrated_sqlite, path)
    app = make_app(folder, f"sqlite:///{path}")
    with app.app_context():
        site = create_site("ministry.test", {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Tests"})
        build_standard_site(site)
        load_demo(site)
        _db.session.remove()
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, name="gweb-live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(f"http://127.0.0.1:{server.effective_port}", app)
    finally:
        server.close()
        server.task_dispatcher.shutdown(timeout=5)
        thread.join(timeout=5)
        with app.app_context():
            _db.session.remove()
            _db.engine.dispose()


# Modules made of a few long sweeps (every URL, every table): xdist hands out
# each of their tests on its own, where `--dist loadscope` would give one
# worker the whole module and leave the others idle at the end of the run.
SPREAD_MODULES = {"tests/network/test_isolation.py", "tests/security/test_injection.py"}


def pytest_xdist_make_scheduler(config, log):
    if config.getoption("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class SpreadingLoadScope(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.split("::", 1)[0] in SPREAD_MODULES:
                return nodeid
            return super()._split_scope(nodeid)

    return SpreadingLoadScope(config, log)


class SmtpInbox:
    """What a real SMTP server on 127.0.0.1 received: `messages` (parsed),
    and `refuse` to make it answer every message with that (code, text)."""

    def __init__(self):
        self.messages = []
        self.refuse: tuple[int, str] | None = None

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes, policy

        if self.refuse:
            code, text = self.refuse
            return f"{code} {text}"
        message = message_from_bytes(envelope.original_content, policy=policy.default)
        self.messages.append(message)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server():
    """A real SMTP server (aiosmtpd) on a free local port, for one test:
    yields (inbox, config) where config holds the MAIL_* settings naming it."""
    from aiosmtpd.controller import Controller

    inbox = SmtpInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=closed_port())
    controller.start()
    try:
        yield inbox, {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": controller.port,
                      "MAIL_FROM": "web@ministry.test", "MAIL_TIMEOUT": 5}
    finally:
        controller.stop()


def closed_port() -> int:
    """A local port nothing listens on (an SMTP server that is away)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
