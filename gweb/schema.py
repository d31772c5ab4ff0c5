"""Database schema upgrades: the core's Alembic versions plus one branch per
enabled plugin, upgraded together (`gweb db upgrade`, `gweb init`)."""
from __future__ import annotations

import os

import click
import flask_migrate
from flask import Flask, current_app
from flask.cli import with_appcontext

from gweb.hooks.manager import plugin_host


def version_locations() -> list[str]:
    """Folders of Alembic versions: the core's, then each enabled plugin's."""
    core = current_app.extensions["migrate"].directory + "/versions"
    return [core, *[str(p) for p in plugin_host().call("gweb_load_migrations")]]


def configure_alembic(config):
    """Flask-Migrate callback: let Alembic see every plugin's branch."""
    config.set_main_option("version_locations", os.pathsep.join(version_locations()))
    return config


def upgrade_all(app: Flask | None = None) -> None:
    """Upgrade the core and every enabled plugin to their latest revision."""
    flask_migrate.upgrade(revision="heads")


@click.group("db")
def db_group():
    """Database schema: upgrade, current state, new revisions."""


@db_group.command("upgrade")
@click.argument("revision", default="heads")
@with_appcontext
def upgrade_command(revision):
    """Upgrade the schema (default: the core and every plugin to their heads)."""
    flask_migrate.upgrade(revision=revision)


@db_group.command("downgrade")
@click.argument("revision", default="-1")
@with_appcontext
def downgrade_command(revision):
    """Revert the schema to REVISION (default: one step back)."""
    flask_migrate.downgrade(revision=revision)


@db_group.command("current")
@with_appcontext
def current_command():
    """Show the revision(s) the database is at."""
    flask_migrate.current()


@db_group.command("heads")
@with_appcontext
def heads_command():
    """Show the latest revision of every branch."""
    flask_migrate.heads()


@db_group.command("revision")
@click.option("-m", "--message", required=True)
@click.option("--autogenerate/--empty", default=True)
@click.option("--head", default="gweb@head", show_default=True,
              help="Branch to extend, e.g. news@head for the news plugin.")
@with_appcontext
def revision_command(message, autogenerate, head):
    """Write a new revision (for developers of gweb and of plugins)."""
    flask_migrate.revision(message=message, autogenerate=autogenerate, head=head)
