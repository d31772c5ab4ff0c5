"""`gweb documents ...` commands."""
import click
from flask.cli import with_appcontext


@click.group("documents")
def documents_group():
    """The legal documents library."""


@documents_group.command("rekey")
@with_appcontext
def rekey_command():
    """Compute the title sort keys of every document again. Run it after an
    upgrade of pyicu-wheels (ICU) changes its collation version."""
    from .listing import refresh_title_keys

    click.echo(f"{refresh_title_keys()} document(s) re-keyed.")
