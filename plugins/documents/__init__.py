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
def gweb_cli(cli):
    from .cli import documents_group

    cli.add_command(documents_group)


@hookimpl
def gweb_data_restored():
    """A backup made under another ICU may carry keys that sort differently."""
    from .listing import refresh_title_keys

    refresh_title_keys()


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


@hookimpl
def gweb_media_usages(site, media):
    """A PDF of the media library that is a document's attachment is in use:
    the library says where, and asks before deleting it."""
    from flask import url_for
    from flask_babel import get_locale
    from sqlalchemy import select

    from gweb.extensions import db

    from .models import DocumentsAttachment

    rows = db.session.scalars(select(DocumentsAttachment).where(
        DocumentsAttachment.site_id == site.id, DocumentsAttachment.media_id == media.id)).all()
    lang = str(get_locale() or "lo")
    usages = []
    for row in rows:
        document = row.document
        label = " ".join(part for part in (document.number, document.title(lang)) if part)
        try:
            url = url_for("documents_admin.files", document_id=document.id)
        except RuntimeError:  # outside a request (a command): no address to give
            url = None
        usages.append({"label": label, "url": url})
    return usages


@hookimpl
def gweb_cache_horizon(site_id, now):
    """Documents compare dates with today in Vientiane (comment deadlines,
    effective dates): a cached page lasts until the local day ends."""
    from datetime import datetime, time, timedelta

    from gweb.timeutil import local_to_utc, utc_to_local

    tomorrow = utc_to_local(now).date() + timedelta(days=1)
    return local_to_utc(datetime.combine(tomorrow, time()))


@hookimpl
def gweb_audit_labels():
    """What the audit log calls this plugin's actions, in the reader's language."""
    return {
        "documents.create": _l("Document added"),
        "documents.update": _l("Document changed"),
        "documents.delete": _l("Document deleted"),
        "documents.attach": _l("File attached to a document"),
        "documents.detach": _l("File removed from a document"),
        "documents.relate": _l("Documents linked"),
        "documents.unrelate": _l("Link between documents removed"),
        "documents.body_create": _l("Issuing body added"),
        "documents.body_update": _l("Issuing body changed"),
        "documents.body_delete": _l("Issuing body deleted"),
        "documents.category_create": _l("Document category added"),
        "documents.category_update": _l("Document category changed"),
        "documents.category_delete": _l("Document category deleted"),
    }
