"""The application factory: config -> extensions -> plugins -> blueprints."""
from __future__ import annotations

import gc
import logging
from typing import Any

from pathlib import Path

from flask import Flask, abort, g, request
from flask_login import current_user
from jinja2 import ChoiceLoader, FileSystemLoader
from werkzeug.routing import RequestRedirect, Rule

from gweb import errorpages, i18n
from gweb.security import headers as security_headers
from gweb.security import session_timeout
from gweb.security import params
from gweb.config import PROJECT_ROOT, instance_path, load_config
from gweb.extensions import babel, csrf, db, limiter, login_manager
from gweb.hooks.manager import EXTENSION_KEY, PluginHost
from gweb.sessions import GwebSessionInterface
from gweb.sites.current import RequestGlobals

# Hook modules of the core packages, registered before any plugin.
CORE_HOOK_MODULES = (
    "gweb.cache.hooks",
    "gweb.sites.hooks",
    "gweb.pages.hooks",
    "gweb.menus.hooks",
    "gweb.media.hooks",
    "gweb.users.hooks",
    "gweb.admin.hooks",
    "gweb.audit.hooks",
    "gweb.demo.hooks",
    "gweb.hooks.hooks",
    "gweb.backup.hooks",
    "gweb.search.hooks",
    "gweb.seo.hooks",
    "gweb.twofactor.hooks",
    "gweb.network.hooks",
    "gweb.mail.hooks",
)


class LazyBuilderRule(Rule):
    """A URL rule whose URL builder is compiled the first time `url_for`
    needs it. Werkzeug writes and compiles two small Python functions for
    every rule as it is added: a quarter of `create_app` for ~170 rules,
    most of which a server process never builds a URL for."""

    def _compile_builder(self, append_unknown: bool = True):
        compile_builder = super()._compile_builder
        name = "_build_unknown" if append_unknown else "_build"

        def build(rule, *args, **kwargs):
            compiled = compile_builder(append_unknown).__get__(rule, None)
            setattr(rule, name, compiled)  # two threads at once compile the same function
            return compiled(*args, **kwargs)

        return build


class GwebFlask(Flask):
    """Flask, which asks whether each request hook and view is a coroutine
    function (inspect, ~24 times a request) only once per function, and
    compiles URL builders when first used (LazyBuilderRule)."""

    url_rule_class = LazyBuilderRule

    def ensure_sync(self, func):
        known = self.__dict__.setdefault("_gweb_sync", {})
        try:
            if func in known:
                return func
        except TypeError:  # not hashable
            return super().ensure_sync(func)
        made = super().ensure_sync(func)
        if made is func and len(known) < 1000:  # hooks made per request stay out
            known[func] = True
        return made


class ConfigurationError(RuntimeError):
    """The installation is not set up well enough to start."""


def create_app(config: dict[str, Any] | None = None, instance: str | None = None) -> Flask:
    """Build a gweb application; `config` overrides every other source and
    `instance` the instance folder (default: GWEB_INSTANCE_PATH or ./instance)."""
    # Nearly everything made here lives as long as the app, so the cyclic
    # collector's passes over it while it is being made are wasted work
    # (~15% of a start-up); it runs as before once the app is built.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_app(config, instance)
    finally:
        if collecting:
            gc.enable()


def _build_app(config: dict[str, Any] | None, instance: str | None) -> Flask:
    app = GwebFlask("gweb", instance_path=instance or instance_path(), instance_relative_config=True)
    app.app_ctx_globals_class = RequestGlobals  # g.site read when first used
    load_config(app, config)
    if not app.config.get("SECRET_KEY"):
        raise ConfigurationError(
            "no SECRET_KEY: run `gweb init` (it writes one to instance/config.py) "
            "or set GWEB_SECRET_KEY")
    _init_logging(app)
    app.session_interface = GwebSessionInterface()
    if app.config.get("PROXY_FIX"):
        # Behind a reverse proxy: trust its X-Forwarded-For/Proto/Host (one hop each by default).
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = int(app.config["PROXY_FIX"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    _init_extensions(app)
    app.url_map.converters["lang"] = i18n.language_converter(app.config["LANGUAGES"])
    # No id in a URL past what the database holds.
    app.url_map.converters["int"] = params.IntegerIdConverter
    _init_plugins(app)
    errorpages.register(app)
    security_headers.init_app(app)
    params.init_app(app)
    session_timeout.init_app(app)
    return app


def _init_logging(app: Flask) -> None:
    if not app.debug and not app.testing:
        logging.basicConfig(level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s")
        for handler in logging.getLogger().handlers:
            if not any(isinstance(f, errorpages.RequestIdFilter) for f in handler.filters):
                handler.addFilter(errorpages.RequestIdFilter())


def _init_extensions(app: Flask) -> None:
    db.init_app(app)
    csrf.init_app(app)
    if not app.config.get("RATELIMIT_STORAGE_URI"):
        app.config["RATELIMIT_STORAGE_URI"] = app.config.get("REDIS_URL") or "memory://"
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "admin.login"
    login_manager.login_message = None
    from gweb import models  # noqa: F401  (every model known to SQLAlchemy and Alembic)
    from gweb.users.services import load_user

    login_manager.user_loader(load_user)
    with app.app_context():
        _tune_sqlite(app)


def _tune_sqlite(app: Flask) -> None:
    """WAL, a busy timeout, enforced foreign keys and a bounded page cache on
    every SQLite connection."""
    engine = db.engine
    if engine.dialect.name != "sqlite":
        return
    from sqlalchemy import event

    cache_kib = int(app.config["SQLITE_CACHE_KIB"])

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA cache_size=-{cache_kib}")
        cursor.close()


def _init_plugins(app: Flask) -> None:
    from gweb.hooks import services as plugin_services
    from gweb.users.permissions import PLUGIN_PERMISSIONS_KEY

    host = PluginHost(Path(app.config["PLUGINS_FOLDER"]))
    app.extensions[EXTENSION_KEY] = host
    host.register_core(CORE_HOOK_MODULES)
    with app.app_context():
        states = plugin_services.installation_states(db.engine)
    host.load(app.config["PLUGINS_ENABLED"], app.config["PLUGINS_DISABLED"], states)
    host.site_states = plugin_services.plugins_off_for_site
    app.extensions[PLUGIN_PERMISSIONS_KEY] = host.permissions
    for defaults in host.call("gweb_default_settings"):
        for key, value in defaults.items():
            app.config.setdefault(key, value)
    extra = [str(p) for p in host.call("gweb_load_translations")]
    for folder in extra:
        i18n.compile_stale_catalogues(folder)
    if extra:
        app.config["BABEL_TRANSLATION_DIRECTORIES"] = ";".join(
            [app.config["BABEL_TRANSLATION_DIRECTORIES"], *extra])
    # An installation overrides any template (core or plugin) with a file of
    # the same path in instance/templates/.
    app.jinja_loader = ChoiceLoader([
        FileSystemLoader(str(Path(app.instance_path) / "templates")),
        FileSystemLoader(str(PROJECT_ROOT / "gweb" / "templates"))])
    host.load_blueprints(app)
    from gweb.pages.views import publish_what_is_due

    # After sites.match_site, which finds the site it publishes on.
    app.before_request(publish_what_is_due)

    @app.before_request
    def _plugin_off_for_site():
        # After sites.match_site (registered with the core blueprints above).
        # A URL of a plugin that is off for this site (or a redirect to one,
        # such as /lo/news -> /lo/news/) is the site's own page there, if any.
        plugin = host.plugin_of_request(request.blueprint)
        redirect = request.routing_exception
        if plugin is None and isinstance(redirect, RequestRedirect):
            plugin = host.plugin_of_path(app, redirect.new_url)
        if not plugin or plugin not in host.off_for_site():
            return None
        lang, _, rest = request.path.strip("/").partition("/")
        if not i18n.is_language(lang):
            abort(404)
        g.lang = lang
        return app.view_functions["pages.show"](lang=lang, path=rest.strip("/"))

    host.call("gweb_cli", cli=app.cli)
    host.call("gweb_jinja_env", env=app.jinja_env)
    app.jinja_env.globals["run_hook"] = host.render_slot
    # After the plugins, so that their catalogues are among the directories.
    babel.init_app(app, locale_selector=i18n.select_locale)
    babel.domain_instance = i18n.AppTranslationsDomain(domain="messages")
    i18n.register_jinja(app)
