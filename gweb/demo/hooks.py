"""The demo package's own hook implementations."""
from gweb.demo.cli import demo_command
from gweb.hooks import hookimpl


@hookimpl
def gweb_cli(cli):
    cli.add_command(demo_command)
