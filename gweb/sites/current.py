"""The request's site, two ways.

`g.site` is the Site as an ORM object in the request's session, which admin
screens read, change and save; it is read from the database only when first
used (`RequestGlobals`). Public pages read a `PublicSite` instead: a
read-only copy of what templates show of a site (names, taglines, logos,
contacts, settings), kept per site in the process until the site's
generation moves (`gweb.cache.services.site_memo`), so a page rendered
afresh does not read the site at all.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from flask import g, has_app_context
from flask.ctx import _AppCtxGlobals

from gweb.sites.models import SiteTexts

PENDING = "_gweb_site_id"  # g: the id of the site `g.site` will be read as


class RequestGlobals(_AppCtxGlobals):
    """flask.g, whose `site` is read from the database when first asked for
    (match_site sets the id). Setting `g.site` as usual still works."""

    def __getattr__(self, name: str) -> Any:
        if name == "site" and PENDING in self.__dict__:
            return self._read_site()
        return super().__getattr__(name)

    def get(self, name: str, default: Any = None) -> Any:
        if name == "site" and "site" not in self.__dict__ and PENDING in self.__dict__:
            return self._read_site()
        return self.__dict__.get(name, default)

    def __contains__(self, item: str) -> bool:
        return item in self.__dict__ or (item == "site" and PENDING in self.__dict__)

    def _read_site(self):
        from gweb.sites.services import load_site

        site = self.__dict__["site"] = load_site(self.__dict__.pop(PENDING))
        return site


def defer_site(site_id: int) -> None:
    """Make `g.site` the site `site_id`, read when first used."""
    g.pop("site", None)  # a test's app context outlives its requests
    if isinstance(g._get_current_object(), RequestGlobals):
        setattr(g, PENDING, site_id)
    else:  # an app made without RequestGlobals: read it now
        from gweb.sites.services import load_site

        g.site = load_site(site_id)


def site_is_read() -> bool:
    """True when this request has the Site as an ORM object already."""
    return has_app_context() and "site" in vars(g._get_current_object())


def shown_site():
    """The site as templates and date filters see it: the ORM Site when the
    request has read it (an admin screen, which may have changed it), else
    the read-only copy; None without a site."""
    if not has_app_context():
        return None
    # One look through the proxy (a page asks a dozen times).
    values = vars(g._get_current_object())
    public = values.get("public_site")
    if public is None or "site" in values:
        return g.get("site")
    return public


@dataclass(frozen=True)
class PublicLogo:
    """What pages show of a logo (a Media): its file and size."""

    id: int
    stored_name: str
    width: int | None
    height: int | None


@dataclass(frozen=True)
class PublicSiteText:
    """A site's details in one language (as SiteTranslation)."""

    lang: str
    name: str
    tagline: str
    address: str
    office_hours: str
    logo_media_id: int | None
    logo: PublicLogo | None


@dataclass(frozen=True)
class PublicDomain:
    domain: str
    is_primary: bool


class PublicSite(SiteTexts):
    """A read-only copy of a Site with the same reading interface as the
    model (id, default_lang, status, settings, phone, email, domains,
    translations, translation(), name(), logo(), primary_domain). Shared
    between requests and threads: never changed after it is made."""

    __slots__ = ("id", "default_lang", "status", "settings", "phone", "email", "domains",
                 "translations", "primary_domain", "_by_lang")

    def __init__(self, site):
        set_ = object.__setattr__
        set_(self, "id", site.id)
        set_(self, "default_lang", site.default_lang)
        set_(self, "status", site.status)
        set_(self, "settings", _frozen(copy.deepcopy(site.settings or {})))
        set_(self, "phone", site.phone or "")
        set_(self, "email", site.email or "")
        set_(self, "domains", tuple(PublicDomain(d.domain, d.is_primary) for d in site.domains))
        set_(self, "primary_domain", site.primary_domain)
        texts = tuple(PublicSiteText(t.lang, t.name, t.tagline or "", t.address or "",
                                     t.office_hours or "", t.logo_media_id, _logo(t.logo))
                      for t in site.translations)
        set_(self, "translations", texts)
        set_(self, "_by_lang", {t.lang: t for t in texts})

    def __setattr__(self, name, value):
        raise AttributeError(f"a PublicSite is read-only ({name})")

    def _texts_by_lang(self) -> dict[str, PublicSiteText]:
        return self._by_lang

    def __repr__(self) -> str:
        return f"<PublicSite {self.id} {self.primary_domain}>"


def _logo(media) -> PublicLogo | None:
    if media is None:
        return None
    return PublicLogo(media.id, media.stored_name, media.width, media.height)


def _frozen(value: Any) -> Any:
    """JSON data made read-only (dicts as mapping proxies, lists as tuples)."""
    if isinstance(value, dict):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


def public_site(site_id: int) -> PublicSite | None:
    """The read-only copy of site `site_id` (None when there is no such
    site), kept while the site is unchanged."""
    from gweb.cache.services import site_memo
    from gweb.sites.services import load_site

    def read() -> PublicSite | None:
        site = load_site(site_id)  # the session keeps it: g.site reads it without a query
        return PublicSite(site) if site is not None else None

    return site_memo(site_id, "public_site", read, timeless=True)
