"""Building, editing and reading the header and footer menus of a site.

Editing functions take plain arguments, record each change in the audit log
(`user` is who made it) and leave the commit to the caller. `add_item` records
only when given a `user`, so that building a new site's standard menus is not
logged item by item.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from flask_babel import gettext as _
from sqlalchemy import select

from gweb.audit import services as audit
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.menus.models import MENU_KEYS, Menu, MenuItem, MenuItemTranslation
from gweb.pages import editorial
from gweb.pages.lookup import page_href
from gweb.pages.models import Page, PageTranslation

LABEL_MAX = 200   # menu_item_translation.label
URL_MAX = 2000    # menu_item.url
_SCHEMES = ("https://", "http://", "mailto:", "tel:")


class ItemNotFound(LookupError):
    """No menu item with this id on this site (another site's items included)."""


@dataclass
class MenuLink:
    """One entry of a menu as a template shows it."""

    label: str
    url: str
    lang: str  # the language of the label (differs on a fallback)
    external: bool = False
    order: int = 0


@dataclass
class EditorRow:
    """One item of a menu as the admin lists it."""

    item: MenuItem
    labels: dict[str, str]          # lang -> the item's own label ("" when empty)
    target: str                     # the page's title, or the address
    target_lang: str | None = None  # the language of the title shown (None: an address)
    live: bool = True               # False: a page that visitors cannot see now
    name: str = ""                  # what to call the item in messages and hidden labels

    @property
    def is_page(self) -> bool:
        return bool(self.item.page_id)


def menu_name(key: str) -> str:
    """The name of a menu in the current language."""
    return {"header": _("Main menu"), "footer": _("Footer menu")}[key]


def get_menu(site_id: int, key: str) -> Menu:
    """The site's menu called `key`, created empty the first time it is asked for."""
    if key not in MENU_KEYS:
        raise ValidationError(_("Unknown menu “%(key)s”.", key=key))
    menu = db.session.scalar(select(Menu).where(Menu.site_id == site_id, Menu.key == key))
    if menu is None:
        menu = Menu(site_id=site_id, key=key)
        db.session.add(menu)
        db.session.flush()
    return menu


def get_item(site_id: int, item_id: int) -> MenuItem | None:
    """A menu item of this site by id (None for another site's item)."""
    return db.session.scalar(select(MenuItem).where(MenuItem.site_id == site_id,
                                                    MenuItem.id == item_id))


def items_of(site_id: int, key: str) -> list[MenuItem]:
    """The items of a menu in their order."""
    return _ordered(get_menu(site_id, key))


# -- editing -------------------------------------------------------------------


def add_item(site_id: int, key: str, *, page_id: int | None = None, url: str = "",
             labels: dict[str, str] | None = None, user=None) -> MenuItem:
    """Append an item linking to a page of the site, or to an address.

    An item to a page may leave its labels empty to show the page's title;
    an item to an address needs a label in every language of `labels`.
    Recorded in the audit log when `user` is given. The caller commits.
    """
    page_id, url, labels = _clean(site_id, page_id, url, labels)
    menu = get_menu(site_id, key)
    item = MenuItem(menu=menu, site_id=site_id, page_id=page_id, url=url,
                    position=len(menu.items))
    for lang, label in labels.items():
        item.translations.append(MenuItemTranslation(lang=lang, label=label))
    db.session.add(item)
    db.session.flush()
    if user is not None:
        audit.record(site_id, user, "menu.add", "menu_item", item.id,
                     _("Menu item “%(name)s” added to the %(menu)s.",
                       name=_describe(item), menu=menu_name(key)),
                     after=_snapshot(item))
    return item


def update_item(site_id: int, item_id: int, *, page_id: int | None = None, url: str = "",
                labels: dict[str, str] | None = None, user=None) -> MenuItem:
    """Point an item at another page or address and change its labels
    (languages missing from `labels` keep theirs). The caller commits."""
    item = _require(site_id, item_id)
    before = _snapshot(item)
    page_id, url, labels = _clean(site_id, page_id, url, labels)
    item.page_id, item.url = page_id, url
    rows = {t.lang: t for t in item.translations}
    for lang, label in labels.items():
        if lang in rows:
            rows[lang].label = label
        else:
            item.translations.append(MenuItemTranslation(lang=lang, label=label))
    db.session.flush()
    after = _snapshot(item)
    if after != before:
        audit.record(site_id, user, "menu.update", "menu_item", item.id,
                     _("Menu item “%(name)s” in the %(menu)s changed.",
                       name=_describe(item), menu=menu_name(item.menu.key)),
                     before=before, after=after)
    return item


def delete_item(site_id: int, item_id: int, *, user=None) -> None:
    """Remove an item; the items after it move up. The caller commits."""
    item = _require(site_id, item_id)
    menu, before, name = item.menu, _snapshot(item), _describe(item)
    menu.items.remove(item)  # delete-orphan: deleted at the flush
    _renumber(_ordered(menu))
    db.session.flush()
    audit.record(site_id, user, "menu.delete", "menu_item", item_id,
                 _("Menu item “%(name)s” removed from the %(menu)s.",
                   name=name, menu=menu_name(menu.key)), before=before)


def move_item(site_id: int, item_id: int, offset: int, *, user=None) -> MenuItem:
    """Move an item `offset` places (negative: towards the start), stopping at
    either end of its menu. The caller commits."""
    item = _require(site_id, item_id)
    items = _ordered(item.menu)
    old = items.index(item)
    new = max(0, min(len(items) - 1, old + int(offset)))
    if new != old:
        before = [i.id for i in items]
        items.insert(new, items.pop(old))
        _change_order(site_id, item.menu.key, items, before, user, moved=item)
    return item


def reorder(site_id: int, key: str, ordered_ids, *, user=None) -> list[MenuItem]:
    """Put the items of a menu in the order of `ordered_ids`, which must name
    each of the menu's items exactly once. The caller commits."""
    items = items_of(site_id, key)
    try:
        ids = [int(i) for i in ordered_ids]
    except (TypeError, ValueError):
        ids = []
    if sorted(ids) != sorted(i.id for i in items):
        raise ValidationError(_("The menu has changed since this page was loaded. "
                                "Reload the page and try again."))
    by_id = {i.id: i for i in items}
    new = [by_id[i] for i in ids]
    if new != items:
        _change_order(site_id, key, new, [i.id for i in items], user)
    return new


def position_of(item: MenuItem) -> tuple[int, int]:
    """(number counting from 1, number of items) of an item in its menu."""
    items = _ordered(item.menu)
    return items.index(item) + 1, len(items)


def _change_order(site_id: int, key: str, items: list[MenuItem], before: list[int], user,
                  moved: MenuItem | None = None) -> None:
    _renumber(items)
    db.session.flush()
    if moved is not None:
        summary = _("Menu item “%(name)s” moved to place %(position)d of %(count)d in the "
                    "%(menu)s.", name=_describe(moved), position=items.index(moved) + 1,
                    count=len(items), menu=menu_name(key))
    else:
        summary = _("The items of the %(menu)s were put in a new order.", menu=menu_name(key))
    audit.record(site_id, user, "menu.reorder", "menu", items[0].menu_id, summary,
                 before={"order": before}, after={"order": [i.id for i in items]})


def _require(site_id: int, item_id) -> MenuItem:
    item = get_item(site_id, item_id)
    if item is None:
        raise ItemNotFound(item_id)
    return item


def _ordered(menu: Menu) -> list[MenuItem]:
    # The order the public menus use; the loaded relationship list is not
    # re-sorted when positions change within a session.
    return sorted(menu.items, key=lambda i: (i.position, i.id))


def _renumber(items: list[MenuItem]) -> None:
    for position, item in enumerate(items):
        item.position = position


def _clean(site_id: int, page_id, url: str, labels: dict | None):
    """Checked (page_id, url, labels), or ValidationError naming each bad field
    (page_id, url, label_<lang>; label when no language was given)."""
    url = (url or "").strip()
    labels = {lang: unicodedata.normalize("NFC", (label or "").strip())
              for lang, label in (labels or {}).items()}
    if bool(page_id) == bool(url):
        raise ValidationError(_("A menu item links either to a page or to an address."))
    errors = {}
    if page_id and editorial.get_page(site_id, page_id) is None:
        errors["page_id"] = _("Choose a page of this site.")
    if url:
        problem = _url_problem(url)
        if problem:
            errors["url"] = problem
        else:
            url = next((s + url[len(s):] for s in _SCHEMES if url.lower().startswith(s)), url)
        if not labels:
            errors["label"] = _("A link to an address needs a label.")
    for lang, label in labels.items():
        if len(label) > LABEL_MAX:
            errors[f"label_{lang}"] = _("A label can be at most %(n)d characters long.",
                                        n=LABEL_MAX)
        elif url and not label:
            errors[f"label_{lang}"] = _("A link to an address needs a label.")
    if errors:
        raise ValidationError(errors)
    return (page_id or None), ("" if page_id else url), labels


def _url_problem(url: str) -> str | None:
    """Why `url` cannot be a menu link, or None. Allowed: https, http, mailto,
    tel, and paths on this site (never javascript:, data:, //host or \\host)."""
    if len(url) > URL_MAX:
        return _("An address can be at most %(n)d characters long.", n=URL_MAX)
    if any(c.isspace() or c == "\\" or unicodedata.category(c) in ("Cc", "Cf") for c in url):
        return _("An address cannot contain spaces or backslashes.")
    lower = url.lower()
    try:
        if lower.startswith(("https://", "http://")) and urlsplit(url).hostname:
            return None
    except ValueError:
        pass
    if lower.startswith(("mailto:", "tel:")) and url.split(":", 1)[1]:
        return None
    if url.startswith("/") and not url.startswith("//"):
        return None
    return _("Give an address starting with https://, http://, mailto: or tel:, "
             "or a path on this site starting with /.")


def _snapshot(item: MenuItem) -> dict:
    """What the audit log keeps of an item."""
    return {"menu": item.menu.key if item.menu else None, "position": item.position,
            "page_id": item.page_id, "url": item.url,
            "labels": {t.lang: t.label for t in sorted(item.translations, key=lambda t: t.lang)}}


def _describe(item: MenuItem) -> str:
    """A name for an item in messages: a label, else its page's title, else its address."""
    for t in sorted(item.translations, key=lambda t: t.lang != "lo"):
        if t.label:
            return t.label
    if item.page_id:
        page = db.session.get(Page, item.page_id)
        if page is not None and page.translations:
            return sorted(page.translations, key=lambda t: t.lang != "lo")[0].title
    return item.url


# -- reading -------------------------------------------------------------------


def _title(page: Page, lang: str, default_lang: str) -> PageTranslation | None:
    """A page's translation in `lang`, else the default language, else any."""
    return (page.translation(lang) or page.translation(default_lang)
            or (page.translations[0] if page.translations else None))


def editor_rows(site, key: str, lang: str, now: datetime) -> list[EditorRow]:
    """The items of a menu for the admin, with their pages' titles in `lang`
    (or the site's default language). Three queries."""
    items = items_of(site.id, key)
    page_ids = {i.page_id for i in items if i.page_id}
    pages = {p.id: p for p in db.session.scalars(
        select(Page).where(Page.site_id == site.id, Page.id.in_(page_ids)))} if page_ids else {}
    rows = []
    for item in items:
        labels = {t.lang: t.label for t in item.translations}
        own = labels.get(lang) or next((v for v in labels.values() if v), "")
        if item.page_id:
            page = pages.get(item.page_id)
            row = _title(page, lang, site.default_lang) if page else None
            title = row.title if row else ""
            live = page is not None and any(t.is_visible(now) for t in page.translations)
            rows.append(EditorRow(item, labels, title, row.lang if row else None, live,
                                  own or title))
        else:
            rows.append(EditorRow(item, labels, item.url, None, True, own or item.url))
    return rows


def page_options(site, lang: str) -> list[tuple[int, str, str]]:
    """Every page of the site in tree order for a <select>: (id, title indented
    by its depth, the language of the title)."""
    options = []
    for page, depth in editorial.page_overview(site.id):
        row = _title(page, lang, site.default_lang)
        if row is None:
            continue
        indent = "\u2003" * depth + ("– " if depth else "")
        options.append((page.id, indent + row.title, row.lang))
    return options


def menu_links(site, lang: str, now: datetime) -> dict[str, list[MenuLink]]:
    """The site's menus in `lang`: {"header": [...], "footer": [...]}.

    Items to pages that are not live are left out; a page missing in `lang`
    links to its default-language version. Two queries for all menus.
    """
    items = db.session.execute(
        select(Menu.key, MenuItem)
        .join(MenuItem, MenuItem.menu_id == Menu.id)
        .where(Menu.site_id == site.id)
        .order_by(Menu.key, MenuItem.position, MenuItem.id)).all()
    page_ids = {item.page_id for _key, item in items if item.page_id}
    pages: dict[int, dict[str, PageTranslation]] = {}
    if page_ids:
        for row in db.session.scalars(select(PageTranslation).where(
                PageTranslation.page_id.in_(page_ids),
                PageTranslation.lang.in_({lang, site.default_lang}),
                PageTranslation.visible_clause(now))):
            pages.setdefault(row.page_id, {})[row.lang] = row
    menus: dict[str, list[MenuLink]] = {key: [] for key in MENU_KEYS}
    for key, item in items:
        label = item.label(lang)
        if item.page_id:
            versions = pages.get(item.page_id)
            if not versions:
                continue
            row = versions.get(lang) or versions[site.default_lang]
            link = MenuLink(label or row.title, page_href(lang, row.path),
                            lang if label else row.lang, order=item.position)
        else:
            fallback = label or item.label(site.default_lang)
            link = MenuLink(fallback, item.url, lang if label else site.default_lang,
                            external=item.url.startswith("http"), order=item.position)
        menus[key].append(link)
    return menus
