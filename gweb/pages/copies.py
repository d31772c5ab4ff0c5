"""Read-only copies of a page and its translations, as a public page view
reads them: plain objects made from one Core query's rows, without the ORM
(loading the ORM objects cost more than the query itself).

They offer what reading a Page or a PageTranslation offers (every column,
`translations`, `translation(lang)`, `is_visible`, `last_updated`, a
translation's `page`), not what changing one does; relationships other than
those (parent, children) are not there. Plugins' hooks on public pages
(`gweb_before_serve_page`, `gweb_tpl_*`) receive a `PageCopy`.
"""
from __future__ import annotations

from gweb.pages.models import Page, PageReading, PageTranslation, TranslationReading

PAGE_COLUMNS = tuple(c.key for c in Page.__table__.columns)
TRANSLATION_COLUMNS = tuple(c.key for c in PageTranslation.__table__.columns)


class _ReadOnly:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is a read-only copy ({name})")


class PageCopy(PageReading, _ReadOnly):
    """A page of the tree with its translations (those the query read)."""

    __slots__ = (*PAGE_COLUMNS, "translations")

    def __init__(self, values: dict, translations: tuple["TranslationCopy", ...] = ()):
        for name in PAGE_COLUMNS:
            object.__setattr__(self, name, values[name])
        object.__setattr__(self, "translations", translations)

    def __repr__(self) -> str:
        return f"<PageCopy {self.id} {self.key or ''}>"


class TranslationCopy(TranslationReading, _ReadOnly):
    """A page in one language (the columns of PageTranslation)."""

    __slots__ = (*TRANSLATION_COLUMNS, "page")

    def __init__(self, values: dict):
        for name in TRANSLATION_COLUMNS:
            object.__setattr__(self, name, values[name])

    def __repr__(self) -> str:
        return f"<TranslationCopy {self.page_id} {self.lang}>"


def pages_from_rows(rows) -> dict[int, PageCopy]:
    """PageCopy objects by id from rows holding a translation's columns and
    its page's (labelled `page__<column>`), ordered as the translations should be."""
    found: dict[int, tuple[dict, list[TranslationCopy]]] = {}
    for row in rows:
        values = row._mapping
        translation = TranslationCopy(values)
        entry = found.get(translation.page_id)
        if entry is None:
            entry = found[translation.page_id] = (
                {name: values["page__" + name] for name in PAGE_COLUMNS}, [])
        entry[1].append(translation)
    pages = {}
    for page_id, (values, translations) in found.items():
        page = pages[page_id] = PageCopy(values, tuple(translations))
        for translation in translations:
            object.__setattr__(translation, "page", page)
    return pages
