"""The backup package's own hook implementations."""
from gweb.hooks import hookimpl


@hookimpl
def gweb_cli(cli):
    from gweb.backup.cli import backup_command, restore_command

    cli.add_command(backup_command)
    cli.add_command(restore_command)
