"""Image renditions: the widths the theme uses, in the original format or WebP.

A rendition is made with Pillow on first use and written atomically (a
temporary file renamed into place), so that a parallel request never sees
half a file. Its file name carries the first characters of the original's
SHA-256: after a replacement the old renditions are simply never asked for
again, and they are deleted.

On disk, under MEDIA_ROOT/<site id>/:
    <stored name>                                  the original
    renditions/<width>/<stem>.<sha12>.<ext>        same format as the original
    renditions/<width>/<stem>.<sha12>.webp         WebP
"""
from __future__ import annotations

import glob
import os
import secrets

from flask_babel import gettext as _

from gweb.exceptions import ValidationError
from gweb.media.models import Media

RENDITION_WIDTHS = (320, 640, 960, 1280)
WEBP_QUALITY = 80


def stem(stored_name: str) -> str:
    """The stored name without its extension (a random token)."""
    return stored_name.rsplit(".", 1)[0]


def original_path(media_root: str, media: Media) -> str:
    return os.path.join(media_root, str(media.site_id), media.stored_name)


def _folder(media_root: str, site_id: int, width: int) -> str:
    return os.path.join(media_root, str(site_id), "renditions", str(width))


def rendition_path(media_root: str, media: Media, width: int, webp: bool = False) -> str:
    """The path of the image scaled to `width` (never upscaled), as WebP when
    `webp` is set; made on first use."""
    if media.kind != "image" or width not in RENDITION_WIDTHS:
        raise ValidationError(_("No such rendition."))
    extension = "webp" if webp else media.stored_name.rsplit(".", 1)[-1]
    folder = _folder(media_root, media.site_id, width)
    target = os.path.join(folder, f"{stem(media.stored_name)}.{media.sha256[:12]}.{extension}")
    if not os.path.exists(target):
        os.makedirs(folder, exist_ok=True)
        _make(original_path(media_root, media), target, width, webp)
    return target


def _make(source: str, target: str, width: int, webp: bool) -> None:
    from PIL import Image, ImageOps  # only when a rendition is made

    tmp = f"{target}.{secrets.token_hex(4)}.tmp"
    try:
        with Image.open(source) as image:
            fmt = "WEBP" if webp else (image.format or "PNG")
            image.seek(0)
            frame = ImageOps.exif_transpose(image) or image
            if frame.mode == "P" or frame.mode == "LA" or (
                    frame.mode not in ("RGB", "RGBA", "L") and fmt == "WEBP"):
                frame = frame.convert("RGBA" if _has_alpha(frame) else "RGB")
            if fmt == "JPEG" and frame.mode not in ("RGB", "L", "CMYK"):
                frame = frame.convert("RGB")
            if frame.width > width:
                frame = frame.resize((width, max(1, round(frame.height * width / frame.width))),
                                     Image.Resampling.LANCZOS)
            options = {"quality": WEBP_QUALITY, "method": 4} if fmt == "WEBP" else {
                "optimize": True}
            frame.save(tmp, format=fmt, **options)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def _has_alpha(image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def delete_renditions(media_root: str, site_id: int, stored_name: str) -> None:
    """Remove every rendition of the file `stored_name` (any width, format or version)."""
    pattern = os.path.join(media_root, str(site_id), "renditions", "*",
                           glob.escape(stem(stored_name)) + ".*")
    for path in glob.glob(pattern):
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
