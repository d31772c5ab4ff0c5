"""The users package's own hook implementations."""
from gweb.hooks import hookimpl
from gweb.users.cli import user_group


@hookimpl
def gweb_cli(cli):
    cli.add_command(user_group)
