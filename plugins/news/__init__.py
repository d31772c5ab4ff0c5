"""News and announcements: articles with a featured image, categories,
scheduled publication, pinned announcements, paged lists, a permalink per
article, an Atom feed per language, and the latest news on the home page.

Everything it adds to gweb goes through the hooks below.
"""
from pathlib import Path

from flask import render_template, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from gweb.cache.services import site_memo
from gweb.hooks import hookimpl
from gweb.media.services import RENDITION_WIDTHS

from . import services

HERE = Path(__file__).resolve().parent


@hookimpl
def gweb_plugin_info():
    return {"label": {"lo": "ຂ່າວສານ ແລະ ປະກາດ", "en": "News and announcements"},
            "description": {"lo": "ຂ່າວ, ແຈ້ງການ ແລະ ປະກາດ ພ້ອມຟີດ Atom ແລະ ຂ່າວຫຼ້າສຸດຢູ່ໜ້າຫຼັກ",
                            "en": "News, notices and announcements with an Atom feed and the "
                                  "latest news on the home page"},
            "version": "1.0"}


@hookimpl
def gweb_load_blueprints(app):
    from .admin import bp as admin_bp
    from .views import bp

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
    # Authors write drafts; editors publish, pin, unpin and delete.
    return {"news.write": "author", "news.edit": "editor"}


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "news_admin.index", "label": _l("News"),
             "permission": "news.write", "order": 40}]


@hookimpl
def gweb_jinja_env(env):
    env.globals["news_image_widths"] = image_widths


def image_widths(image, largest: int = 1280) -> list[int]:
    """The rendition widths worth offering for `image` (none wider than the
    original, at least the smallest)."""
    widths = [w for w in RENDITION_WIDTHS if w <= largest and w <= (image.width or largest)]
    return widths or [RENDITION_WIDTHS[0]]


@hookimpl
def gweb_tpl_home(site, lang, page):
    if site is None:
        return None
    # The same for every visitor until the site's content changes or an
    # article's publication or pin starts or ends (gweb_cache_horizon).
    return site_memo(site.id, ("news_home", lang, str(get_locale()), request.script_root),
                     lambda: _home_block(site, lang))


def _home_block(site, lang: str):
    pinned = services.pinned(site.id)
    shown = {a.id for a in pinned}
    items = [a for a in services.latest(site.id, 4 + len(shown)) if a.id not in shown][:4]
    if not items and not pinned:
        return None
    return Markup(render_template("news/home.html", items=items, pinned=pinned, lang=lang,
                                  site=site, category_label=services.category_label))


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
        "news.create": _l("News article created"),
        "news.update": _l("News article changed"),
        "news.pin": _l("Article pinned as an announcement"),
        "news.unpin": _l("Article unpinned"),
        "news.delete": _l("News article deleted"),
    }
