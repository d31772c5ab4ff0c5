"""Parts of the public layout kept per site, rendered once per site,
language and change of the site instead of on every page:

    {% site_cached "brand", lang %} ... {% end_site_cached %}

The part must depend on nothing but the site, the values named in the tag,
the language of the interface and the time (menus: a kept part ends at the
site's next scheduled change, like every `site_memo`). It is kept only when
the page shows the site's read-only copy (`gweb.sites.current`); a request
that read the Site itself (an admin screen, which may have changed it)
renders the part afresh.

A kept part may still mark the link to the current page: the link says
`{{ current_mark(url) }}` where `aria-current="page"` belongs, and the
page shows the part through `mark_current(part, here, home)`, which puts
the attribute on the links to `here` or to a section it is in (any link
but the home page's, `home`, whose address starts `here`).
"""
from __future__ import annotations

from flask import has_request_context, request
from flask_babel import get_locale
from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.filters import do_striptags
from markupsafe import Markup

from gweb.cache.services import site_memo
from gweb.sites.current import PublicSite, shown_site


RENDER_KEY = "_gweb_fragments"  # a render's context: what its kept parts share


class SiteFragments(Extension):
    """The `site_cached` tag."""

    tags = {"site_cached"}

    def __init__(self, environment):
        super().__init__(environment)
        environment.globals.update(current_mark=current_mark, mark_current=mark_current)
        environment.filters["striptags"] = striptags

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        key = [parser.parse_expression()]
        while parser.stream.skip_if("comma"):
            key.append(parser.parse_expression())
        body = parser.parse_statements(("name:end_site_cached",), drop_needle=True)
        return nodes.CallBlock(self.call_method(
            "_kept", [nodes.List(key), nodes.ContextReference()]), [], [], body) \
            .set_lineno(lineno)

    def _kept(self, key: list, context, caller) -> str:
        # What every part of one render shares (the site, the interface's
        # language, the script root) is found once per render.
        shared = context.vars.get(RENDER_KEY)
        if shared is None:
            site = shown_site() if has_request_context() else None
            shared = (site.id, str(get_locale()), request.script_root) \
                if isinstance(site, PublicSite) else ()
            context.vars[RENDER_KEY] = shared
        if not shared:
            return caller()
        site_id, locale, root = shared
        return site_memo(site_id, ("fragment", *key, locale, root), caller)


MARK = "\x00"  # never in a page's HTML (requests with NUL are refused)
CURRENT = Markup(' aria-current="page"')


def current_mark(url: str) -> Markup:
    """Where a kept link to `url` says whether it is the current page."""
    return Markup(f"{MARK}{url.replace(MARK, '')}{MARK}")


def mark_current(html: str, here: str, home: str) -> Markup:
    """`html` with each `current_mark(url)` made `aria-current="page"` when
    `url` is `here` or, unless it is `home`, a section `here` is in."""
    parts = html.split(MARK)
    for i in range(1, len(parts), 2):
        url = parts[i]
        parts[i] = CURRENT if url == here or (url != home and here.startswith(url)) else ""
    return Markup("".join(parts))


def striptags(value) -> str:
    """Jinja's `striptags`, answering at once for text without tags or
    entities (a page's title, read twice by every page's head)."""
    text = value.__html__() if hasattr(value, "__html__") else str(value)
    if "<" not in text and "&" not in text:
        return " ".join(text.split())
    return do_striptags(value)
