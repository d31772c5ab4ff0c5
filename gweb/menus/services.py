"""Building and reading the header and footer menus of a site."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import select

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.menus.models import MENU_KEYS, Menu, MenuItem, MenuItemTranslation
from gweb.pages.lookup import page_href
from gweb.pages.models import PageTranslation


@dataclass
class MenuLink:
    """One entry of a menu as a template shows it."""

    label: str
    url: str
    lang: str  # the language of the label (differs on a fallback)
    external: bool = False
    order: int = 0


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


def add_item(site_id: int, key: str, *, page_id: int | None = None, url: str = "",
             labels: dict[str, str] | None = None) -> MenuItem:
    """Append an item linking to a page of the site, or to an external URL.

    An item to a page may leave its labels empty to show the page's title.
    The caller commits.
    """
    url = (url or "").strip()
    labels = {lang: (label or "").strip() for lang, label in (labels or {}).items()}
    if bool(page_id) == bool(url):
        raise ValidationError(_("A menu item links either to a page or to an address."))
    if url and not (url.startswith(("https://", "http://", "mailto:", "tel:"))
                    or (url.startswith("/") and not url.startswith("//"))):
        raise ValidationError({"url": _("Give a full address starting with https:// "
                                        "or a path starting with /.")})
    if url and not any(labels.values()):
        raise ValidationError({"label": _("A link to an address needs a label.")})
    menu = get_menu(site_id, key)
    item = MenuItem(menu=menu, site_id=site_id, page_id=page_id, url=url,
                    position=len(menu.items))
    for lang, label in labels.items():
        item.translations.append(MenuItemTranslation(lang=lang, label=label))
    db.session.add(item)
    db.session.flush()
    return item


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
