"""The e-services directory: what visitors see, and how operators change it.

Every function takes plain arguments and works on one site. The ones that
change something check all their input first (raising ValidationError,
which names the fields, with nothing stored), write an audit event, commit,
and then keep site search current.
"""
from __future__ import annotations

import logging
from datetime import datetime
from urllib.parse import urlsplit

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.text.collate import sort_key
from gweb.timeutil import utcnow

from .models import AUDIENCES, EservicesNotice, EservicesService, EservicesTranslation

log = logging.getLogger("gweb.plugins.eservices")
LANGUAGES = ("lo", "en")
SEARCH_KIND = "service"
TITLE_MAX, URL_MAX, TEXT_MAX, LINE_MAX = 300, 500, 5000, 300
EARLIEST, LATEST = datetime(2000, 1, 1), datetime(2200, 1, 1)
AUDIENCE_LABELS = {"citizens": _l("Citizens"), "businesses": _l("Businesses"),
                   "civil_servants": _l("Civil servants")}
NOTICE_KINDS = {"maintenance": _l("Maintenance"), "downtime": _l("Service down")}
TEXT_FIELDS = ("title", "summary", "steps", "documents", "fees", "processing_time", "office")


def audience_label(key: str) -> str:
    return str(AUDIENCE_LABELS.get(key, key))


def notice_kind_label(key: str) -> str:
    return str(NOTICE_KINDS.get(key, key))


# -- addresses -------------------------------------------------------------------


def public_url(lang: str, service_id: int | None = None) -> str:
    """The public address of the directory (or of one service) in `lang`,
    under whichever prefix the host granted (/<lang>/services/ or /<lang>/eservices/)."""
    rule = next(current_app.url_map.iter_rules("eservices.index")).rule
    base = rule.replace("<lang:lang>", lang)
    return f"{base}{service_id}/" if service_id is not None else base


def url_problem(url: str) -> str | None:
    """Why `url` cannot be a service's link (in the user's language), or None."""
    if len(url) > URL_MAX:
        return _("The address is too long (at most %(count)d characters).", count=URL_MAX)
    if any(c.isspace() or ord(c) < 32 for c in url):
        return _("An address cannot contain spaces.")
    try:
        parts = urlsplit(url)
        parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        return _("This address is not valid. Give the full address, for example "
                 "https://tax.gov.la/.")
    if parts.scheme not in ("https", "http"):
        return _("Give the full address of the online service, starting with https:// "
                 "(for example https://tax.gov.la/).")
    host = _ascii_host(parts.hostname or "")
    if not host or ".." in host or host.startswith((".", "-")) or not all(
            (c.isascii() and c.isalnum()) or c in ".-:[]" for c in host):
        return _("This address has no valid site name after https://.")
    if parts.username or parts.password:
        return _("An address cannot carry a user name or password.")
    return None


def _ascii_host(host: str) -> str:
    """The host in ASCII (a Lao domain name through IDNA), or "" when it cannot be."""
    try:
        return host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return ""


def link_host(url: str) -> str:
    """The destination shown beside an external link: its host name."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


# -- reading ---------------------------------------------------------------------


def public_services(site_id: int, lang: str, audience: str | None = None) -> list[EservicesService]:
    """The published services of a site (for one `audience` if given), in
    `lang`'s alphabetical order (ICU collation; Lao pre-vowels sorted right)."""
    rows = db.session.scalars(select(EservicesService).where(
        EservicesService.site_id == site_id, EservicesService.published.is_(True)))
    if audience:
        rows = [s for s in rows if audience in s.audience_list()]

    def title(service):
        text = service.translation(lang)
        return text.title if text else ""

    return sorted(rows, key=lambda s: sort_key(title(s), lang))


def public_service(site_id: int, service_id: int) -> EservicesService | None:
    """A published service of the site, or None."""
    return db.session.scalar(select(EservicesService).where(
        EservicesService.site_id == site_id, EservicesService.id == service_id,
        EservicesService.published.is_(True)))


def list_services(site_id: int, lang: str = "lo") -> list[EservicesService]:
    """Every service of a site, for the admin, in alphabetical order."""
    rows = db.session.scalars(select(EservicesService).where(EservicesService.site_id == site_id))
    return sorted(rows, key=lambda s: sort_key((s.translation(lang) or _Empty).title, lang))


class _Empty:
    title = ""


def get_service(site_id: int, service_id: int) -> EservicesService | None:
    """One service of the site, or None (also when it belongs to another site)."""
    service = db.session.get(EservicesService, service_id)
    return service if service is not None and service.site_id == site_id else None


def get_notice(site_id: int, notice_id: int) -> EservicesNotice | None:
    notice = db.session.get(EservicesNotice, notice_id)
    return notice if notice is not None and notice.site_id == site_id else None


# -- changing --------------------------------------------------------------------


def save_service(site_id: int, values: dict, user=None,
                 service: EservicesService | None = None) -> EservicesService:
    """Create a service (or change `service`) from `values`: audiences (a
    list), online_url, published, and per language title_<lang>,
    summary_<lang>, steps_<lang>, documents_<lang> (one item a line),
    fees_<lang>, processing_time_<lang>, office_<lang>."""
    clean = _checked(values)
    is_new = service is None
    if is_new:
        service = EservicesService(site_id=site_id)
        db.session.add(service)
    service.audiences = ",".join(clean["audiences"])
    service.online_url, service.published = clean["online_url"], clean["published"]
    service.updated_at = utcnow()
    by_lang = {t.lang: t for t in service.translations}
    for lang in LANGUAGES:
        text, row = clean["texts"][lang], by_lang.get(lang)
        if not text["title"]:
            if row is not None:
                service.translations.remove(row)
            continue
        if row is None:
            row = EservicesTranslation(lang=lang)
            service.translations.append(row)
        for name in TEXT_FIELDS:
            setattr(row, name, text[name])
    db.session.flush()
    record(site_id, user, "eservices.create" if is_new else "eservices.update",
           "eservices_service", service.id, summary=_title(service))
    db.session.commit()
    _sync_search(site_id, service)
    return service


def delete_service(site_id: int, service: EservicesService, user=None) -> None:
    """Delete a service (and its notices) and take it out of site search."""
    service_id = service.id
    record(site_id, user, "eservices.delete", "eservices_service", service_id,
           summary=_title(service))
    db.session.delete(service)
    db.session.commit()
    _remove_from_search(site_id, [service_id])


def add_notice(site_id: int, service: EservicesService, values: dict, user=None) -> EservicesNotice:
    """Post a downtime/maintenance notice on `service`: kind, message_lo,
    message_en, starts_at, ends_at (naive UTC; both required, end after start)."""
    clean = {"kind": values.get("kind") or "maintenance",
             "message_lo": (values.get("message_lo") or "").strip(),
             "message_en": (values.get("message_en") or "").strip(),
             "starts_at": values.get("starts_at"), "ends_at": values.get("ends_at")}
    errors = {}
    if clean["kind"] not in NOTICE_KINDS:
        errors["kind"] = _("Choose the kind of notice.")
    if not clean["message_lo"] and not clean["message_en"]:
        errors["message_lo"] = _("Write the notice in Lao, in English or in both.")
    for lang in LANGUAGES:
        if len(clean[f"message_{lang}"]) > 1000:
            errors[f"message_{lang}"] = _("Keep the notice under %(count)d characters.", count=1000)
    for name in ("starts_at", "ends_at"):
        if clean[name] is None:
            errors[name] = _("Give a date and time such as 2026-01-31 09:00.")
        elif not EARLIEST <= clean[name] < LATEST:
            errors[name] = _("Give a date between 2000 and 2199.")
    if not errors and clean["ends_at"] <= clean["starts_at"]:
        errors["ends_at"] = _("The end must come after the start.")
    if errors:
        raise ValidationError(errors)
    notice = EservicesNotice(site_id=site_id, **clean)
    service.notices.append(notice)
    db.session.flush()
    record(site_id, user, "eservices.notice", "eservices_service", service.id,
           summary=clean["message_lo"] or clean["message_en"])
    db.session.commit()
    return notice


def delete_notice(site_id: int, notice: EservicesNotice, user=None) -> None:
    record(site_id, user, "eservices.notice_delete", "eservices_service", notice.service_id,
           summary=notice.message_lo or notice.message_en)
    db.session.delete(notice)
    db.session.commit()


def _checked(values: dict) -> dict:
    errors: dict[str, str] = {}
    audiences = [a for a in (values.get("audiences") or []) if a]
    if not audiences or any(a not in AUDIENCES for a in audiences):
        errors["audiences"] = _("Choose who the service is for.")
    url = (values.get("online_url") or "").strip()
    if url:
        problem = url_problem(url)
        if problem:
            errors["online_url"] = problem
    texts = {}
    for lang in LANGUAGES:
        text = {name: (values.get(f"{name}_{lang}") or "").strip() for name in TEXT_FIELDS}
        text["title"] = " ".join(text["title"].split())
        for name in ("steps", "documents"):
            text[name] = "\n".join(line.strip() for line in text[name].splitlines()
                                   if line.strip())
        for name, value in text.items():
            limit = TITLE_MAX if name in ("title", "processing_time") else TEXT_MAX
            if len(value) > limit:
                errors[f"{name}_{lang}"] = _("Keep this under %(count)d characters.", count=limit)
        if not text["title"] and any(text[name] for name in TEXT_FIELDS if name != "title"):
            errors[f"title_{lang}"] = _("Give a name to the service in this language.")
        texts[lang] = text
    if not any(t["title"] for t in texts.values()) and "title_lo" not in errors:
        errors["title_lo"] = _("Give the service a name in Lao, in English or in both.")
    if errors:
        raise ValidationError(errors)
    return {"audiences": [a for a in AUDIENCES if a in audiences], "online_url": url,
            "published": bool(values.get("published", True)), "texts": texts}


def _title(service: EservicesService) -> str:
    text = service.translation("lo")
    return text.title if text else ""


# -- search and sitemap ----------------------------------------------------------


def search_documents_of(service: EservicesService) -> list[dict]:
    if not service.published:
        return []
    return [{"kind": SEARCH_KIND, "key": str(service.id), "lang": t.lang, "title": t.title,
             "body": "\n".join((t.summary, t.steps, t.documents, t.fees, t.office)),
             "url": public_url(t.lang, service.id), "published_at": service.updated_at}
            for t in service.translations if t.title]


def search_documents(site_id: int) -> list[dict]:
    rows = db.session.scalars(select(EservicesService).where(
        EservicesService.site_id == site_id, EservicesService.published.is_(True)))
    return [doc for service in rows for doc in search_documents_of(service)]


def sitemap_urls(site_id: int) -> list[dict]:
    entries = [{"loc": {lang: public_url(lang) for lang in LANGUAGES}, "lastmod": None}]
    for service in db.session.scalars(select(EservicesService).where(
            EservicesService.site_id == site_id, EservicesService.published.is_(True))
            .order_by(EservicesService.id)):
        entries.append({"loc": {lang: public_url(lang, service.id) for lang in service.languages()},
                        "lastmod": service.updated_at})
    return entries


def _sync_search(site_id: int, service: EservicesService) -> None:
    from gweb.search import services as search

    try:
        search.remove_documents(site_id, SEARCH_KIND, [str(service.id)])
        docs = search_documents_of(service)
        if docs:
            search.index_documents(site_id, docs)
    except Exception:  # the save stands; `gweb search reindex` repairs the index
        log.exception("could not update the search index for e-service %s", service.id)


def _remove_from_search(site_id: int, keys: list[int]) -> None:
    from gweb.search import services as search

    try:
        search.remove_documents(site_id, SEARCH_KIND, [str(k) for k in keys])
    except Exception:
        log.exception("could not remove e-services %s from the search index", keys)


def next_change(site_id: int, now: datetime) -> datetime | None:
    """The next time after `now` a downtime notice of the site starts or
    ends (for the page cache). One query."""
    soonest = [select(func.min(column)).where(EservicesNotice.site_id == site_id, column > now)
               .scalar_subquery()
               for column in (EservicesNotice.starts_at, EservicesNotice.ends_at)]
    return min((t for t in db.session.execute(select(*soonest)).one() if t), default=None)
