"""The mail package's own hook implementations: its command."""
from gweb.hooks import hookimpl
from gweb.mail.cli import mail_group


@hookimpl
def gweb_cli(cli):
    cli.add_command(mail_group)
