"""Relations between documents: a decree implements a law, a law amends or
repeals another. Each relation is stored once (source -> target) and shown
both ways: "Implements" on the source, "Implemented by" on the target."""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import or_, select

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db

from .labels import RELATION_LABELS
from .models import LANGS, RELATION_KINDS, DocumentsRelation, LegalDocument
from .services import get_document, label


@dataclass
class Related:
    """A relation as seen from one document: `direction` is "out" (this
    document implements/amends/repeals `other`) or "in" (`other` does it to
    this one)."""

    relation: DocumentsRelation
    direction: str
    other: LegalDocument

    @property
    def kind(self) -> str:
        return self.relation.kind


def relations_of(document: LegalDocument, published_only: bool = False) -> list[Related]:
    """Every relation of `document`, both ways, in one query; with
    `published_only`, only those whose other end is published."""
    rows = db.session.scalars(select(DocumentsRelation).where(
        DocumentsRelation.site_id == document.site_id,
        or_(DocumentsRelation.source_id == document.id,
            DocumentsRelation.target_id == document.id))).unique()
    related = []
    for row in rows:
        outgoing = row.source_id == document.id
        other = row.target if outgoing else row.source
        if published_only and not other.published:
            continue
        related.append(Related(row, "out" if outgoing else "in", other))
    related.sort(key=lambda r: (r.direction != "out", RELATION_KINDS.index(r.kind),
                                r.other.issue_date, r.other.id))
    return related


def add_relation(site_id: int, source: LegalDocument, target_id, kind: str,
                 user=None) -> DocumentsRelation:
    """Record that `source` `kind`s the document `target_id` of the same site.
    Refuses a relation to itself, an unknown kind or document, and one that
    is already there."""
    errors = {}
    if kind not in RELATION_KINDS:
        errors["kind"] = _("Choose how the documents are related.")
    try:
        target_id = int(target_id)
    except (TypeError, ValueError):
        target_id = None
    target = get_document(site_id, target_id) if target_id else None
    if target_id is not None and target_id == source.id:
        errors["target_id"] = _("A document cannot be related to itself.")
    elif target is None:
        errors["target_id"] = _("Choose the other document from the list.")
    if not errors:
        exists = db.session.scalar(select(DocumentsRelation.id).where(
            DocumentsRelation.source_id == source.id, DocumentsRelation.target_id == target.id,
            DocumentsRelation.kind == kind))
        if exists:
            errors["target_id"] = _("This relation is already recorded.")
    if errors:
        raise ValidationError(errors)
    relation = DocumentsRelation(site_id=site_id, source_id=source.id, target_id=target.id,
                                 kind=kind)
    try:
        db.session.add(relation)
        db.session.flush()
        record(site_id, user, "documents.relate", "documents_relation", relation.id,
               summary=_summary(source, kind, target))
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return relation


def get_relation(site_id: int, document: LegalDocument, relation_id) -> DocumentsRelation | None:
    """A relation of `document` (either end), or None."""
    relation = db.session.get(DocumentsRelation, relation_id)
    if relation is None or relation.site_id != site_id or document.id not in (
            relation.source_id, relation.target_id):
        return None
    return relation


def remove_relation(site_id: int, relation: DocumentsRelation, user=None) -> None:
    """Delete a relation (it disappears from both documents)."""
    record(site_id, user, "documents.unrelate", "documents_relation", relation.id,
           summary=_summary(relation.source, relation.kind, relation.target))
    db.session.delete(relation)
    db.session.commit()


def _summary(source: LegalDocument, kind: str, target: LegalDocument) -> str:
    """"136/ນຍ · Title ຈັດຕັ້ງປະຕິບັດ / Implements 20/ສພຊ · Title": the audit log
    keeps one text for readers of either language, so the relation is named in both."""
    names = []
    for lang in LANGS:
        with force_locale(lang):
            names.append(str(RELATION_LABELS[(kind, "out")]))
    return f"{label(source)} {' / '.join(names)} {label(target)}"


def candidates(document: LegalDocument) -> list[LegalDocument]:
    """The documents `document` may be related to (the site's others), newest first."""
    return list(db.session.scalars(select(LegalDocument).where(
        LegalDocument.site_id == document.site_id, LegalDocument.id != document.id)
        .order_by(LegalDocument.issue_date.desc(), LegalDocument.id.desc())).unique())

