"""The e-services directory: what each service is, who it is for, steps,
documents, fees, processing time, the responsible office and the link to the
online service; downtime/maintenance notices; a link checker on the command
line (`gweb eservices check-links`).

Everything it adds to gweb goes through the hooks below.
"""
from pathlib import Path

from flask_babel import lazy_gettext as _l

from gweb.hooks import hookimpl

from . import services

HERE = Path(__file__).resolve().parent
PUBLIC_NAME = "services"  # DESIGN.md: the directory lives at /<lang>/services/


@hookimpl
def gweb_plugin_info():
    return {"label": {"lo": "ບໍລິການອອນລາຍ", "en": "E-services"},
            "description": {"lo": "ລາຍການບໍລິການສຳລັບປະຊາຊົນ, ວິສາຫະກິດ ແລະ ພະນັກງານລັດ",
                            "en": "The directory of services for citizens, businesses and "
                                  "civil servants"},
            "version": "1.0", "public_names": [PUBLIC_NAME]}


@hookimpl
def gweb_load_blueprints(app):
    from .admin import bp as admin_bp
    from .views import bp

    # /<lang>/services/ when the host grants the name, else the plugin's own prefix.
    if PUBLIC_NAME in getattr(app, "public_names", ()):
        app.register_blueprint(bp, url_prefix=f"/<lang:lang>/{PUBLIC_NAME}")
    else:
        app.register_blueprint(bp)
    app.register_blueprint(admin_bp)


@hookimpl
def gweb_load_migrations():
    return HERE / "migrations" / "versions"


@hookimpl
def gweb_load_translations():
    return HERE / "translations"


@hookimpl
def gweb_permissions():
    return {"eservices.edit": "editor"}


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "eservices_admin.index", "label": _l("E-services"),
             "permission": "eservices.edit", "order": 45}]


@hookimpl
def gweb_cli(cli):
    from .cli import eservices_group

    cli.add_command(eservices_group)


@hookimpl
def gweb_search_documents(site):
    return services.search_documents(site.id)


@hookimpl
def gweb_sitemap_urls(site):
    return services.sitemap_urls(site.id)


@hookimpl
def gweb_demo_content(site):
    from .demo import add_demo

    return add_demo(site)


@hookimpl
def gweb_cache_horizon(site_id, now):
    """Cached pages end when something of this plugin is due to change by itself."""
    return services.next_change(site_id, now)


@hookimpl
def gweb_audit_labels():
    """What the audit log calls this plugin's actions, in the reader's language."""
    return {
        "eservices.create": _l("Service added"),
        "eservices.update": _l("Service changed"),
        "eservices.delete": _l("Service deleted"),
        "eservices.notice": _l("Service notice saved"),
        "eservices.notice_delete": _l("Service notice deleted"),
    }
