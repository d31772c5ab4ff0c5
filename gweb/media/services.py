"""Storing uploads checked by their content, and making image renditions."""
from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from typing import BinaryIO

from flask_babel import gettext as _
from PIL import Image, UnidentifiedImageError
from sqlalchemy import select

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.media.models import Media, MediaTranslation

# Image formats Pillow must recognise in the bytes (not the file name).
IMAGE_FORMATS = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png"),
                 "WEBP": ("image/webp", "webp"), "GIF": ("image/gif", "gif")}
DOCUMENT_SIGNATURES = {b"%PDF-": ("application/pdf", "pdf")}
RENDITION_WIDTHS = (320, 640, 960, 1280)
MAX_PIXELS = 40_000_000  # refuse decompression bombs well below Pillow's own limit


@dataclass
class Sniffed:
    kind: str
    mime_type: str
    extension: str
    width: int | None = None
    height: int | None = None


def sniff(data: bytes) -> Sniffed:
    """What `data` really is; ValidationError when it is no accepted type."""
    for signature, (mime, ext) in DOCUMENT_SIGNATURES.items():
        if data.startswith(signature):
            return Sniffed("document", mime, ext)
    try:
        from io import BytesIO

        with Image.open(BytesIO(data)) as image:
            image.verify()
        with Image.open(BytesIO(data)) as image:
            fmt, size = image.format, image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError({"file": _("This file is not an image or a PDF that "
                                         "the site accepts (JPEG, PNG, WebP, GIF, PDF).")})
    if fmt not in IMAGE_FORMATS:
        raise ValidationError({"file": _("Images must be JPEG, PNG, WebP or GIF.")})
    if size[0] * size[1] > MAX_PIXELS:
        raise ValidationError({"file": _("The image is too large (at most 40 megapixels).")})
    mime, ext = IMAGE_FORMATS[fmt]
    return Sniffed("image", mime, ext, size[0], size[1])


def store_upload(media_root: str, site_id: int, stream: BinaryIO, original_name: str,
                 alts: dict[str, str], uploaded_by_id: int | None = None,
                 max_bytes: int = 32 * 1024 * 1024) -> Media:
    """Check and store an uploaded file under a generated name. Images need
    alt text in at least one language. The caller commits."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValidationError({"file": _("The file is too large.")})
    if not data:
        raise ValidationError({"file": _("The file is empty.")})
    sniffed = sniff(data)
    alts = {lang: (alt or "").strip() for lang, alt in alts.items()}
    if sniffed.kind == "image" and not any(alts.values()):
        raise ValidationError({"alt": _("Describe the image for people who cannot see it "
                                        "(alt text).")})
    stored_name = f"{secrets.token_hex(12)}.{sniffed.extension}"
    folder = os.path.join(media_root, str(site_id))
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, stored_name)
    with open(path, "wb") as handle:
        handle.write(data)
    media = Media(site_id=site_id, kind=sniffed.kind, stored_name=stored_name,
                  original_name=os.path.basename(original_name or "")[:255] or stored_name,
                  mime_type=sniffed.mime_type, size=len(data), width=sniffed.width,
                  height=sniffed.height, sha256=hashlib.sha256(data).hexdigest(),
                  uploaded_by_id=uploaded_by_id)
    for lang, alt in alts.items():
        media.translations.append(MediaTranslation(lang=lang, alt=alt))
    db.session.add(media)
    db.session.flush()
    return media


def find_media(site_id: int, stored_name: str) -> Media | None:
    """A media file of this site by its stored name."""
    return db.session.scalar(select(Media).where(Media.site_id == site_id,
                                                 Media.stored_name == stored_name))


def original_path(media_root: str, media: Media) -> str:
    return os.path.join(media_root, str(media.site_id), media.stored_name)


def rendition_path(media_root: str, media: Media, width: int) -> str:
    """The path of the image scaled to `width` (made on first use, never upscaled)."""
    if media.kind != "image" or width not in RENDITION_WIDTHS:
        raise ValidationError(_("No such rendition."))
    folder = os.path.join(media_root, str(media.site_id), "renditions", str(width))
    target = os.path.join(folder, media.stored_name)
    if not os.path.exists(target):
        os.makedirs(folder, exist_ok=True)
        with Image.open(original_path(media_root, media)) as image:
            if media.width and media.width > width:
                image.thumbnail((width, width * 10))
            tmp = target + f".{secrets.token_hex(4)}.tmp"
            image.save(tmp, format=image.format or "PNG", optimize=True)
        os.replace(tmp, target)  # atomic: a parallel request never sees half a file
    return target
