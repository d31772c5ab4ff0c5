"""The media package's own hook implementations."""
from gweb.hooks import hookimpl
from gweb.media.views import bp


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)
