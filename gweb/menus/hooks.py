"""The menus package's own hook implementations."""
from flask_babel import lazy_gettext as _l

from gweb.hooks import hookimpl
from gweb.menus.admin import bp


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "menus_admin.index", "label": _l("Menus"),
             "permission": "menus.edit", "order": 30}]
