"""Parts of the public layout kept per site, rendered once per site,
language and change of the site instead of on every page:

    {% site_cached "brand", lang %} ... {% end_site_cached %}

The part must depend on nothing but the site, the values named in the tag,
the language of the interface and the time (menus: a kept part ends at the
site's next scheduled change, like every `site_memo`). It is kept only when
the page shows the site's read-only copy (`gweb.sites.current`); a request
that read the Site itself (an admin screen, which may have changed it)
renders the part afresh.
"""
from __future__ import annotations

from flask import has_request_context, request
from flask_babel import get_locale
from jinja2 import nodes
from jinja2.ext import Extension

from gweb.cache.services import site_memo
from gweb.sites.current import PublicSite, shown_site


class SiteFragments(Extension):
    """The `site_cached` tag."""

    tags = {"site_cached"}

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        key = [parser.parse_expression()]
        while parser.stream.skip_if("comma"):
            key.append(parser.parse_expression())
        body = parser.parse_statements(("name:end_site_cached",), drop_needle=True)
        return nodes.CallBlock(self.call_method("_kept", [nodes.List(key)]), [], [], body) \
            .set_lineno(lineno)

    def _kept(self, key: list, caller) -> str:
        site = shown_site() if has_request_context() else None
        if not isinstance(site, PublicSite):
            return caller()
        name = ("fragment", *key, str(get_locale()), request.script_root)
        return site_memo(site.id, name, caller)
