"""The network package's own hook implementations."""
from flask_babel import lazy_gettext as _l

from gweb.hooks import hookimpl
from gweb.network.views import bp


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_admin_menu_items(user):
    # The sidebar shows each entry only to whom holds its permission.
    return [{"endpoint": "network.index", "label": _l("All sites (network)"),
             "permission": "network.manage", "order": 90},
            {"endpoint": "network.my_sites", "label": _l("My sites"),
             "permission": "admin.access", "order": 92}]
