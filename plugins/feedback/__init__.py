"""Contact and citizen feedback: a public form at /<lang>/feedback/ and an
inbox at /admin/feedback/ where the office handles what citizens send.

Submissions are private: the plugin gives nothing to site search and only
the form's own address to the sitemap. Everything it adds to gweb goes
through the hooks below.
"""
from pathlib import Path

from flask import g, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from gweb.hooks import hookimpl

HERE = Path(__file__).resolve().parent
NAME = "feedback"


@hookimpl
def gweb_plugin_info():
    return {"label": {"lo": "ຄຳຕິຊົມ ແລະ ຕິດຕໍ່", "en": "Feedback and contact"},
            "description": {"lo": "ແບບຟອມໃຫ້ປະຊາຊົນສົ່ງຄຳຖາມ, ຄຳຕິຊົມ ແລະ ຄຳຮ້ອງທຸກ, "
                                  "ພ້ອມກ່ອງຂໍ້ຄວາມໃຫ້ພະນັກງານຕອບ",
                            "en": "A form for citizens' questions, feedback and complaints, "
                                  "with an inbox where staff handle them"},
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
    return {"feedback.handle": "editor", "feedback.manage": "admin"}


@hookimpl
def gweb_plugin_settings():
    from .notices import check_addresses

    return [
        {"name": "intro", "kind": "textarea", "translated": True, "default": "",
         "label": _l("Text above the feedback form"),
         "help": _l("For example when the office answers, or a phone number for urgent matters.")},
        {"name": "rate_count", "kind": "int", "default": 5,
         "label": _l("Messages one visitor may send in a row"),
         "help": _l("Protects the inbox from floods. Default: 5.")},
        {"name": "rate_minutes", "kind": "int", "default": 10,
         "label": _l("... within this many minutes"),
         "help": _l("After that the visitor is asked to wait. Default: 10.")},
        {"name": "notify", "kind": "textarea", "default": "", "check": check_addresses,
         "label": _l("Send a notice of each new message by e-mail to"),
         "help": _l("E-mail addresses, separated by commas or one per line. The notice gives "
                    "the reference and a link to the inbox, not the message itself. Leave "
                    "empty for no e-mail.")},
    ]


@hookimpl
def gweb_admin_menu_items(user):
    return [{"endpoint": "feedback_admin.index", "label": _l("Feedback"),
             "permission": "feedback.handle", "order": 50}]


@hookimpl
def gweb_menu_items(site, lang):
    return [{"menu": "footer", "label": _("Send us your feedback"),
             "url": f"/{lang}/feedback/", "lang": lang, "order": 80}]


@hookimpl
def gweb_dashboard_items(user):
    from gweb.users.permissions import can

    from .inbox import count_new

    site = g.get("site")
    if site is None or not can(user, site.id, "feedback.handle"):
        return None
    count = count_new(site.id)
    html = render_template("feedback/admin/panel.html", count=count,
                           inbox=url_for("feedback_admin.index"),
                           new=url_for("feedback_admin.index", status="new"))
    return [{"title": _("Citizen feedback"), "html": Markup(html), "order": 40}]


@hookimpl
def gweb_sitemap_urls(site):
    # Only the form itself: what citizens send is never published.
    from gweb.sites.services import site_languages

    return [{"loc": {lang: f"/{lang}/feedback/" for lang in site_languages(site)},
             "lastmod": None}]


@hookimpl
def gweb_demo_content(site):
    from .demo import add_demo

    return add_demo(site)


@hookimpl
def gweb_tpl_after_content(site, lang, page):
    # The standard Contact page points to the form.
    if site is None or getattr(page, "key", None) != "contact":
        return None
    return Markup(render_template("feedback/contact_link.html", lang=lang))


@hookimpl
def gweb_cache_neutral_tables():
    # What citizens send and the inbox's notes never show on a public page.
    return ["feedback_submission", "feedback_note"]


@hookimpl
def gweb_audit_labels():
    """What the audit log calls this plugin's actions, in the reader's language."""
    return {
        "feedback.status": _l("Feedback status changed"),
        "feedback.assign": _l("Feedback assigned"),
        "feedback.note": _l("Note added to feedback"),
        "feedback.topic_create": _l("Feedback topic added"),
        "feedback.topic_update": _l("Feedback topic changed"),
        "feedback.topic_hide": _l("Feedback topic hidden"),
        "feedback.topic_delete": _l("Feedback topic deleted"),
    }
