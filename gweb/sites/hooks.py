"""The sites package's own hook implementations."""
from gweb.hooks import hookimpl
from gweb.sites.cli import site_group
from gweb.sites.views import bp


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_cli(cli):
    cli.add_command(site_group)
