"""What an uploaded file really is, judged by its bytes and never by its name.

Accepted: JPEG, PNG, WebP and GIF images (decoded by Pillow, with a pixel
limit against decompression bombs), PDF, and the office formats DOCX, XLSX,
PPTX, ODT and ODS. The office formats are zip files: the archive must hold
the members its format requires, no macros, and nothing that inflates to an
absurd size (zip bombs). SVG is refused outright: it can carry script.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from flask_babel import gettext as _

from gweb.exceptions import ValidationError

# Image formats Pillow may decode (no other Pillow plugin ever sees the bytes).
IMAGE_FORMATS = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png"),
                 "WEBP": ("image/webp", "webp"), "GIF": ("image/gif", "gif")}
DOCUMENT_SIGNATURES = {b"%PDF-": ("application/pdf", "pdf")}
MAX_PIXELS = 40_000_000  # refuse decompression bombs well below Pillow's own limit

# Office Open XML: the content type of the main part -> (mime type, extension).
OOXML_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml":
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
         "word/"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml":
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "xl/"),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml":
        ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx",
         "ppt/"),
}
# OpenDocument: the `mimetype` member -> extension.
ODF_TYPES = {"application/vnd.oasis.opendocument.text": "odt",
             "application/vnd.oasis.opendocument.spreadsheet": "ods"}
# Limits for zip-based documents.
ZIP_MAX_TOTAL = 200 * 1024 * 1024   # bytes once every member is inflated
ZIP_MAX_RATIO = 100                 # inflated : compressed
ZIP_RATIO_FLOOR = 1024 * 1024       # small archives are never bombs, whatever the ratio
ZIP_MAX_MEMBERS = 10_000
_SMALL_READ = 1024 * 1024           # the most read of a member we inspect


@dataclass
class Sniffed:
    kind: str           # "image" or "document"
    mime_type: str
    extension: str
    width: int | None = None
    height: int | None = None


def sniff(data: bytes) -> Sniffed:
    """What `data` really is; ValidationError({"file": ...}) when it is
    nothing the site accepts."""
    if not data:
        raise ValidationError({"file": _("The file is empty.")})
    for signature, (mime, ext) in DOCUMENT_SIGNATURES.items():
        if data.startswith(signature):
            return Sniffed("document", mime, ext)
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if _looks_like_svg(data):
        raise ValidationError({"file": _(
            "SVG images are not accepted because they can contain scripts. "
            "Save the image as PNG or JPEG and upload that.")})
    return _sniff_image(data)


def _refuse_type() -> ValidationError:
    return ValidationError({"file": _(
        "This type of file is not accepted. Images: JPEG, PNG, WebP, GIF. "
        "Documents: PDF, DOCX, XLSX, PPTX, ODT, ODS.")})


def _looks_like_svg(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):  # UTF-16
        head = head.decode("utf-16", "ignore").encode("ascii", "ignore").lower()
    return b"<svg" in head and (head.startswith(b"<") or head.startswith(b"\x00<"))


def _sniff_image(data: bytes) -> Sniffed:
    from PIL import Image, UnidentifiedImageError  # only when a file is uploaded

    try:
        with Image.open(io.BytesIO(data), formats=list(IMAGE_FORMATS)) as image:
            fmt, size = image.format, image.size
            if size[0] * size[1] > MAX_PIXELS:
                raise ValidationError({"file": _(
                    "The image is too large (at most 40 megapixels).")})
            image.verify()
        with Image.open(io.BytesIO(data), formats=list(IMAGE_FORMATS)) as image:
            image.load()  # a damaged file fails here, not when a visitor asks for it
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise _refuse_type()
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError({"file": _("The image file is damaged and cannot be read.")})
    mime, ext = IMAGE_FORMATS[fmt]
    return Sniffed("image", mime, ext, size[0], size[1])


def _sniff_zip(data: bytes) -> Sniffed:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise _refuse_type()
    with archive:
        members = archive.infolist()
        _check_not_a_bomb(members)
        names = {m.filename for m in members}
        if "[Content_Types].xml" in names:
            sniffed = _sniff_ooxml(archive, names)
        elif names and members[0].filename == "mimetype":
            sniffed = _sniff_odf(archive, names)
        else:
            raise _refuse_type()
        _check_members_read(archive, members)
    return sniffed


def _check_not_a_bomb(members: list[zipfile.ZipInfo]) -> None:
    total = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members)
    if (len(members) > ZIP_MAX_MEMBERS or total > ZIP_MAX_TOTAL
            or (total > ZIP_RATIO_FLOOR and total > ZIP_MAX_RATIO * max(packed, 1))):
        raise ValidationError({"file": _(
            "This document unpacks to far more data than it holds; "
            "it looks like a zip bomb and was refused.")})
    if any(m.flag_bits & 0x1 for m in members):  # encrypted members
        raise _refuse_type()


def _check_members_read(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Inflate every member (bounded by the checked sizes) so that a broken
    or lying archive is refused: zipfile checks each member's CRC."""
    try:
        for member in members:
            with archive.open(member) as handle:
                while handle.read(256 * 1024):
                    pass
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise ValidationError({"file": _("The document is damaged and cannot be read.")})


def _read_small(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as handle:
        return handle.read(_SMALL_READ)


def _refuse_macros() -> ValidationError:
    return ValidationError({"file": _(
        "Documents with macros are not accepted. Save the document without "
        "macros (DOCX, XLSX or PPTX) and upload that.")})


def _sniff_ooxml(archive: zipfile.ZipFile, names: set[str]) -> Sniffed:
    if any(n.lower().endswith(("vbaproject.bin", "vbadata.xml")) for n in names):
        raise _refuse_macros()
    try:
        types = _read_small(archive, "[Content_Types].xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        raise _refuse_type()
    if "macroEnabled" in types or "vbaProject" in types:
        raise _refuse_macros()
    for content_type, (mime, ext, folder) in OOXML_TYPES.items():
        if content_type in types and any(n.startswith(folder) for n in names):
            return Sniffed("document", mime, ext)
    raise _refuse_type()


def _sniff_odf(archive: zipfile.ZipFile, names: set[str]) -> Sniffed:
    if any(n.startswith(("Basic/", "Scripts/")) for n in names):
        raise _refuse_macros()
    try:
        declared = _read_small(archive, "mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        raise _refuse_type()
    if declared not in ODF_TYPES or "content.xml" not in names:
        raise _refuse_type()
    return Sniffed("document", declared, ODF_TYPES[declared])
