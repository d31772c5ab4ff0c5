"""The plugin manager's own hook implementations: the Plugins screen and the
`gweb plugins` commands."""
from flask_babel import lazy_gettext as _l

from gweb.hooks import hookimpl
from gweb.hooks.admin import bp


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "plugins_admin.index", "label": _l("Plugins"),
             "permission": "plugins.manage", "order": 82}]


@hookimpl
def gweb_cli(cli):
    from gweb.hooks.cli import plugins_group

    cli.add_command(plugins_group)
