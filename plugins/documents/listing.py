"""The public list: filters (type, year, issuing body, category, status, a
number or title typed in either digit system), orders (issue date either
way, or title in Lao collation: ICU's keys, stored with each document) and
pages, each read in SQL a page at a time, in a fixed number of queries."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import defer, lazyload

from gweb.cache.services import site_memo
from gweb.extensions import db

from .models import STATUSES, TYPES, LegalDocument, document_category
from .services import list_terms, query_conditions

PER_PAGE = 20
_AS_LIST_ITEMS = (lazyload(LegalDocument.agency), lazyload(LegalDocument.categories),
                  lazyload(LegalDocument.attachments), defer(LegalDocument.summary_lo),
                  defer(LegalDocument.summary_en), defer(LegalDocument.search_text))
SORTS = ("date", "date_asc", "title")
QUERY_MAX = 100


@dataclass
class Filters:
    """What a visitor asked for, cleaned: anything unknown is dropped."""

    q: str = ""
    doc_type: str = ""
    year: int | None = None
    body: int | None = None
    category: int | None = None
    status: str = ""
    sort: str = "date"

    @classmethod
    def from_args(cls, args) -> "Filters":
        """From the query string (a GET form), never raising on what is typed."""
        def number(name):
            value = (args.get(name) or "").strip()
            return int(value) if value.isdigit() and len(value) < 10 else None

        year = number("year")
        return cls(q=" ".join((args.get("q") or "").split())[:QUERY_MAX],
                   doc_type=args.get("type") if args.get("type") in TYPES else "",
                   year=year if year and 1900 < year < 2200 else None,
                   body=number("body"), category=number("category"),
                   status=args.get("status") if args.get("status") in STATUSES else "",
                   sort=args.get("sort") if args.get("sort") in SORTS else "date")

    def args(self, **changes) -> dict:
        """The non-empty values as query-string arguments (for links)."""
        values = {"q": self.q, "type": self.doc_type, "year": self.year, "body": self.body,
                  "category": self.category, "status": self.status,
                  "sort": self.sort if self.sort != "date" else None}
        values.update(changes)
        return {k: v for k, v in values.items() if v}

    @property
    def active(self) -> bool:
        return bool(self.q or self.doc_type or self.year or self.body or self.category
                    or self.status)


class Choice(NamedTuple):
    """An issuing body or a category as the filter form offers it."""

    id: int
    name: str


@dataclass
class Listing:
    items: list[LegalDocument]
    total: int
    page: int
    pages: int
    per_page: int
    years: tuple[int, ...] = ()
    bodies: tuple[Choice, ...] = ()
    categories: tuple[Choice, ...] = ()


def browse(site_id: int, lang: str, filters: Filters, page: int = 1,
           per_page: int = PER_PAGE) -> Listing:
    """A page of the site's published documents matching `filters`."""
    conditions = [LegalDocument.site_id == site_id, LegalDocument.published.is_(True)]
    if filters.doc_type:
        conditions.append(LegalDocument.doc_type == filters.doc_type)
    if filters.status:
        conditions.append(LegalDocument.status == filters.status)
    if filters.year:
        conditions.append(LegalDocument.issue_date >= date(filters.year, 1, 1))
        conditions.append(LegalDocument.issue_date < date(filters.year + 1, 1, 1))
    if filters.body:
        conditions.append(LegalDocument.issuer_id == filters.body)
    if filters.category:
        conditions.append(LegalDocument.id.in_(
            select(document_category.c.document_id).where(
                document_category.c.category_id == filters.category)))
    conditions.extend(query_conditions(filters.q))
    total = db.session.scalar(select(func.count(LegalDocument.id)).where(*conditions)) or 0
    pages = max(1, math.ceil(total / per_page))
    page = min(max(page, 1), pages)
    if filters.sort == "title":
        order = (getattr(LegalDocument, f"title_key_{lang}"), LegalDocument.id)
    elif filters.sort == "date_asc":
        order = (LegalDocument.issue_date, LegalDocument.id)
    else:
        order = (LegalDocument.issue_date.desc(), LegalDocument.id.desc())
    # The page's ids first, from an index in that order; then their rows.
    ids = list(db.session.scalars(select(LegalDocument.id).where(*conditions).order_by(*order)
                                  .limit(per_page).offset((page - 1) * per_page)))
    # A list item shows neither the agency, the categories, the attachments
    # nor the summaries: left out, they cost no query and no objects.
    by_id = {d.id: d for d in db.session.scalars(
        select(LegalDocument).where(LegalDocument.id.in_(ids)).options(*_AS_LIST_ITEMS)
    ).unique()} if ids else {}
    items = [by_id[i] for i in ids if i in by_id]
    years, bodies, categories = filter_choices(site_id, lang)
    return Listing(items=items, total=total, page=page,
                   pages=pages, per_page=per_page, years=years, bodies=bodies,
                   categories=categories)


def filter_choices(site_id: int, lang: str) -> tuple[tuple, tuple, tuple]:
    """What the filter form offers on site `site_id` in `lang`: the years of
    its published documents (latest first), its issuing bodies and its
    categories (each in `lang`'s collation order). Kept per site until its
    content changes: three queries and an ICU sort that every page of the
    list would otherwise repeat."""
    def read() -> tuple[tuple, tuple, tuple]:
        return (tuple(years(site_id)),
                tuple(Choice(t.id, t.name(lang)) for t in list_terms(site_id, "body", lang)),
                tuple(Choice(t.id, t.name(lang)) for t in list_terms(site_id, "category", lang)))

    return site_memo(site_id, ("documents_filters", lang), read, timeless=True)


def years(site_id: int) -> list[int]:
    """The years in which the site's published documents were issued, latest first."""
    dates = db.session.scalars(select(LegalDocument.issue_date).where(
        LegalDocument.site_id == site_id, LegalDocument.published.is_(True)).distinct())
    return sorted({d.year for d in dates}, reverse=True)


def refresh_title_keys(site_id: int | None = None, batch: int = 500) -> int:
    """Compute every document's title collation keys again (of one site, or
    all): needed when an upgrade of ICU changes its collation, since keys
    made by two versions do not compare. Returns how many were refreshed."""
    query = select(LegalDocument).order_by(LegalDocument.id)
    if site_id is not None:
        query = query.where(LegalDocument.site_id == site_id)
    done, last_id = 0, 0
    while True:
        documents = list(db.session.scalars(
            query.where(LegalDocument.id > last_id).limit(batch)).unique())
        if not documents:
            return done
        for document in documents:
            for name, key in document.title_keys().items():
                setattr(document, name, key)
        db.session.commit()
        done, last_id = done + len(documents), documents[-1].id
