"""The two-factor package's own hook implementations."""
from flask_babel import lazy_gettext as _l

from gweb.hooks import hookimpl
from gweb.twofactor.views import bp


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "twofactor.site", "label": _l("Two-factor login"),
             "permission": "users.manage", "order": 82},
            {"endpoint": "twofactor.account", "label": _l("My two-factor login"),
             "permission": "admin.access", "order": 96}]


@hookimpl
def gweb_audit_labels():
    return {"twofactor.enable": _l("Two-factor authentication turned on"),
            "twofactor.disable": _l("Two-factor authentication turned off"),
            "twofactor.recovery_codes": _l("New recovery codes made"),
            "twofactor.reset": _l("Two-factor authentication reset by an admin"),
            "twofactor.site_rule": _l("Two-factor rule of the site changed")}
