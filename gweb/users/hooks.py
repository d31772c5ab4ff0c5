"""The users package's own hook implementations."""
from flask_babel import lazy_gettext as _l

from gweb.hooks import hookimpl
from gweb.users.admin import bp
from gweb.users.cli import user_group


@hookimpl
def gweb_cli(cli):
    cli.add_command(user_group)


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "users_admin.index", "label": _l("Users"),
             "permission": "users.manage", "order": 80},
            {"endpoint": "users_admin.password", "label": _l("My password"),
             "permission": "admin.access", "order": 95},
            {"endpoint": "users_admin.notices", "label": _l("My e-mail notices"),
             "permission": "admin.access", "order": 97}]
