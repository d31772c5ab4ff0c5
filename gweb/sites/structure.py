"""The G-Web standard structure every government site starts from."""
from __future__ import annotations

from dataclasses import dataclass

from gweb.extensions import db
from gweb.menus import services as menus
from gweb.pages import editorial
from gweb.pages import services as pages
from gweb.sites.models import Site
from gweb.sites.standard_text import STANDARD_TEXT


@dataclass(frozen=True)
class StandardPage:
    key: str
    parent: str | None
    titles: dict[str, str]
    slugs: dict[str, str]


def _page(key, parent, title_lo, title_en, slug_lo, slug_en):
    return StandardPage(key, parent, {"lo": title_lo, "en": title_en},
                        {"lo": slug_lo, "en": slug_en})


# Pages that a plugin may serve (news, documents, services) keep one Latin slug
# in both languages, so that /<lang>/news/ is the same address the plugin owns.
STANDARD_PAGES = (
    _page("home", None, "ໜ້າຫຼັກ", "Home", "", ""),
    _page("about", "home", "ກ່ຽວກັບພວກເຮົາ", "About us", "ກ່ຽວກັບພວກເຮົາ", "about"),
    _page("history", "about", "ປະຫວັດຄວາມເປັນມາ", "History", "ປະຫວັດຄວາມເປັນມາ", "history"),
    _page("mission", "about", "ພາລະບົດບາດ ແລະ ໜ້າທີ່", "Mission and mandate",
          "ພາລະບົດບາດ-ແລະ-ໜ້າທີ່", "mission"),
    _page("structure", "about", "ໂຄງຮ່າງການຈັດຕັ້ງ", "Organisation structure",
          "ໂຄງຮ່າງການຈັດຕັ້ງ", "structure"),
    _page("leadership", "about", "ຄະນະນຳ", "Leadership", "ຄະນະນຳ", "leadership"),
    _page("news", "home", "ຂ່າວສານ", "News", "news", "news"),
    _page("documents", "home", "ນິຕິກຳ", "Legal documents", "documents", "documents"),
    _page("services", "home", "ການບໍລິການ", "Services", "services", "services"),
    _page("contact", "home", "ຕິດຕໍ່ພວກເຮົາ", "Contact us", "ຕິດຕໍ່ພວກເຮົາ", "contact"),
    _page("privacy", "home", "ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ", "Privacy policy",
          "ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ", "privacy"),
    _page("accessibility", "home", "ຖະແຫຼງການກ່ຽວກັບການເຂົ້າເຖິງ", "Accessibility statement",
          "ການເຂົ້າເຖິງ", "accessibility"),
    _page("sitemap", "home", "ແຜນຜັງເວັບໄຊ", "Sitemap", "ແຜນຜັງເວັບໄຊ", "sitemap"),
)
# Pages kept out of the header menu's automatic lists (they live in the footer).
FOOTER_ONLY = {"privacy", "accessibility", "sitemap"}
HEADER_MENU = ("home", "about", "news", "documents", "services", "contact")
FOOTER_MENU = ("contact", "privacy", "accessibility", "sitemap")
REQUIRED_KEYS = tuple(p.key for p in STANDARD_PAGES)


def build_standard_site(site: Site, languages: tuple[str, ...] = ("lo", "en"),
                        author=None) -> None:
    """Create the standard page tree, published in `languages`, and its
    header and footer menus. Pages that already exist (by key) are kept."""
    by_key = {}
    for spec in STANDARD_PAGES:
        existing = editorial.page_by_key(site.id, spec.key)
        if existing is not None:
            by_key[spec.key] = existing
            continue
        translations = {}
        for lang in languages:
            text = STANDARD_TEXT.get(spec.key, {}).get(lang, {})
            translations[lang] = {
                "title": spec.titles[lang], "slug": spec.slugs[lang],
                "summary": text.get("summary", ""), "body": text.get("body", ""),
                "meta_description": text.get("summary", ""),
            }
        by_key[spec.key] = pages.create_page(
            site, by_key.get(spec.parent), translations, key=spec.key, author=author,
            publish=True, show_in_menus=spec.key not in FOOTER_ONLY)
    for menu_key, keys in (("header", HEADER_MENU), ("footer", FOOTER_MENU)):
        menu = menus.get_menu(site.id, menu_key)
        if menu.items:
            continue
        for key in keys:
            menus.add_item(site.id, menu_key, page_id=by_key[key].id)
    db.session.commit()
