"""Notice banner: an announcement at the top of every public page.

The example plugin of docs/plugins.md. Everything it adds to gweb goes through
the hooks below; it imports nothing of the core but `gweb.hooks` and public
service functions.
"""
from pathlib import Path

from flask import render_template
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from gweb.hooks import hookimpl
from gweb.hooks.settings import plugin_settings

from . import services
from .admin import bp

HERE = Path(__file__).resolve().parent


@hookimpl
def gweb_plugin_info():
    return {"label": {"lo": "ປ້າຍແຈ້ງການ", "en": "Notice banner"},
            "description": {"lo": "ສະແດງແຈ້ງການຢູ່ເທິງສຸດຂອງທຸກໜ້າ",
                            "en": "Shows an announcement at the top of every page"},
            "version": "1.0"}


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_load_migrations():
    return HERE / "migrations" / "versions"


@hookimpl
def gweb_load_translations():
    return HERE / "translations"


@hookimpl
def gweb_permissions():
    return {"notice.edit": "editor"}


@hookimpl
def gweb_plugin_settings():
    return [{"name": "placement", "kind": "choice", "default": "every",
             "label": _l("Where the banner shows"),
             "choices": [("every", _l("On every public page")),
                         ("home", _l("On the home page only"))]}]


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "notice_admin.index", "label": _l("Notice banners"),
             "permission": "notice.edit", "order": 60}]


@hookimpl
def gweb_tpl_top(site, lang, page):
    if site is None:
        return None
    banners = services.showing_now(site.id)
    if not banners:
        return None
    on_home = getattr(page, "key", None) == "home"
    if plugin_settings(site, "notice")["placement"] == "home" and not on_home:
        return None
    return Markup(render_template("notice/banner.html", banners=banners, lang=lang))


@hookimpl
def gweb_cache_horizon(site_id, now):
    """Cached pages end when something of this plugin is due to change by itself."""
    return services.next_change(site_id, now)


@hookimpl
def gweb_audit_labels():
    """What the audit log calls this plugin's actions, in the reader's language."""
    return {
        "notice.create": _l("Notice banner created"),
        "notice.update": _l("Notice banner changed"),
        "notice.delete": _l("Notice banner deleted"),
    }
