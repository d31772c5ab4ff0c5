"""The seo package's own hook implementations: the helpers every public
template (core or plugin) uses to describe itself to search engines and
link previews."""
from __future__ import annotations

from flask import request

from gweb.hooks import hookimpl
from gweb.seo import services
from gweb.sites.services import social_links


def _base() -> str:
    return request.url_root


@hookimpl
def gweb_jinja_env(env):
    env.filters["json_ld"] = services.json_ld
    env.globals["OG_LOCALES"] = services.OG_LOCALES
    env.globals["absolute_url"] = lambda path: services.absolute(_base(), path)
    env.globals["site_organization"] = lambda site, lang: services.organization(
        site, lang, _base(), [url for _label, url in social_links(site)])
    env.globals["site_website"] = lambda site, lang: services.website(site, lang, _base())
    env.globals["site_publisher"] = lambda site, lang: services.publisher(site, lang, _base())
    env.globals["site_logo_url"] = lambda site, lang: services.logo_url(site, lang, _base())
