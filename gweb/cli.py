"""The `gweb` command group: a Flask group whose commands come from the core
packages and plugins through the `gweb_cli` hook, plus the few that must run
before an app can exist (`gweb init`)."""
from __future__ import annotations

import os
import secrets
import sys

import click
from flask import current_app
from flask.cli import FlaskGroup, NoAppException, ScriptInfo, with_appcontext

from gweb.cliutil import fail


def _create_app():
    from gweb.app import ConfigurationError, create_app

    try:
        return create_app()
    except ConfigurationError as exc:
        raise NoAppException(str(exc)) from exc


class GwebGroup(FlaskGroup):
    """A FlaskGroup that reports a missing set-up in one line, and whose `db`
    group upgrades every plugin's branch too."""

    def get_command(self, ctx, name):
        if name == "db":
            from gweb.schema import db_group

            return db_group
        self._load_plugin_commands()
        command = click.Group.get_command(self, ctx, name)
        if command is not None:
            return command
        try:
            app = ctx.ensure_object(ScriptInfo).load_app()
        except NoAppException as exc:
            fail(exc.format_message())
        if not current_app or current_app._get_current_object() is not app:
            ctx.with_resource(app.app_context())
        return app.cli.get_command(ctx, name)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NoAppException as exc:  # raised inside with_appcontext commands
            fail(exc.format_message())


@click.group(cls=GwebGroup, create_app=_create_app, add_version_option=False,
             load_dotenv=False, set_debug_flag=False,
             help="gweb, the Government Web Platform.")
def cli():
    pass


@cli.command("init", with_appcontext=False)
@click.option("--domain", default="localhost", show_default=True,
              help="Domain of the first site, if none exists yet.")
@click.option("--name-lo", default="ເວັບໄຊທາງການ", show_default=True)
@click.option("--name-en", default="Official website", show_default=True)
def init_command(domain, name_lo, name_en):
    """Create the instance folder, a SECRET_KEY, the database and a standard site.

    Safe to run again: it upgrades the database and keeps every content.
    """
    from gweb.config import instance_path

    folder = instance_path()
    os.makedirs(os.path.join(folder, "media"), exist_ok=True)
    config_file = os.path.join(folder, "config.py")
    if not os.path.exists(config_file) and not os.environ.get("GWEB_SECRET_KEY"):
        with open(config_file, "w", encoding="utf-8") as handle:
            handle.write("# Written by `gweb init`. Keep this file secret.\n"
                         f"SECRET_KEY = {secrets.token_hex(32)!r}\n")
        os.chmod(config_file, 0o600)
        click.echo(f"Wrote a new SECRET_KEY to {config_file}")
    app = _create_app()
    with app.app_context():
        from gweb.cliutil import reports_errors
        from gweb.sites import services as sites
        from gweb.sites.structure import build_standard_site

        _upgrade_database(app)
        if sites.count_sites() == 0:
            @reports_errors
            def _first_site():
                site = sites.create_site(domain, {"lo": name_lo, "en": name_en})
                build_standard_site(site)
                return site
            site = _first_site()
            click.echo(f"Created the site {site.primary_domain} with the standard pages.")
    click.echo(f"Instance ready in {folder}")


def _upgrade_database(app) -> None:
    from gweb.schema import upgrade_all

    for name, error in upgrade_all(app).items():
        click.echo(f"Warning: plugin {name} is not upgraded: {error}", err=True)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
@with_appcontext
def serve_command(host, port, threads):
    """Serve the site with waitress (production-grade, pure Python)."""
    import waitress
    from flask import current_app

    from gweb.serving import prepare_to_serve

    prepare_to_serve(current_app._get_current_object())
    click.echo(f"Serving http://{host}:{port}/ with waitress (Ctrl+C stops)")
    waitress.serve(current_app._get_current_object(), host=host, port=port,
                   threads=threads, ident="gweb")


def main() -> None:
    """Entry point of the `gweb` console script."""
    cli.main(prog_name="gweb", args=sys.argv[1:])
