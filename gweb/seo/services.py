"""Structured data about a site for search engines and link previews.

The dicts follow schema.org; `json_ld` writes one as a
<script type="application/ld+json"> data block. Such a block is data, never
run, so the CSP's script rules do not apply to it; what matters is that no
text in it can end the element early, which the escaping below makes sure of.
"""
from __future__ import annotations

import json

from markupsafe import Markup

from gweb.sites.models import Site

SCHEMA = "https://schema.org"
# Open Graph wants a territory with the language.
OG_LOCALES = {"lo": "lo_LA", "en": "en_US"}
# Characters that could close the <script> element or open a comment or CDATA
# section inside it; as JSON escapes they read back as the same text.
_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027",
           "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_ld(data: dict) -> Markup:
    """`data` as a JSON-LD script element, safe to place in any HTML page
    whatever text it holds (Lao is kept as it is, not escaped)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    for char, escape in _UNSAFE.items():
        text = text.replace(char, escape)
    return Markup(f'<script type="application/ld+json">{text}</script>')


def absolute(base_url: str, path: str) -> str:
    """`path` (root-relative) on `base_url`; absolute URLs pass through."""
    if path.startswith(("https://", "http://")):
        return path
    return base_url.rstrip("/") + "/" + path.lstrip("/")


def logo_url(site: Site, lang: str, base_url: str) -> str | None:
    """The address of the site's logo (its 320 px rendition), or None."""
    logo = site.logo(lang)
    return absolute(base_url, f"/media/320/{logo.stored_name}") if logo is not None else None


def organization(site: Site, lang: str, base_url: str, social: list[str] = ()) -> dict:
    """The site's office as a schema.org GovernmentOrganization, in `lang`,
    with the names in the other languages, contact details and its social
    media addresses (`social`)."""
    t = site.translation(lang)
    data = {"@context": SCHEMA, "@type": "GovernmentOrganization",
            "@id": absolute(base_url, "/#organization"),
            "name": site.name(lang), "url": absolute(base_url, f"/{lang}/")}
    others = sorted({other.name for other in site.translations
                     if other.name and other.name != site.name(lang)})
    if others:
        data["alternateName"] = others
    logo = logo_url(site, lang, base_url)
    if logo:
        data["logo"] = logo
    if site.email:
        data["email"] = site.email
    if site.phone:
        data["telephone"] = site.phone
    if t is not None and t.address:
        data["address"] = {"@type": "PostalAddress", "streetAddress": t.address,
                           "addressCountry": "LA"}
    if social:
        data["sameAs"] = list(social)
    return data


def website(site: Site, lang: str, base_url: str) -> dict:
    """The site as a schema.org WebSite in `lang`, with its search."""
    return {"@context": SCHEMA, "@type": "WebSite", "name": site.name(lang),
            "url": absolute(base_url, f"/{lang}/"), "inLanguage": lang,
            "publisher": {"@id": absolute(base_url, "/#organization")},
            "potentialAction": {"@type": "SearchAction",
                                "target": absolute(base_url, f"/{lang}/search?q={{query}}"),
                                "query-input": "required name=query"}}


def publisher(site: Site, lang: str, base_url: str) -> dict:
    """The short form of the organization for another item's publisher or
    author (NewsArticle, Legislation)."""
    data = {"@type": "GovernmentOrganization", "@id": absolute(base_url, "/#organization"),
            "name": site.name(lang), "url": absolute(base_url, f"/{lang}/")}
    logo = logo_url(site, lang, base_url)
    if logo:
        data["logo"] = {"@type": "ImageObject", "url": logo}
    return data
