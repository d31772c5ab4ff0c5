"""The admin package's own hook implementations."""
from gweb.admin.views import bp
from gweb.hooks import hookimpl


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)
