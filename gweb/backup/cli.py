"""`gweb backup` and `gweb restore`."""
from pathlib import Path

import click
from flask.cli import with_appcontext

from gweb.backup import services
from gweb.cliutil import reports_errors
from gweb.timeutil import utcnow


def _progress(items, label):
    with click.progressbar(items, label=label, file=click.get_text_stream("stderr")) as bar:
        yield from bar


@click.command("backup")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Archive to write (default: instance/backups/gweb-<time>.tar.gz).")
@with_appcontext
@reports_errors
def backup_command(output):
    """Write the database and the media files to one archive, while the site serves."""
    from flask import current_app

    if output is None:
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        output = Path(current_app.instance_path) / "backups" / f"gweb-{stamp}.tar.gz"
    summary = services.create_backup(output, progress=_progress)
    click.echo(f"Backup written to {summary.path}: {summary.rows} rows in {summary.tables} "
               f"tables, {summary.media_files} media files.")


@click.command("restore")
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True,
              help="Delete the content this installation holds and put the backup's in its place.")
@with_appcontext
@reports_errors
def restore_command(archive, replace):
    """Restore a backup made by `gweb backup` (checked first; all or nothing)."""
    manifest = services.restore_backup(archive, replace=replace, progress=_progress)
    click.echo(f"Restored {manifest['rows']} rows and "
               f"{sum(1 for m in manifest['members'] if m.startswith('media/'))} media files "
               f"from the backup of {manifest['created_at']}.")
