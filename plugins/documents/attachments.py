"""The PDF of a document in each language, kept in the core media library.

Files go through gweb.media.services (checked by their content, stored
under a generated name, recorded in the audit log); this module accepts
only PDFs, refuses PDFs that carry scripts or launch actions, and links the
file to the document. Nothing is half-saved: a refused file leaves neither a
media row nor a file on disk, and a failure after the upload removes it.
"""
from __future__ import annotations

import io
from typing import BinaryIO

from flask_babel import gettext as _

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.media import services as media

from .models import LANGS, DocumentsAttachment, LegalDocument

PDF_MIME = "application/pdf"
# Active content a legal text never needs; a PDF viewer would run it.
_ACTIVE = (b"/JavaScript", b"/JS ", b"/JS(", b"/JS<", b"/Launch", b"/SubmitForm")


def check_pdf(data: bytes) -> None:
    """Raise ValidationError({"file": ...}) unless `data` is a PDF without
    active content. The media library's own checks run as well."""
    if data and not data.startswith(b"%PDF-"):
        raise ValidationError({"file": _("Upload the document as a PDF file.")})
    sniffed = media.sniff(data)  # the media library's own judgement (an empty file...)
    if sniffed.mime_type != PDF_MIME:
        raise ValidationError({"file": _("Upload the document as a PDF file.")})
    if b"%%EOF" not in data[-2048:]:
        raise ValidationError({"file": _("The PDF file is incomplete or damaged.")})
    if any(marker in data for marker in _ACTIVE):
        raise ValidationError({"file": _("PDF files with scripts or actions are not "
                                         "accepted. Print the document to a new PDF and "
                                         "upload that.")})


def attach_pdf(media_root: str, site_id: int, document: LegalDocument, lang: str,
               stream: BinaryIO, filename: str, user=None,
               max_bytes: int = media.DEFAULT_MAX_BYTES) -> DocumentsAttachment:
    """Store the PDF of `document` in `lang`. A PDF already there is
    replaced under the same address."""
    if lang not in LANGS:
        raise ValidationError({"lang": _("Choose the language of the file.")})
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValidationError({"file": _("The file is too large (at most %(size)s MB).",
                                         size=media.megabytes(max_bytes))})
    check_pdf(data)
    existing = document.attachment(lang)
    if existing is not None:
        item = media.get_media(site_id, existing.media_id)
        if item is not None:
            media.replace_file(media_root, item, io.BytesIO(data), filename, user=user,
                               max_bytes=max_bytes)
            existing.original_name, existing.size = item.original_name, item.size
            db.session.commit()
            return existing
        db.session.delete(existing)
        db.session.flush()
    title = document.title(lang)
    item = media.upload(media_root, site_id, io.BytesIO(data), filename, alts={},
                        captions={lang: title[:1000]}, user=user, max_bytes=max_bytes)
    try:
        attachment = DocumentsAttachment(site_id=site_id, document_id=document.id, lang=lang,
                                         media_id=item.id, stored_name=item.stored_name,
                                         original_name=item.original_name, size=item.size)
        db.session.add(attachment)
        db.session.flush()
        record(site_id, user, "documents.attach", "documents_document", document.id,
               summary=f"{lang}: {item.original_name}")
        db.session.commit()
    except Exception:
        db.session.rollback()
        media.delete_media(media_root, item, confirm_in_use=True)
        raise
    db.session.refresh(document)
    return attachment


def remove_pdf(media_root: str, site_id: int, document: LegalDocument, lang: str,
               user=None) -> None:
    """Take the PDF in `lang` off the document and out of the media library."""
    attachment = document.attachment(lang)
    if attachment is None:
        return
    item = media.get_media(site_id, attachment.media_id)
    record(site_id, user, "documents.detach", "documents_document", document.id,
           summary=f"{lang}: {attachment.original_name}")
    db.session.delete(attachment)
    db.session.commit()
    if item is not None:
        media.delete_media(media_root, item, user=user, confirm_in_use=True)
    db.session.refresh(document)
