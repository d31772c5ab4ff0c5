"""The media library: storing uploads checked by their content, alt text and
captions, replacing a file under the same address, finding where a file is
used, deleting, and listing a site's files.

Content checks live in gweb.media.checks and image renditions in
gweb.media.renditions; the names they export are available here too.
Functions that change something record it in the audit log and commit their
own unit of work, except `store_upload`, whose caller commits.
"""
from __future__ import annotations

import hashlib
import math
import os
import re
import secrets
import shutil
import unicodedata
from dataclasses import dataclass, field
from typing import BinaryIO

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import func, or_, select

from gweb.audit import services as audit
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks.manager import call_flat_hook
from gweb.media.checks import IMAGE_FORMATS, MAX_PIXELS, Sniffed, sniff  # noqa: F401
from gweb.media.models import Media, MediaTranslation
from gweb.media.renditions import (RENDITION_WIDTHS, delete_renditions,  # noqa: F401
                                   original_path, rendition_path, stem)
from gweb.pages.models import PageTranslation
from gweb.sites.models import Site, SiteTranslation
from gweb.timeutil import utcnow

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
PAGE_SIZE = 24
KINDS = ("image", "document")
ALT_MAX, CAPTION_MAX = 500, 1000
# Two spellings of the same Lao letters, treated as equal by the library search.
_LAO_FOLDS = (("ຫຼ", "ຫລ"), ("ໜ", "ຫນ"), ("ໝ", "ຫມ"))


# -- storing and changing -------------------------------------------------------


def store_upload(media_root: str, site_id: int, stream: BinaryIO, original_name: str,
                 alts: dict[str, str], uploaded_by_id: int | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES,
                 captions: dict[str, str] | None = None) -> Media:
    """Check and store an uploaded file under a generated name. Images need
    alt text in the site's default language. Nothing is written when the file
    is refused. The caller commits (see `upload` for the admin's version)."""
    data = _read(stream, max_bytes)
    sniffed = sniff(data)
    alts, captions = _clean_texts(alts), _clean_texts(captions or {})
    _check_texts(site_id, sniffed.kind, alts, captions)
    stored_name = f"{secrets.token_hex(12)}.{sniffed.extension}"
    media = Media(site_id=site_id, kind=sniffed.kind, stored_name=stored_name,
                  original_name=_display_name(original_name) or stored_name,
                  mime_type=sniffed.mime_type, size=len(data), width=sniffed.width,
                  height=sniffed.height, sha256=hashlib.sha256(data).hexdigest(),
                  uploaded_by_id=uploaded_by_id)
    for lang in sorted(set(alts) | set(captions)):
        media.translations.append(MediaTranslation(lang=lang, alt=alts.get(lang, ""),
                                                   caption=captions.get(lang, "")))
    db.session.add(media)
    db.session.flush()
    path = original_path(media_root, media)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    _write_atomically(path, data)
    return media


def upload(media_root: str, site_id: int, stream: BinaryIO, original_name: str, *,
           alts: dict[str, str], captions: dict[str, str] | None = None, user=None,
           max_bytes: int = DEFAULT_MAX_BYTES) -> Media:
    """Store an upload, record it in the audit log and commit; on any
    failure neither a row nor a file is left behind."""
    path = None
    try:
        media = store_upload(media_root, site_id, stream, original_name, alts,
                             uploaded_by_id=getattr(user, "id", None), max_bytes=max_bytes,
                             captions=captions)
        path = original_path(media_root, media)
        audit.record(site_id, user, "media.upload", "media", media.id,
                     f"upload {media.original_name}", after=_snapshot(media))
        db.session.commit()
    except Exception:
        db.session.rollback()
        if path is not None:
            _remove(path)
        raise
    return media


def update_texts(media: Media, alts: dict[str, str], captions: dict[str, str], *,
                 user=None) -> Media:
    """Set the alt text and caption of `media` in each language given."""
    alts, captions = _clean_texts(alts), _clean_texts(captions)
    merged = {**_texts(media, "alt"), **alts}
    _check_texts(media.site_id, media.kind, merged, captions)
    before = _texts_snapshot(media)
    by_lang = {t.lang: t for t in media.translations}
    try:
        for lang in sorted(set(alts) | set(captions)):
            row = by_lang.get(lang)
            if row is None:
                row = MediaTranslation(lang=lang, alt="", caption="")
                media.translations.append(row)
            if lang in alts:
                row.alt = alts[lang]
            if lang in captions:
                row.caption = captions[lang]
        db.session.flush()
        after = _texts_snapshot(media)
        if after != before:
            audit.record(media.site_id, user, "media.update", "media", media.id,
                         f"update texts of {media.original_name}", before=before, after=after)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return media


def replace_file(media_root: str, media: Media, stream: BinaryIO, original_name: str, *,
                 user=None, max_bytes: int = DEFAULT_MAX_BYTES) -> Media:
    """Put a new file of the same kind under the address of `media`.

    The stored name (and so every URL) stays; the file on disk is swapped
    atomically, the renditions are deleted (they are made again from the new
    file), and size, checksum, dimensions and `updated_at` follow the new file.
    If anything fails, the old file and row stay as they were.
    """
    data = _read(stream, max_bytes)
    sniffed = sniff(data)
    if sniffed.kind != media.kind:
        raise ValidationError({"file": _("Replace an image with an image and a document "
                                         "with a document.")})
    before = _snapshot(media)
    path = original_path(media_root, media)
    backup = f"{path}.{secrets.token_hex(4)}.bak"
    had_original = os.path.exists(path)
    if had_original:
        shutil.copy2(path, backup)
    try:
        _write_atomically(path, data)
        media.mime_type, media.size = sniffed.mime_type, len(data)
        media.width, media.height = sniffed.width, sniffed.height
        media.sha256 = hashlib.sha256(data).hexdigest()
        media.original_name = _display_name(original_name) or media.original_name
        media.updated_at = utcnow()
        db.session.flush()
        audit.record(media.site_id, user, "media.replace", "media", media.id,
                     f"replace {before['original_name']} with {media.original_name}",
                     before=before, after=_snapshot(media))
        db.session.commit()
    except Exception:
        db.session.rollback()
        if had_original:
            os.replace(backup, path)
        else:
            _remove(path)
        raise
    finally:
        _remove(backup)
    delete_renditions(media_root, media.site_id, media.stored_name)
    return media


@dataclass
class Usages:
    """Where a file is used on its site."""

    pages: list[PageTranslation] = field(default_factory=list)
    logos: list[SiteTranslation] = field(default_factory=list)
    others: list[dict] = field(default_factory=list)  # from plugins: {"label", "url"}

    @property
    def in_use(self) -> bool:
        return bool(self.pages or self.logos or self.others)


def usages(site_id: int, media: Media) -> Usages:
    """The page translations whose body links to the file (its original, a
    rendition or a WebP rendition) and the site logos that are the file."""
    token = stem(media.stored_name)
    address = re.compile(r"/media/(?:\d+/)?" + re.escape(token) + r"\.[A-Za-z0-9]+")
    candidates = db.session.scalars(
        select(PageTranslation).where(PageTranslation.site_id == site_id,
                                      PageTranslation.body.contains(token, autoescape=True))
        .order_by(PageTranslation.page_id, PageTranslation.lang))
    pages = [t for t in candidates if address.search(t.body or "")]
    logos = list(db.session.scalars(
        select(SiteTranslation).where(SiteTranslation.site_id == site_id,
                                      SiteTranslation.logo_media_id == media.id)
        .order_by(SiteTranslation.lang)))
    others = call_flat_hook("gweb_media_usages", site=db.session.get(Site, site_id), media=media)
    return Usages(pages=pages, logos=logos, others=others)


def delete_media(media_root: str, media: Media, *, user=None,
                 confirm_in_use: bool = False) -> None:
    """Delete `media`, its file and its renditions. A file still in use is
    deleted only with `confirm_in_use`; the logos it was are cleared."""
    used = usages(media.site_id, media)
    if used.in_use and not confirm_in_use:
        raise ValidationError({"confirm": _("This file is in use. Tick “Delete anyway” "
                                            "to delete it all the same.")})
    before = _snapshot(media)
    before["used_by_pages"] = [t.page_id for t in used.pages]
    path, site_id, stored_name = original_path(media_root, media), media.site_id, media.stored_name
    try:
        for logo in used.logos:
            logo.logo = None
            logo.logo_media_id = None
        audit.record(media.site_id, user, "media.delete", "media", media.id,
                     f"delete {media.original_name}", before=before)
        db.session.delete(media)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    _remove(path)
    delete_renditions(media_root, site_id, stored_name)


# -- finding ----------------------------------------------------------------------


def find_media(site_id: int, stored_name: str) -> Media | None:
    """A media file of this site by its stored name."""
    return db.session.scalar(select(Media).where(Media.site_id == site_id,
                                                 Media.stored_name == stored_name))


def find_image_by_stem(site_id: int, token: str) -> Media | None:
    """An image of this site whose stored name is `token` plus an image extension."""
    names = [f"{token}.{ext}" for _mime, ext in IMAGE_FORMATS.values()]
    return db.session.scalar(select(Media).where(Media.site_id == site_id,
                                                 Media.stored_name.in_(names),
                                                 Media.kind == "image"))


def get_media(site_id: int, media_id: int) -> Media | None:
    """A media file of this site by id (None for another site's)."""
    return db.session.scalar(select(Media).where(Media.site_id == site_id,
                                                 Media.id == media_id))


@dataclass
class LibraryPage:
    items: list[Media]
    total: int
    page: int
    pages: int


def library(site_id: int, kind: str | None = None, query: str = "", page: int = 1,
            per_page: int = PAGE_SIZE) -> LibraryPage:
    """A page of the site's media, newest first, of one `kind` or both, whose
    original name, alt text or caption contains `query` (case-insensitive;
    ຫຼ/ຫລ, ໜ/ຫນ and ໝ/ຫມ count as the same letters)."""
    conditions = [Media.site_id == site_id]
    if kind in KINDS:
        conditions.append(Media.kind == kind)
    needle = _fold_text(query)
    if needle:
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", needle) + "%"
        described = select(MediaTranslation.media_id).where(or_(
            _fold_sql(MediaTranslation.alt).like(pattern, escape="\\"),
            _fold_sql(MediaTranslation.caption).like(pattern, escape="\\")))
        conditions.append(or_(_fold_sql(Media.original_name).like(pattern, escape="\\"),
                              Media.id.in_(described)))
    total = db.session.scalar(select(func.count(Media.id)).where(*conditions)) or 0
    pages = max(1, math.ceil(total / per_page))
    page = min(max(page, 1), pages)
    items = list(db.session.scalars(
        select(Media).where(*conditions).order_by(Media.created_at.desc(), Media.id.desc())
        .limit(per_page).offset((page - 1) * per_page)))
    return LibraryPage(items=items, total=total, page=page, pages=pages)


def missing_alt(media: Media, langs) -> list[str]:
    """The languages among `langs` in which an image has no alt text."""
    if media.kind != "image":
        return []
    have = {t.lang for t in media.translations if t.alt.strip()}
    return [lang for lang in langs if lang not in have]


# -- helpers ----------------------------------------------------------------------


def _read(stream: BinaryIO, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValidationError({"file": _("The file is too large (at most %(size)s MB).",
                                          size=megabytes(max_bytes))})
    if not data:
        raise ValidationError({"file": _("The file is empty.")})
    return data


def megabytes(size: int) -> str:
    """A byte count in megabytes, for messages: "20", "0.5"."""
    value = size / (1024 * 1024)
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def _display_name(name: str | None) -> str:
    """The file's own name, without any folder, in NFC, at most 255 characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return unicodedata.normalize("NFC", base)[:255]


def _clean_texts(texts: dict[str, str]) -> dict[str, str]:
    languages = current_app.config["LANGUAGES"]
    return {lang: unicodedata.normalize("NFC", (value or "").strip())
            for lang, value in texts.items() if lang in languages}


def _check_texts(site_id: int, kind: str, alts: dict[str, str],
                 captions: dict[str, str]) -> None:
    errors = {}
    for lang, alt in alts.items():
        if len(alt) > ALT_MAX:
            errors[f"alt_{lang}"] = _("At most %(count)d characters.", count=ALT_MAX)
    for lang, caption in captions.items():
        if len(caption) > CAPTION_MAX:
            errors[f"caption_{lang}"] = _("At most %(count)d characters.", count=CAPTION_MAX)
    if kind == "image":
        site = db.session.get(Site, site_id)
        required = site.default_lang if site is not None else None
        if not (alts.get(required) if required else any(alts.values())):
            # "alt" names the alt text of the site's default language.
            errors["alt"] = _("Describe the image for people who cannot see it (alt text).")
    if errors:
        raise ValidationError(errors)


def _texts(media: Media, attribute: str) -> dict[str, str]:
    return {t.lang: getattr(t, attribute) for t in media.translations}


def _texts_snapshot(media: Media) -> dict:
    return {"alt": _texts(media, "alt"), "caption": _texts(media, "caption")}


def _snapshot(media: Media) -> dict:
    return {"original_name": media.original_name, "stored_name": media.stored_name,
            "kind": media.kind, "mime_type": media.mime_type, "size": media.size,
            "width": media.width, "height": media.height, "sha256": media.sha256,
            **_texts_snapshot(media)}


def _fold_text(text: str | None) -> str:
    text = unicodedata.normalize("NFC", (text or "").strip()).lower()
    for variant, canonical in _LAO_FOLDS:
        text = text.replace(variant, canonical)
    return text


def _fold_sql(column):
    expression = column
    for variant, canonical in _LAO_FOLDS:
        expression = func.replace(expression, variant, canonical)
    return func.lower(expression)


def _write_atomically(path: str, data: bytes) -> None:
    tmp = f"{path}.{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        _remove(tmp)


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
