"""Legal documents: laws, decrees, decisions, instructions, notices,
agreements and drafts open for comment, at /<lang>/documents/.

Everything the plugin adds to gweb goes through the hooks below.
"""
from pathlib import Path

from flask import redirect
from flask_babel import lazy_gettext as _l

from gweb.hooks import hookimpl

HERE = Path(__file__).resolve().parent


@hookimpl
def gweb_plugin_info():
    return {"label": {"lo": "ນິຕິກຳ", "en": "Legal documents"},
            "description": {"lo": "ຫ້ອງສະໝຸດນິຕິກຳ: ກົດໝາຍ, ດຳລັດ, ຂໍ້ຕົກລົງ, ຄຳແນະນຳ, ແຈ້ງການ "
                                  "ແລະ ຮ່າງນິຕິກຳ ເພື່ອປະກອບຄຳເຫັນ",
                            "en": "The legal documents library: laws, decrees, decisions, "
                                  "instructions, notices and drafts open for comment"},
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
    return {"documents.edit": "editor"}


@hookimpl
def gweb_plugin_settings():
    return [{"name": "per_page", "kind": "int", "default": 20,
             "label": _l("Documents per page in the public list"),
             "help": _l("Between 5 and 100.")}]


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "documents_admin.index", "label": _l("Legal documents"),
             "permission": "documents.edit", "order": 45}]


@hookimpl
def gweb_before_serve_page(page, lang):
    """The standard "Legal documents" page of the tree leads to the library."""
    if getattr(page, "key", None) == "documents":
        return redirect(f"/{lang}/documents/", code=302)
    return None


@hookimpl
def gweb_search_documents(site):
    from .search_entries import all_entries

    return all_entries(site.id)


@hookimpl
def gweb_sitemap_urls(site):
    from .search_entries import sitemap

    return sitemap(site.id)


@hookimpl
def gweb_demo_content(site):
    from .demo import add_demo

    return add_demo(site)
