"""Database schema upgrades: the core's Alembic versions plus one branch per
enabled plugin, upgraded together (`gweb db upgrade`, `gweb init`)."""
from __future__ import annotations

import logging
import os

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from gweb.cliutil import fail
from gweb.config import PROJECT_ROOT
from gweb.hooks.manager import plugin_host

log = logging.getLogger("gweb.plugins")
CORE_BRANCH = "gweb"
MIGRATIONS_DIR = str(PROJECT_ROOT / "gweb" / "migrations")


def migrations(app: Flask | None = None):
    """The app's Flask-Migrate state, set up on first use. Serving pages never
    needs Alembic, so it is imported only for schema work: a server starts
    faster and holds less memory."""
    app = app or current_app._get_current_object()
    state = app.extensions.get("migrate")
    if state is None:
        from flask_migrate import Migrate

        from gweb.extensions import db

        migrate = Migrate()
        migrate.configure(configure_alembic)
        migrate.init_app(app, db, directory=MIGRATIONS_DIR, render_as_batch=True)
        state = app.extensions["migrate"]
    return state


def version_locations() -> list[str]:
    """Folders of Alembic versions: the core's, then each enabled plugin's."""
    return [MIGRATIONS_DIR + "/versions",
            *[str(p) for p in plugin_host().call("gweb_load_migrations")]]


def configure_alembic(config):
    """Flask-Migrate callback: let Alembic see every plugin's branch."""
    config.set_main_option("version_locations", os.pathsep.join(version_locations()))
    return config


def owned_tables() -> set[str]:
    """Tables this app's schema holds: every table of the metadata except those
    whose model belongs to a plugin that is not running here (a disabled
    plugin keeps its tables, and the core's migrations never touch them)."""
    from gweb.extensions import db

    loaded = set(plugin_host().plugin_names())
    foreign, absent_owners = set(), set()
    for mapper in db.Model.registry.mappers:
        module = mapper.class_.__module__
        if module.startswith("gweb."):
            continue
        parts = module.split(".")
        owner = parts[1] if parts[0] == "plugins" and len(parts) > 1 else parts[0]
        if owner not in loaded:
            foreign.add(mapper.local_table.name)
            absent_owners.add(owner)
    # Tables without a model (association tables) go by the plugin's prefix.
    foreign.update(name for name in db.metadata.tables
                   if any(name.startswith(owner + "_") for owner in absent_owners))
    return set(db.metadata.tables) - foreign


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic filter: compare and generate only the tables this app owns (and
    leave alone the search index's database-specific structures)."""
    from gweb.search.models import is_index_structure

    table = getattr(getattr(obj, "table", None), "name", None)
    if reflected and compare_to is None and is_index_structure(name, type_, table):
        return False
    if type_ == "table":
        return name in owned_tables()
    return True


# Tables whose size decides the plans of page views and searches: their
# statistics are refreshed when one has grown or shrunk this many times.
PLANNED_TABLES = ("page_translation", "search_document")
STATISTICS_DRIFT = 2


def refresh_planner_statistics(app: Flask) -> bool:
    """Give SQLite's query planner statistics (ANALYZE, sampled: quick on
    any size) when a server starts, unless those it has still count the
    main tables within STATISTICS_DRIFT times their rows (a restart then
    costs no ANALYZE: 40-300 ms of a start-up, with its writes). Without
    statistics SQLite reads a 10,000-page tree through the (site, language,
    status) index for a page's children or breadcrumbs instead of the
    parent and path indexes: constant query counts, linear time.
    PostgreSQL's autovacuum keeps its own. Returns whether it analysed."""
    from sqlalchemy import inspect, text

    from gweb.extensions import db

    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            return False
        try:
            with db.engine.begin() as connection:
                if not inspect(connection).has_table("page_translation"):
                    return False  # not initialised yet: nothing to plan for
                if _statistics_hold(connection):
                    return False
                connection.execute(text("PRAGMA analysis_limit=400"))
                connection.execute(text("ANALYZE"))
                return True
        except Exception as exc:  # a locked or read-only database: serve anyway
            logging.getLogger("gweb.schema").warning("could not refresh SQLite statistics: %s", exc)
            return False


def _statistics_hold(connection) -> bool:
    from sqlalchemy import text

    if not connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar():
        return False
    for table in PLANNED_TABLES:
        stat = connection.execute(text(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = :table LIMIT 1"), {"table": table}).scalar()
        rows = connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
        if not stat:
            if rows:
                return False
            continue  # ANALYZE writes nothing for an empty table
        counted = int(stat.split()[0])
        if max(rows, 1) > STATISTICS_DRIFT * max(counted, 1) \
                or counted > STATISTICS_DRIFT * max(rows, 1):
            return False
    return True


def upgrade_all(app: Flask | None = None) -> dict[str, str]:
    """Upgrade the core, then each enabled plugin's branch on its own (its
    branch label is the plugin's name). Returns plugin name -> error for the
    plugins whose upgrade failed: their tables stay as they were, while the
    core and every other plugin are upgraded. A failure of the core raises."""
    from alembic import command

    config = migrations(app).migrate.get_config()
    command.upgrade(config, f"{CORE_BRANCH}@head")
    failures = {}
    host = plugin_host()
    for name in host.plugin_names():
        if not host.call_plugin(name, "gweb_load_migrations"):
            continue
        try:
            command.upgrade(config, f"{name}@head")
        except Exception as exc:
            log.exception("the migrations of plugin %s failed", name)
            failures[name] = f"{type(exc).__name__}: {exc}"
    return failures


@click.group("db")
def db_group():
    """Database schema: upgrade, current state, new revisions."""


@db_group.command("upgrade")
@click.argument("revision", required=False)
@with_appcontext
def upgrade_command(revision):
    """Upgrade the schema (default: the core and every enabled plugin to their
    latest revision)."""
    if revision:
        _flask_migrate().upgrade(revision=revision)
        return
    failures = upgrade_all()
    if failures:
        fail("; ".join(f"plugin {name}: migration failed ({error})"
                       for name, error in failures.items()))


@db_group.command("downgrade")
@click.argument("revision", default="-1")
@with_appcontext
def downgrade_command(revision):
    """Revert the schema to REVISION (default: one step back)."""
    _flask_migrate().downgrade(revision=revision)


@db_group.command("current")
@with_appcontext
def current_command():
    """Show the revision(s) the database is at."""
    _flask_migrate().current()


@db_group.command("heads")
@with_appcontext
def heads_command():
    """Show the latest revision of every branch."""
    _flask_migrate().heads()


@db_group.command("revision")
@click.option("-m", "--message", required=True)
@click.option("--autogenerate/--empty", default=True)
@click.option("--head", default="gweb@head", show_default=True,
              help="Branch to extend, e.g. news@head for the news plugin.")
@with_appcontext
def revision_command(message, autogenerate, head):
    """Write a new revision (for developers of gweb and of plugins)."""
    _flask_migrate().revision(message=message, autogenerate=autogenerate, head=head)


def _flask_migrate():
    """Flask-Migrate's commands, with the app's migrations set up."""
    import flask_migrate

    migrations()
    return flask_migrate
