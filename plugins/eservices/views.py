"""The public e-services directory: the list (by audience) and a page per
service. Served at /<lang>/services/ when the host grants the plugin that
public name (DESIGN.md), else at /<lang>/eservices/."""
from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from flask_babel import gettext as _

from gweb.cache.services import cache_by_query
from gweb.i18n import languages
from gweb.sites.current import shown_site
from gweb.timeutil import utcnow

from . import services
from .models import AUDIENCES

bp = Blueprint("eservices", __name__, url_prefix="/<lang:lang>/eservices",
               template_folder="templates")


def _helpers() -> dict:
    return {"audience_label": services.audience_label, "link_host": services.link_host,
            "notice_kind_label": services.notice_kind_label, "public_url": services.public_url}


@bp.route("/")
def index(lang: str):
    cache_by_query("for")
    audience = request.args.get("for", "")
    if audience not in AUDIENCES:
        audience = ""
    query = f"?for={audience}" if audience else ""
    site = shown_site()
    return render_template(
        "eservices/index.html", items=services.public_services(site.id, lang, audience or None),
        audience=audience, audiences=AUDIENCES, now=utcnow(),
        alternates={code: services.public_url(code) + query for code in languages()},
        crumbs=[(site.name(lang), f"/{lang}/")], **_helpers())


@bp.route("/<int:service_id>/")
def service(lang: str, service_id: int):
    site = shown_site()
    item = services.public_service(site.id, service_id)
    if item is None:
        abort(404)
    return render_template(
        "eservices/service.html", service=item, text=item.translation(lang, site.default_lang),
        now=utcnow(),
        alternates={code: services.public_url(code, item.id) for code in item.languages()},
        crumbs=[(site.name(lang), f"/{lang}/"), (_("E-services"), services.public_url(lang))],
        **_helpers())
