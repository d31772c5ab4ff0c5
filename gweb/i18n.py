"""Which language a request is in, and the Jinja helpers for dates in it.

Public URLs carry the language (/lo/..., /en/...); the admin follows the
editor's choice; anything else follows the site's default language.
"""
import logging
import os
import re
from pathlib import Path

from flask import Flask, current_app, g, has_request_context, request
from flask_babel import Domain, get_locale, get_translations
from flask_login import current_user

from jinja2 import pass_context
from markupsafe import Markup
from werkzeug.routing import BaseConverter

from gweb import text
from gweb.sites.current import shown_site

LANGUAGE_NAMES = {"lo": "ພາສາລາວ", "en": "English"}
UI_LANG_COOKIE = "gweb_ui_lang"


def languages() -> tuple[str, ...]:
    return current_app.config["LANGUAGES"]


def is_language(code: str | None) -> bool:
    return code in current_app.config["LANGUAGES"]


def select_locale() -> str:
    """Flask-Babel's locale selector."""
    if not has_request_context():
        return command_line_language()
    if g.get("lang"):
        return g.lang
    if request.path.startswith("/admin"):
        if current_user.is_authenticated and is_language(current_user.ui_lang):
            return current_user.ui_lang
        chosen = request.cookies.get(UI_LANG_COOKIE)
        if is_language(chosen):
            return chosen
    site = shown_site()
    if site is not None:
        return site.default_lang
    return current_app.config["DEFAULT_LANGUAGE"]


def command_line_language() -> str:
    """Commands speak the operator's language: Lao when the environment's
    locale (LC_ALL, LC_MESSAGES, LANG) is Lao, English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "lo" if value.lower().startswith("lo") else "en"
    return "en"


def current_lang() -> str:
    """The language of the current request (see select_locale)."""
    return select_locale()


def date_options(site) -> dict:
    """The site's display options for dates (Buddhist Era, Lao digits)."""
    settings = (site.settings or {}) if site is not None else {}
    return {"buddhist_era": bool(settings.get("buddhist_era")),
            "lao_digits": bool(settings.get("lao_digits"))}


def _date_filter(value, style: str = "long") -> str:
    return text.format_date(value, current_lang(), style, **date_options(shown_site()))


def _datetime_filter(value, style: str = "medium") -> str:
    return text.format_datetime(value, current_lang(), style, **date_options(shown_site()))


def language_converter(languages: tuple[str, ...]) -> type[BaseConverter]:
    """A URL converter matching only this installation's languages, so that
    /<lang:lang>/... never swallows /admin/... or a plugin's prefix."""
    pattern = "|".join(re.escape(code) for code in languages)
    return type("LanguageConverter", (BaseConverter,), {"regex": f"(?:{pattern})"})


def register_jinja(app: Flask) -> None:
    """Date filters that follow the request's language and the site's
    options; templates' gettext through the request's catalogue (after
    Flask-Babel's init_app, whose callables these replace)."""
    app.jinja_env.filters["date"] = _date_filter
    app.jinja_env.filters["datetime"] = _datetime_filter
    app.jinja_env.globals["LANGUAGE_NAMES"] = LANGUAGE_NAMES
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: catalogue().ugettext(s),
        ngettext=lambda s, p, n: catalogue().ungettext(s, p, n),
        pgettext=lambda c, s: catalogue().upgettext(c, s),
        npgettext=lambda c, s, p, n: catalogue().unpgettext(c, s, p, n),
        newstyle=True)
    # The common ones, called directly (Jinja's `_` calls `gettext`, which
    # calls the callable above: three calls and a catalogue lookup a string),
    # reading the catalogue a render put in its context.
    app.jinja_env.globals.update(_=_template_gettext, gettext=_template_gettext,
                                 ngettext=_template_ngettext)
    app.template_context_processors[None].append(lambda: {CATALOGUE_VAR: catalogue()})


CATALOGUE = "gweb_catalogue"  # flask.g: (locale, translations) of this request
CATALOGUE_VAR = "_gweb_catalogue"  # a template's context: the translations of its render


def catalogue():
    """The current request's translations, looked up once per request and
    locale: Flask-Babel finds the catalogue afresh for every string (domain,
    cache, locale name), which was a tenth of a page's rendering."""
    locale = get_locale()
    known = g.get(CATALOGUE)
    if known is None or known[0] is not locale:
        known = (locale, get_translations())
        if locale is not None:  # outside a request: nothing to keep
            setattr(g, CATALOGUE, known)
    return known[1]


class AppTranslationsDomain(Domain):
    """Flask-Babel's message domain with its cache kept per app: each app
    (each installation in a process, and each test) has its own plugins and
    so its own catalogues."""

    def get_translations_cache(self, ctx):
        return current_app.extensions.setdefault("gweb.translations_cache", {})


def compile_stale_catalogues(folder: str) -> None:
    """Compile each `<lang>/LC_MESSAGES/messages.po` under `folder` whose .mo is
    missing or older (a plugin's catalogue works without a build step). A
    folder that cannot be written is left as it is."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po_path in Path(folder).glob("*/LC_MESSAGES/*.po"):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        try:
            with po_path.open("rb") as po_file:
                catalog = read_po(po_file, locale=po_path.parent.parent.name)
            # Written aside and renamed, so a process starting at the same time
            # never reads half a catalogue.
            partial = mo_path.with_suffix(f".mo.{os.getpid()}")
            with partial.open("wb") as mo_file:
                write_mo(mo_file, catalog)
            os.replace(partial, mo_path)
        except OSError:
            logging.getLogger("gweb").warning("could not compile %s", po_path)


# Jinja's "newstyle" gettext, as jinja2.ext makes it: the result is Markup
# where the template escapes, and always a format string (so "%%" for "%").
@pass_context
def _template_gettext(context, string: str, **variables):
    text = (context.get(CATALOGUE_VAR) or catalogue()).ugettext(string)
    if not variables and "%" not in text:
        # Nothing to format (Markup's % escapes each value: the costly part).
        return Markup(text) if context.eval_ctx.autoescape else text
    if context.eval_ctx.autoescape:
        text = Markup(text)
    return text % variables


@pass_context
def _template_ngettext(context, singular: str, plural: str, num: int, **variables):
    variables.setdefault("num", num)
    text = (context.get(CATALOGUE_VAR) or catalogue()).ungettext(singular, plural, num)
    if context.eval_ctx.autoescape:
        text = Markup(text)
    return text % variables
