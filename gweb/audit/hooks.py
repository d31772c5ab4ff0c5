"""The audit package's own hook implementations."""
from flask_babel import lazy_gettext as _l

from gweb.audit.labels import action_label
from gweb.audit.views import bp
from gweb.hooks import hookimpl


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_jinja_env(env):
    env.filters["audit_action"] = action_label


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "audit_admin.index", "label": _l("Audit log"),
             "permission": "audit.view", "order": 90}]
