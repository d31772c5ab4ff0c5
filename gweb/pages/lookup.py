"""Reading pages as the public sees them: only what is live, in the asked
language or else the site's default language, each in a fixed number of queries."""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote

from sqlalchemy import DateTime, bindparam, literal_column, select, union_all

from gweb.extensions import db
from gweb.pages.copies import PageCopy, TranslationCopy, pages_from_rows
from gweb.pages.models import Page, PageTranslation


@dataclass
class PublicPage:
    """A page as a visitor gets it in one language."""

    page: PageCopy | Page  # a read-only copy, or the ORM Page for an editor's preview
    translation: TranslationCopy | PageTranslation  # the text shown
    lang: str  # the language asked for
    # lang -> path of every language this page is live in (for switcher and hreflang)
    alternates: dict[str, str] = field(default_factory=dict)

    @property
    def is_fallback(self) -> bool:
        """True when the page is shown in the default language instead."""
        return self.translation.lang != self.lang


@dataclass
class TreeNode:
    """A live page in a tree for navigation (sitemap page, child lists)."""

    page_id: int
    parent_id: int | None
    title: str
    path: str
    lang: str
    summary: str = ""
    children: list["TreeNode"] = field(default_factory=list)


def page_href(lang: str, path: str) -> str:
    """The root-relative URL of a page path, percent-encoded (Lao stays Lao
    in the browser's address bar, which decodes it)."""
    if _UNQUOTED.fullmatch(path):
        return f"/{lang}/{path}"  # what quote() would give back, without its work
    return f"/{lang}/" + _quoted(path)


@lru_cache(maxsize=8192)
def _quoted(path: str) -> str:
    # Kept: a Lao path is encoded a byte at a time, and the same pages'
    # paths (the menu's sections, a page's ancestors) come again and again.
    return quote(path, safe="/-")


# The characters quote(path, safe="/-") leaves as they are.
_UNQUOTED = re.compile(r"[A-Za-z0-9_.~/-]*")


def find_public_page(site, lang: str, path: str, now: datetime) -> tuple[PublicPage | None, str | None]:
    """The live page at /<lang>/<path>.

    Returns (page, None), or (None, canonical path) when the path is the
    default language's and the page has its own path in `lang`, or
    (None, None) when nothing live is there.
    """
    path = unicodedata.normalize("NFC", path.strip("/"))
    # Read-only copies from a Core query on the session's connection: the
    # ORM's loading cost more than the query (gweb.pages.copies).
    pages = pages_from_rows(db.session.connection().execute(_page_statement(), {
        "site_id": site.id, "path": path, "lang": lang, "default_lang": site.default_lang,
        "now": now}).all())
    langs = {lang, site.default_lang}
    rows = [t for page in pages.values() for t in page.translations
            if t.path == path and t.lang in langs and t.is_visible(now)]
    row = next((r for r in rows if r.lang == lang), None) or next(iter(rows), None)
    if row is None:
        return None, None
    live = {t.lang: t for t in row.page.translations if t.is_visible(now)}
    if row.lang != lang and lang in live:
        return None, live[lang].path
    shown = live.get(lang) or row
    return PublicPage(page=row.page, translation=shown, lang=lang,
                      alternates={code: t.path for code, t in live.items()}), None


def breadcrumbs(public: PublicPage, now: datetime) -> list[tuple[str, str]]:
    """(title, path) of each ancestor of the page, home first, in the shown language."""
    row = public.translation
    if not row.path:
        return []
    prefixes = _ancestor_paths(row.path)
    found = dict(db.session.connection().execute(_breadcrumbs_statement(), {
        "site_id": row.site_id, "lang": row.lang, "prefixes": prefixes, "now": now}).all())
    return [(found[p], p) for p in prefixes if p in found]


def _ancestor_paths(path: str) -> list[str]:
    if not path:
        return []
    parts = path.split("/")
    return [""] + ["/".join(parts[:i]) for i in range(1, len(parts))]


def crumbs_and_children(site, public: PublicPage, now: datetime
                        ) -> tuple[list[tuple[str, str]], list[TreeNode]]:
    """`breadcrumbs(public, now)` and the page's live children shown in menus
    (`live_tree(site, lang, now, parent_id=..., menus_only=True)`), in one query."""
    row, lang = public.translation, public.lang
    prefixes = _ancestor_paths(row.path)
    found: dict[str, str] = {}
    nodes: dict[int, TreeNode] = {}
    order: list[int] = []
    # All rows at once: iterating a result fetches them one call a row.
    params = {"site_id": site.id, "crumb_lang": row.lang, "lang": lang,
              "default_lang": site.default_lang, "parent_id": public.page.id, "now": now}
    if len(prefixes) <= CRUMB_SLOTS:
        # Plain parameters (an "expanding" list is re-rendered at each execution),
        # the unused ones a path no page has.
        params.update((f"prefix_{i}", p) for i, p in enumerate(
            prefixes + [NO_PATH] * (CRUMB_SLOTS - len(prefixes))))
        statement = _crumbs_and_children_statement(CRUMB_SLOTS)
    else:
        params["prefixes"] = prefixes
        statement = _crumbs_and_children_statement(None)
    rows = db.session.connection().execute(statement, params).all()
    for part, page_id, parent_id, row_lang, title, path, summary, _pos in rows:
        if part == 0:
            found[path] = title
            continue
        if page_id in nodes and nodes[page_id].lang == lang:
            continue  # the asked language's row came first
        if page_id not in nodes:
            order.append(page_id)
        nodes[page_id] = TreeNode(page_id, parent_id, title, path, row_lang, summary)
    return [(found[p], p) for p in prefixes if p in found], [nodes[i] for i in order]


def live_tree(site, lang: str, now: datetime, parent_id: int | None = None,
              menus_only: bool = False) -> list[TreeNode]:
    """The live page tree in `lang` (pages missing in `lang` in the default
    language), as nested nodes; with `parent_id`, only that page's children.
    One query."""
    params = {"site_id": site.id, "lang": lang, "default_lang": site.default_lang, "now": now,
              "parent_id": parent_id}
    query = _tree_statement(menus_only, parent_id is not None)
    nodes: dict[int, TreeNode] = {}
    order: list[int] = []
    for page_id, parent_id, row_lang, title, path, summary in \
            db.session.connection().execute(query, params).all():
        if page_id in nodes and nodes[page_id].lang == lang:
            continue
        if page_id not in nodes:
            order.append(page_id)
        nodes[page_id] = TreeNode(page_id, parent_id, title, path, row_lang, summary)
    roots: list[TreeNode] = []
    for page_id in order:
        node = nodes[page_id]
        parent = nodes.get(node.parent_id)
        if parent is not None:
            parent.children.append(node)
        elif node.parent_id is None or node.parent_id == parent_id:
            roots.append(node)
    return roots


# The statements of the public lookups, built once (building one costs more
# than running it on a small site); the values come as bound parameters.
_NOW = bindparam("now", type_=DateTime())


def _in_either_language():
    # The asked and the default language as two plain parameters (the same
    # one twice is fine): an "expanding" list is re-rendered at each execution.
    return PageTranslation.lang.in_([bindparam("lang"), bindparam("default_lang")])


@cache
def _page_statement():
    # Every translation of the pages live at the path, in one query: the
    # other languages' paths are needed for the language switcher.
    at_path = (select(PageTranslation.page_id)
               .where(PageTranslation.site_id == bindparam("site_id"),
                      PageTranslation.path == bindparam("path"),
                      _in_either_language(),
                      PageTranslation.visible_clause(_NOW)))
    page = Page.__table__
    return (select(PageTranslation.__table__,
                   *(column.label("page__" + column.key) for column in page.columns))
            .join(page, page.c.id == PageTranslation.page_id)
            .where(PageTranslation.site_id == bindparam("site_id"),
                   PageTranslation.page_id.in_(at_path))
            .order_by(PageTranslation.id))


@cache
def _breadcrumbs_statement():
    return (select(PageTranslation.path, PageTranslation.title)
            .where(PageTranslation.site_id == bindparam("site_id"),
                   PageTranslation.lang == bindparam("lang"),
                   PageTranslation.path.in_(bindparam("prefixes", expanding=True)),
                   PageTranslation.visible_clause(_NOW)))


# Breadcrumbs of pages up to this deep are read with plain parameters.
CRUMB_SLOTS = 8
NO_PATH = "/"  # never a page's path (paths have no leading slash)


@cache
def _crumbs_and_children_statement(slots: int | None):
    # Part 0: the ancestors at the breadcrumbs' paths; part 1: the children.
    columns = (PageTranslation.page_id.label("page_id"), Page.parent_id.label("parent_id"),
               PageTranslation.lang.label("lang"), PageTranslation.title.label("title"),
               PageTranslation.path.label("path"), PageTranslation.summary.label("summary"),
               Page.position.label("position"))
    crumbs = (select(literal_column("0").label("part"), *columns)
              .join(Page, Page.id == PageTranslation.page_id)
              .where(PageTranslation.site_id == bindparam("site_id"),
                     PageTranslation.lang == bindparam("crumb_lang"),
                     PageTranslation.path.in_(
                         [bindparam(f"prefix_{i}") for i in range(slots)] if slots
                         else bindparam("prefixes", expanding=True)),
                     PageTranslation.visible_clause(_NOW)))
    children = (select(literal_column("1").label("part"), *columns)
                .join(Page, Page.id == PageTranslation.page_id)
                .where(PageTranslation.site_id == bindparam("site_id"),
                       _in_either_language(), PageTranslation.visible_clause(_NOW),
                       Page.show_in_menus.is_(True), Page.parent_id == bindparam("parent_id")))
    return union_all(crumbs, children).order_by("part", "position", "page_id")


@cache
def _tree_statement(menus_only: bool, under_parent: bool):
    query = (select(PageTranslation.page_id, Page.parent_id, PageTranslation.lang,
                    PageTranslation.title, PageTranslation.path, PageTranslation.summary)
             .join(Page, Page.id == PageTranslation.page_id)
             .where(PageTranslation.site_id == bindparam("site_id"),
                    _in_either_language(),
                    PageTranslation.visible_clause(_NOW))
             .order_by(Page.position, Page.id))
    if menus_only:
        query = query.where(Page.show_in_menus.is_(True))
    if under_parent:
        query = query.where(Page.parent_id == bindparam("parent_id"))
    return query


def sitemap_entries(site, now: datetime) -> list[dict]:
    """Every live page with its path in each language and its last change."""
    entries: dict[int, dict] = {}
    rows = db.session.connection().execute(
        select(PageTranslation.page_id, PageTranslation.lang, PageTranslation.path,
               PageTranslation.last_published_at, PageTranslation.publish_at)
        .where(PageTranslation.site_id == site.id, PageTranslation.visible_clause(now))
        .order_by(PageTranslation.page_id))
    for page_id, lang, path, published, publish_at in rows:
        entry = entries.setdefault(page_id, {"loc": {}, "lastmod": None})
        entry["loc"][lang] = page_href(lang, path)
        stamp = max(d for d in (published, publish_at, datetime.min) if d)
        if entry["lastmod"] is None or stamp > entry["lastmod"]:
            entry["lastmod"] = stamp
    return list(entries.values())
