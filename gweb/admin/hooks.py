"""The admin package's own hook implementations."""
from flask_babel import lazy_gettext as _l

from gweb.admin.views import bp
from gweb.hooks import hookimpl


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "admin.dashboard", "label": _l("Dashboard"),
             "permission": "admin.access", "order": 0}]
