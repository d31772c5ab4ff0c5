"""What the documents plugin gives site search and the sitemap."""
from __future__ import annotations

from datetime import datetime, time

from flask_babel import force_locale
from sqlalchemy import select

from gweb.extensions import db
from gweb.text.html import plain_text

from .models import LANGS, LegalDocument, document_url

KIND = "documents"


def type_name(doc_type: str) -> str:
    """The name of a document type in the current language."""
    from .labels import TYPE_LABELS

    return str(TYPE_LABELS.get(doc_type, doc_type))


def entries(document: LegalDocument) -> list[dict]:
    """The search documents of one published document, one per language
    that has a title (the number and the type are part of the title)."""
    docs = []
    published = datetime.combine(document.issue_date, time(0))
    published = min(published, document.created_at) if document.created_at else published
    for lang in LANGS:
        title = getattr(document, f"title_{lang}")
        if not title:
            continue
        with force_locale(lang):
            kind_name = type_name(document.doc_type)
        heading = " ".join(p for p in (kind_name, document.number) if p)
        issuer = document.issuer.name(lang) if document.issuer else ""
        summary = plain_text(getattr(document, f"summary_{lang}"))
        docs.append({"kind": KIND, "key": str(document.id), "lang": lang,
                     "title": f"{heading}: {title}" if heading else title,
                     "body": " ".join(p for p in (document.number, issuer, summary) if p),
                     "url": document.url(lang), "published_at": published})
    return docs


def all_entries(site_id: int) -> list[dict]:
    """Every published document of the site, for a full rebuild."""
    rows = db.session.scalars(select(LegalDocument).where(
        LegalDocument.site_id == site_id, LegalDocument.published.is_(True))
        .order_by(LegalDocument.id)).unique()
    return [doc for document in rows for doc in entries(document)]


def sitemap(site_id: int) -> list[dict]:
    """The list in each language, then each published document with its
    languages as each other's alternates. Reads four columns, not documents:
    a ministry's library holds thousands."""
    rows = db.session.execute(select(
        LegalDocument.id, LegalDocument.title_lo, LegalDocument.title_en,
        LegalDocument.updated_at).where(
        LegalDocument.site_id == site_id, LegalDocument.published.is_(True))
        .order_by(LegalDocument.id)).all()
    latest = max((row.updated_at for row in rows), default=None)
    urls = [{"loc": {lang: f"/{lang}/documents/" for lang in LANGS}, "lastmod": latest}]
    for row in rows:
        titles = {"lo": row.title_lo, "en": row.title_en}
        urls.append({"loc": {lang: document_url(row.id, lang, titles[lang])
                             for lang in LANGS if titles[lang]},
                     "lastmod": row.updated_at})
    return urls
