"""The media package's own hook implementations."""
from flask_babel import lazy_gettext as _l

from gweb.hooks import hookimpl
from gweb.media.admin import bp as admin_bp
from gweb.media.services import DEFAULT_MAX_BYTES
from gweb.media.views import bp


@hookimpl
def gweb_default_settings():
    # The largest upload accepted, in bytes (requests are also capped by
    # MAX_CONTENT_LENGTH, 32 MB by default).
    return {"MEDIA_MAX_BYTES": DEFAULT_MAX_BYTES}


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)
    app.register_blueprint(admin_bp)


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "media_admin.index", "label": _l("Media library"),
             "permission": "media.upload", "order": 30}]
