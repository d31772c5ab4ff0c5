"""Filling a site with the demo ministry's content, once."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from gweb.demo import content
from gweb.extensions import db
from gweb.hooks.manager import call_hook
from gweb.pages import editorial
from gweb.pages import services as pages
from gweb.sites import services as sites
from gweb.sites.models import Site
from gweb.timeutil import utcnow
from gweb.users import services as users
from gweb.users.models import SiteRole, User

DEMO_FLAG = "demo_loaded"
DEMO_ADMIN_EMAIL = "admin@demo.gweb.test"


@dataclass
class DemoResult:
    loaded: bool  # False when the site had the demo already
    pages_added: int
    plugin_items_added: int
    admin_email: str | None
    admin_password: str | None  # only when the account was created now


def load_demo(site: Site, progress: Callable[[Iterable, str], Iterable] = lambda items, label: items) -> DemoResult:
    """Give `site` the demo ministry's details, texts and extra pages, and an
    admin account if it has none. Does nothing to content a second time."""
    admin_email, password = _ensure_admin(site)
    if (site.settings or {}).get(DEMO_FLAG):
        return DemoResult(False, 0, _plugin_demo(site), admin_email, password)
    sites.update_site_details(site, names=content.SITE["names"],
                              taglines=content.SITE["taglines"],
                              addresses=content.SITE["addresses"],
                              office_hours=content.SITE["office_hours"],
                              phone=content.SITE["phone"], email=content.SITE["email"])
    db.session.commit()
    for key, texts in progress(list(content.PAGES.items()), "Standard pages"):
        page = editorial.page_by_key(site.id, key)
        if page is None:
            continue
        for lang, text in texts.items():
            current = page.translation(lang)
            fields = {"title": current.title if current else key, "slug": current.slug if current else "",
                      "summary": text.get("summary", ""), "body": text.get("body", ""),
                      "meta_description": text.get("summary", "")}
            pages.save_translation(page, lang, fields, publish=True)
    added = 0
    now = utcnow()
    for spec in progress(content.EXTRA_PAGES, "Extra pages"):
        parent = editorial.page_by_key(site.id, spec["parent"])
        translations = {lang: spec[lang] for lang in ("lo", "en") if lang in spec}
        page = pages.create_page(site, parent, translations, publish=True)
        if "days_ago" in spec:  # back-date the news so the demo reads like a real site
            when = now - timedelta(days=spec["days_ago"])
            for row in page.translations:
                row.first_published_at = row.last_published_at = when
        added += 1
    _demo_logo(site)
    site.settings = {**(site.settings or {}), DEMO_FLAG: True}
    flag_modified(site, "settings")
    db.session.commit()
    return DemoResult(True, added, _plugin_demo(site), admin_email, password)


def _demo_logo(site: Site) -> None:
    """A drawn emblem as the site's logo, with alt text in both languages (the
    standard asks for both); a site that has a logo keeps it."""
    import io

    from flask import current_app
    from PIL import Image, ImageDraw

    from gweb.media.services import store_upload

    if site.logo(site.default_lang) is not None:
        return
    image = Image.new("RGB", (320, 320), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 312, 312), fill=(0, 40, 104))
    draw.ellipse((40, 40, 280, 280), fill=(206, 17, 38))
    draw.ellipse((100, 100, 220, 220), fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    buffer.seek(0)
    logo = store_upload(current_app.config["MEDIA_ROOT"], site.id, buffer, "logo.png",
                        {"lo": f"ໂລໂກ້ {site.name('lo')}", "en": f"Logo of the {site.name('en')}"})
    for row in site.translations:
        if row.lang == site.default_lang:
            row.logo_media_id = logo.id
    db.session.flush()
    db.session.expire(site, ["translations"])


def _plugin_demo(site: Site) -> int:
    """Let every plugin add its demo content (each adds only what is missing)."""
    added = sum(n for n in call_hook("gweb_demo_content", site=site) if isinstance(n, int))
    db.session.commit()
    return added


def _ensure_admin(site: Site) -> tuple[str, str | None]:
    """The e-mail of the site's admin, and a new password if one was created."""
    existing = db.session.scalar(
        select(User).outerjoin(SiteRole)
        .where((User.is_superadmin.is_(True)) | ((SiteRole.site_id == site.id)
                                                 & (SiteRole.role == "admin")))
        .order_by(User.id).limit(1))
    if existing is not None:
        return existing.email, None
    password = users.generate_password()
    user = users.create_user(DEMO_ADMIN_EMAIL, password, name="Demo administrator",
                             role="admin", site_id=site.id, superadmin=True)
    db.session.commit()
    return user.email, password
