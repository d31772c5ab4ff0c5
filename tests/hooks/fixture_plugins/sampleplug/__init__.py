"""A plugin for the tests: a model with its own migration branch, public and
admin pages, a template, static files, a catalogue, settings, a permission."""
from pathlib import Path

from flask import Blueprint, g, render_template
from markupsafe import Markup

from gweb.admin.guard import permission_required
from gweb.extensions import db
from gweb.hooks import hookimpl
from gweb.hooks.settings import plugin_settings

HERE = Path(__file__).parent
public = Blueprint("sampleplug", __name__, url_prefix="/<lang:lang>/sampleplug",
                   template_folder="templates")
admin = Blueprint("sampleplug_admin", __name__, url_prefix="/admin/sampleplug")


@public.route("/")
def index(lang):
    from .models import SampleplugNote

    notes = db.session.query(SampleplugNote).filter_by(site_id=g.site.id).count()
    return render_template("sampleplug/index.html", lang=lang, notes=notes,
                           settings=plugin_settings(g.site, "sampleplug"))


@admin.route("/")
@permission_required("sampleplug.manage")
def manage():
    return "sampleplug admin"


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(public)
    app.register_blueprint(admin)


@hookimpl
def gweb_load_migrations():
    return HERE / "migrations" / "versions"


@hookimpl
def gweb_load_translations():
    return HERE / "translations"


@hookimpl
def gweb_plugin_info():
    return {"label": {"lo": "ສ່ວນເສີມທົດສອບ", "en": "Sample plugin"}, "version": "1.2"}


@hookimpl
def gweb_permissions():
    # The second is refused: a plugin may not define a core permission.
    return {"sampleplug.manage": "editor", "pages.publish": "author"}


@hookimpl
def gweb_plugin_settings():
    return [
        {"name": "greeting", "label": "Greeting", "default": "hello", "translated": True},
        {"name": "per_page", "label": "Per page", "kind": "int", "default": 10},
        {"name": "show_top", "label": "Show the top line", "kind": "bool", "default": True},
        {"name": "tone", "label": "Tone", "kind": "choice", "default": "calm",
         "choices": [("calm", "Calm"), ("loud", "Loud")]},
    ]


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "sampleplug_admin.manage", "label": "Sample",
             "permission": "sampleplug.manage", "order": 70}]


@hookimpl
def gweb_menu_items(site, lang):
    return [{"menu": "footer", "label": "Sample footer link", "url": f"/{lang}/sampleplug/",
             "order": 99}]


@hookimpl
def gweb_tpl_top(site, lang, page):
    if plugin_settings(site, "sampleplug")["show_top"]:
        return Markup('<p id="sampleplug-top">sample top line</p>')
    return None
