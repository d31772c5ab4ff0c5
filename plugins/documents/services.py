"""Legal documents: checking and saving them, their issuing bodies and
categories, deleting, and keeping site search current.

Every function takes plain arguments and works on one site. Functions that
change something check all their input first (ValidationError naming the
fields, in the editor's language, nothing written), record an audit event
and commit. Relations and attachments are in relations.py and attachments.py.
"""
from __future__ import annotations

import logging
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import func, or_, select

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.text.collate import sorted_lao
from gweb.text.html import sanitize_html
from gweb.timeutil import utcnow

from .models import (LANGS, STATUSES, TYPES, DocumentsBody, DocumentsCategory, LegalDocument,
                     document_category)
from .numbers import like_pattern, number_key, search_text, text_key

log = logging.getLogger("gweb.plugins.documents")
FIRST_YEAR = 1975  # the Lao PDR's legislation starts here
NUMBER_MAX, TITLE_MAX, SUMMARY_MAX, URL_MAX, NAME_MAX = 60, 500, 20000, 500, 300
EFFECTIVE_YEARS_AFTER = 10  # an effective date at most this long after the issue
SEARCH_KIND = "documents"


def last_year(today: date | None = None) -> int:
    """The latest year a document may carry: next year."""
    return (today or utcnow().date()).year + 1


# -- reading -------------------------------------------------------------------


def get_document(site_id: int, document_id: int, published_only: bool = False):
    """One document of the site, or None (also for another site's, or an
    unpublished one when `published_only`)."""
    document = db.session.get(LegalDocument, document_id)
    if document is None or document.site_id != site_id:
        return None
    if published_only and not document.published:
        return None
    return document


def admin_list(site_id: int, query: str = "", doc_type: str | None = None,
               status: str | None = None) -> list[LegalDocument]:
    """The site's documents for the admin, newest issue first, narrowed by a
    number or title (either digit system), a type and a status."""
    conditions = [LegalDocument.site_id == site_id]
    if doc_type in TYPES:
        conditions.append(LegalDocument.doc_type == doc_type)
    if status in STATUSES:
        conditions.append(LegalDocument.status == status)
    conditions.extend(query_conditions(query))
    return list(db.session.scalars(select(LegalDocument).where(*conditions).order_by(
        LegalDocument.issue_date.desc(), LegalDocument.id.desc())).unique())


def query_conditions(query: str) -> list:
    """SQL conditions for what was typed in a search box: the number (Lao
    or Arabic digits, spaces ignored) or words of a title."""
    text = text_key((query or "")[:200])
    if not text:
        return []
    return [or_(LegalDocument.number_key.like(like_pattern(number_key(text)), escape="\\"),
                LegalDocument.search_text.like(like_pattern(text), escape="\\"))]


# -- bodies and categories -----------------------------------------------------

TERM_MODELS = {"body": DocumentsBody, "category": DocumentsCategory}


def list_terms(site_id: int, kind: str, lang: str = "lo") -> list:
    """The site's issuing bodies (`kind` "body") or categories ("category"),
    in Lao (or English) collation order of their name in `lang`."""
    model = TERM_MODELS[kind]
    rows = db.session.scalars(select(model).where(model.site_id == site_id))
    return sorted_lao(rows, key=lambda t: t.name(lang), lang=lang)


def get_term(site_id: int, kind: str, term_id: int | None):
    model = TERM_MODELS[kind]
    term = db.session.get(model, term_id) if term_id else None
    return term if term is not None and term.site_id == site_id else None


def save_term(site_id: int, kind: str, values: dict, user=None, term=None):
    """Create (or rename `term`) a body or category from name_lo / name_en."""
    names = {lang: " ".join((values.get(f"name_{lang}") or "").split()) for lang in LANGS}
    errors = {}
    if not any(names.values()):
        errors["name_lo"] = _("Give the name in Lao, in English or in both.")
    for lang, name in names.items():
        if len(name) > NAME_MAX:
            errors[f"name_{lang}"] = _("At most %(count)d characters.", count=NAME_MAX)
    model = TERM_MODELS[kind]
    for lang, name in names.items():
        if name and lang not in errors:
            column = getattr(model, f"name_{lang}")
            clash = db.session.scalar(select(model.id).where(
                model.site_id == site_id, func.lower(column) == name.lower(),
                model.id != (term.id if term else -1)))
            if clash:
                errors[f"name_{lang}"] = _("This name is already in the list.")
    if errors:
        raise ValidationError(errors)
    is_new = term is None
    if is_new:
        term = model(site_id=site_id)
        db.session.add(term)
    term.name_lo, term.name_en = names["lo"], names["en"]
    db.session.flush()
    record(site_id, user, f"documents.{kind}_{'create' if is_new else 'update'}",
           model.__tablename__, term.id, summary=term.name_lo or term.name_en)
    db.session.commit()
    return term


def delete_term(site_id: int, kind: str, term, user=None) -> None:
    """Delete a category (documents lose it) or a body no document was issued by."""
    if kind == "body":
        used = db.session.scalar(select(func.count(LegalDocument.id)).where(
            LegalDocument.issuer_id == term.id))
        if used:
            raise ValidationError({"": _("Documents were issued by this body; change them "
                                         "before deleting it.")})
    record(site_id, user, f"documents.{kind}_delete", TERM_MODELS[kind].__tablename__, term.id,
           summary=term.name_lo or term.name_en)
    db.session.delete(term)
    db.session.commit()


# -- saving ----------------------------------------------------------------------


def save_document(site_id: int, values: dict, user=None,
                  document: LegalDocument | None = None) -> LegalDocument:
    """Create a document (or change `document`) from `values`: doc_type,
    number, issuer_id, agency_id, issue_date, effective_date,
    comment_deadline (dates), status, title_lo/en, summary_lo/en (HTML,
    sanitised), gazette_url, published, category_ids. Raises
    ValidationError and stores nothing when a value is wrong."""
    clean = _checked(site_id, values, document)
    categories = clean.pop("categories")
    is_new = document is None
    try:
        if is_new:
            document = LegalDocument(site_id=site_id)
            db.session.add(document)
        before = None if is_new else snapshot(document)
        for name, value in clean.items():
            setattr(document, name, value)
        document.categories = categories
        document.updated_at = utcnow()
        db.session.flush()
        record(site_id, user, "documents.create" if is_new else "documents.update",
               "documents_document", document.id, summary=label(document),
               before=before, after=snapshot(document))
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    reindex(document)
    return document


def delete_document(site_id: int, document: LegalDocument, user=None) -> None:
    """Delete a document with its relations (both ways) and attachment rows.
    The PDFs stay in the media library."""
    document_id = document.id
    record(site_id, user, "documents.delete", "documents_document", document_id,
           summary=label(document), before=snapshot(document))
    db.session.delete(document)
    db.session.commit()
    unindex(site_id, [document_id])


def label(document: LegalDocument, lang: str = "lo") -> str:
    """"136/ນຍ · title" for logs and lists."""
    return " · ".join(p for p in (document.number, document.title(lang)) if p)[:500]


def snapshot(document: LegalDocument) -> dict:
    return {"doc_type": document.doc_type, "number": document.number,
            "issuer_id": document.issuer_id, "agency_id": document.agency_id,
            "issue_date": _iso(document.issue_date),
            "effective_date": _iso(document.effective_date),
            "comment_deadline": _iso(document.comment_deadline), "status": document.status,
            "title_lo": document.title_lo, "title_en": document.title_en,
            "gazette_url": document.gazette_url, "published": document.published,
            "category_ids": sorted(c.id for c in document.categories)}


def _iso(value):
    return value.isoformat() if value else None


def _checked(site_id: int, values: dict, document: LegalDocument | None) -> dict:
    get = values.get
    clean = {"doc_type": get("doc_type") or "", "status": get("status") or "",
             "number": " ".join((get("number") or "").split()),
             "issue_date": get("issue_date"), "effective_date": get("effective_date"),
             "comment_deadline": get("comment_deadline"),
             "gazette_url": (get("gazette_url") or "").strip(),
             "published": bool(get("published"))}
    for lang in LANGS:
        clean[f"title_{lang}"] = " ".join((get(f"title_{lang}") or "").split())
        clean[f"summary_{lang}"] = sanitize_html((get(f"summary_{lang}") or "").strip())
    errors: dict[str, str] = {}
    if clean["doc_type"] not in TYPES:
        errors["doc_type"] = _("Choose the type of document.")
    if clean["status"] not in STATUSES:
        errors["status"] = _("Choose the status of the document.")
    _check_texts(clean, get, errors)
    issuer = get_term(site_id, "body", _int(get("issuer_id")))
    if issuer is None:
        errors["issuer_id"] = _("Choose the body that issued the document.")
    agency_id = _int(get("agency_id"))
    agency = get_term(site_id, "body", agency_id) if agency_id else None
    if agency_id and agency is None:
        errors["agency_id"] = _("Choose a responsible agency from the list.")
    _check_dates(clean, errors)
    url = clean["gazette_url"]
    if url and (len(url) > URL_MAX or not url.startswith(("https://", "http://"))
                or any(c.isspace() for c in url)):
        errors["gazette_url"] = _("Give the gazette's address, starting with https:// or http://.")
    if clean["number"]:
        clean["number_key"] = number_key(clean["number"])
    else:
        clean["number_key"] = None
        if clean["status"] != "draft" and clean["doc_type"] != "draft":
            errors["number"] = _("Give the document's number with its issuer's code, for "
                                 "example 136/ນຍ. Only a draft may have none.")
    if len(clean["number"]) > NUMBER_MAX:
        errors["number"] = _("At most %(count)d characters.", count=NUMBER_MAX)
    if not errors and clean["number_key"]:
        clash = db.session.scalar(select(LegalDocument).where(
            LegalDocument.site_id == site_id, LegalDocument.doc_type == clean["doc_type"],
            LegalDocument.issuer_id == issuer.id,
            LegalDocument.number_key == clean["number_key"],
            LegalDocument.id != (document.id if document else -1)).limit(1))
        if clash is not None:
            errors["number"] = _("Another document of this type from this body already has "
                                 "the number %(number)s.", number=clash.number)
    category_ids = {i for i in (_int(c) for c in get("category_ids") or []) if i}
    categories = list(db.session.scalars(select(DocumentsCategory).where(
        DocumentsCategory.site_id == site_id, DocumentsCategory.id.in_(category_ids)))) \
        if category_ids else []
    if len(categories) != len(category_ids):
        errors["category_ids"] = _("Choose categories from the list.")
    if errors:
        raise ValidationError(errors)
    clean.update(issuer_id=issuer.id, agency_id=agency.id if agency else None,
                 categories=categories,
                 search_text=search_text(clean["number"], [clean["title_lo"], clean["title_en"]]))
    return clean


def _check_texts(clean: dict, get, errors: dict) -> None:
    if not clean["title_lo"] and not clean["title_en"]:
        errors["title_lo"] = _("Give the title in Lao, in English or in both.")
    for lang in LANGS:
        if len(clean[f"title_{lang}"]) > TITLE_MAX:
            errors[f"title_{lang}"] = _("At most %(count)d characters.", count=TITLE_MAX)
        if len(clean[f"summary_{lang}"]) > SUMMARY_MAX:
            errors[f"summary_{lang}"] = _("At most %(count)d characters.", count=SUMMARY_MAX)


def _check_dates(clean: dict, errors: dict) -> None:
    latest = last_year()
    issued, effective, deadline = (clean["issue_date"], clean["effective_date"],
                                   clean["comment_deadline"])
    if not isinstance(issued, date):
        errors["issue_date"] = _("Give the date the document was issued.")
        issued = None
    elif not FIRST_YEAR <= issued.year <= latest:
        errors["issue_date"] = _("Give a date between %(first)d and %(last)d.",
                                 first=FIRST_YEAR, last=latest)
        issued = None
    if effective is not None:
        if not FIRST_YEAR <= effective.year <= latest + EFFECTIVE_YEARS_AFTER:
            errors["effective_date"] = _("Give a date between %(first)d and %(last)d.",
                                         first=FIRST_YEAR, last=latest + EFFECTIVE_YEARS_AFTER)
        elif issued and effective < issued:
            errors["effective_date"] = _("A document cannot take effect before it was issued.")
    if clean["status"] == "draft":
        if deadline is None:
            errors["comment_deadline"] = _("Give the last day for comments on this draft.")
        elif not FIRST_YEAR <= deadline.year <= latest:
            errors["comment_deadline"] = _("Give a date between %(first)d and %(last)d.",
                                           first=FIRST_YEAR, last=latest)
        elif issued and deadline < issued:
            errors["comment_deadline"] = _("The last day for comments cannot be before the "
                                           "draft was published.")
    else:
        clean["comment_deadline"] = None


def _int(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def documents_of_category(category_id: int) -> int:
    """How many documents carry the category (for the admin)."""
    return db.session.scalar(select(func.count()).select_from(document_category).where(
        document_category.c.category_id == category_id)) or 0


# -- search ----------------------------------------------------------------------


def reindex(document: LegalDocument) -> None:
    """Put a published document in site search (both languages), or take an
    unpublished one out. A failure is logged: the save stands, and
    `gweb search reindex` repairs the index."""
    from . import search_entries

    try:
        from gweb.search import services as search

        if document.published:
            search.index_documents(document.site_id, search_entries.entries(document))
        else:
            search.remove_documents(document.site_id, SEARCH_KIND, [str(document.id)])
    except Exception:
        db.session.rollback()
        log.exception("search index not updated for document %s", document.id)


def unindex(site_id: int, document_ids: list[int]) -> None:
    """Take documents out of site search (logged on failure)."""
    try:
        from gweb.search import services as search

        search.remove_documents(site_id, SEARCH_KIND, [str(i) for i in document_ids])
    except Exception:
        db.session.rollback()
        log.exception("search index not updated after deleting documents %s", document_ids)
