"""Configuration: defaults here, then instance/config.py, then GWEB_* environment
variables, then the mapping passed to `create_app` (tests)."""
import os
from pathlib import Path

from flask import Flask

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("lo", "en")


class Defaults:
    """Embedded defaults: SQLite and local media in the instance folder."""

    SECRET_KEY = None
    DEBUG = False
    TESTING = False
    LANGUAGES = LANGUAGES
    DEFAULT_LANGUAGE = "lo"
    BABEL_DEFAULT_LOCALE = "lo"
    BABEL_DEFAULT_TIMEZONE = "Asia/Vientiane"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    MAX_CONTENT_LENGTH = 32 * 1024 * 1024
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False  # True forces it; otherwise Secure follows the request's scheme
    PROXY_FIX = 0  # hops of trusted reverse proxies (X-Forwarded-Proto decides https)
    REMEMBER_COOKIE_HTTPONLY = True
    WTF_CSRF_TIME_LIMIT = 8 * 3600
    # Plugins switched on for this installation (names, or "*" for every plugin
    # found) unless `gweb plugins enable|disable` recorded another choice;
    # PLUGINS_DISABLED always wins.
    PLUGINS_ENABLED = ()
    PLUGINS_DISABLED = ()
    PLUGINS_FOLDER = str(PROJECT_ROOT / "plugins")  # folder plugins, imported as plugins.<name>
    REDIS_URL = None
    RATELIMIT_STORAGE_URI = None  # default: REDIS_URL when set, else in memory
    RATELIMIT_HEADERS_ENABLED = True
    # Failed logins allowed before the form refuses for a while (limits syntax).
    LOGIN_LIMIT_PER_ACCOUNT = "5 per 15 minutes"
    LOGIN_LIMIT_PER_CLIENT = "20 per 15 minutes"
    # Requests for a password reset e-mail from one client (an account gets
    # at most one such e-mail in 15 minutes whoever asks).
    RESET_LIMIT_PER_CLIENT = "5 per 15 minutes"
    SESSION_IDLE_MINUTES = 30  # a logged-in session ends after this long without a request
    SESSION_MAX_HOURS = 12  # and after this long in any case
    # Werkzeug's method for password hashes (scrypt, N=2**15); test suites may
    # lower the cost ("scrypt:1024:8:1"): stored hashes name their own parameters.
    PASSWORD_HASH_METHOD = "scrypt"
    # Entries (one <url> per language each) in /sitemap.xml before it becomes
    # an index of numbered files, and in each numbered file.
    SITEMAP_ENTRIES_PER_FILE = 1000
    # Memory of a server process: SQLite's page cache per connection (each
    # server thread holds one; SQLite's own default: a smaller one saves
    # ~1.5 MB a thread but makes search slower), and glibc's malloc arenas,
    # which otherwise grow to one per thread and keep what a burst of
    # requests freed (0 leaves glibc's default).
    SQLITE_CACHE_KIB = 2000
    MALLOC_ARENA_MAX = 2
    # Outgoing e-mail (feedback notices...): off until MAIL_SERVER names an
    # SMTP server. MAIL_USE_TLS asks for STARTTLS, MAIL_USE_SSL connects
    # with TLS from the start (port 465). `gweb serve` delivers the outbox
    # every MAIL_INTERVAL seconds; elsewhere run `gweb mail send` from cron.
    MAIL_SERVER = ""
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_USERNAME = ""
    MAIL_PASSWORD = ""
    MAIL_FROM = ""  # default: gweb@<MAIL_SERVER>
    MAIL_INTERVAL = 15
    MAIL_TIMEOUT = 20


def load_config(app: Flask, overrides: dict | None) -> None:
    """Fill `app.config` in order: defaults, instance/config.py, GWEB_*, overrides."""
    app.config.from_object(Defaults)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + os.path.join(
        app.instance_path, "gweb.sqlite"
    )
    app.config["MEDIA_ROOT"] = os.path.join(app.instance_path, "media")
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = str(PROJECT_ROOT / "translations")
    app.config.from_pyfile("config.py", silent=True)
    # GWEB_DATABASE_URL becomes DATABASE_URL, values parsed as JSON when they can be.
    app.config.from_prefixed_env("GWEB")
    if overrides:
        app.config.update(overrides)
    url = app.config.get("DATABASE_URL")
    if url:
        app.config["SQLALCHEMY_DATABASE_URI"] = database_uri(url)
    app.config["LANGUAGES"] = tuple(app.config["LANGUAGES"])
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite") \
            and app.config["SQLALCHEMY_ENGINE_OPTIONS"] is Defaults.SQLALCHEMY_ENGINE_OPTIONS:
        # A SQLite file has no server to lose: pinging the connection before
        # each request's first query (a SELECT 1) only costs time.
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {}


def database_uri(url: str) -> str:
    """Map a plain postgresql:// URL onto the psycopg 3 driver SQLAlchemy needs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def instance_path() -> str:
    """The instance folder: GWEB_INSTANCE_PATH, else ./instance."""
    return os.path.abspath(os.environ.get("GWEB_INSTANCE_PATH") or "instance")
