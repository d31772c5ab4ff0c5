"""Creating sites and finding the site a request is for."""
from __future__ import annotations

import re

from flask_babel import gettext as _
from sqlalchemy import func, select

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.sites.models import Site, SiteDomain, SiteTranslation

# A host name as RFC 1123 allows it (labels of letters, digits and "-"), or an IP.
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")


def normalise_host(host: str | None) -> str | None:
    """The host name of a Host header, lower-case and without port; None when
    the header is not a well-formed host name."""
    if not host:
        return None
    host = host.strip().lower()
    if host.startswith("["):  # IPv6 literal
        end = host.find("]")
        return host[: end + 1] if end > 0 else None
    host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    host = host.rstrip(".")
    return host if _DOMAIN.match(host) else None


def site_for_host(host: str | None) -> Site | None:
    """The site that answers `host`.

    A site whose domains include the host answers it; when only one site
    exists it answers every host (a single-site installation behind any name).
    """
    name = normalise_host(host)
    if name:
        site = db.session.scalar(
            select(Site).join(SiteDomain).where(SiteDomain.domain == name))
        if site is not None:
            return site
    sites = db.session.scalars(select(Site).limit(2)).all()
    return sites[0] if len(sites) == 1 else None


def get_site(site_id: int) -> Site | None:
    """The site with this id, or None."""
    return db.session.get(Site, site_id)


def find_site(domain: str) -> Site | None:
    """The site one of whose domains is `domain`, or None."""
    name = normalise_host(domain)
    return name and db.session.scalar(
        select(Site).join(SiteDomain).where(SiteDomain.domain == name))


def count_sites() -> int:
    """How many sites this installation holds."""
    return db.session.scalar(select(func.count(Site.id)))


def create_site(domain: str, names: dict[str, str], default_lang: str = "lo",
                languages: tuple[str, ...] = ("lo", "en"), **details) -> Site:
    """Create a site answering `domain`, named in each language of `names`.

    Only the Site row and its translations are made; `build_standard_site`
    adds the standard page tree and menus. The caller commits.
    """
    name = normalise_host(domain)
    errors = {}
    if not name:
        errors["domain"] = _("“%(domain)s” is not a valid domain name.", domain=domain)
    elif find_site(name):
        errors["domain"] = _("The domain %(domain)s already belongs to a site.", domain=name)
    if default_lang not in languages:
        errors["default_lang"] = _("The default language must be one of the site's languages.")
    for lang in languages:
        if not (names.get(lang) or "").strip():
            errors[f"name_{lang}"] = _("The site needs a name in every language.")
    if errors:
        raise ValidationError(errors)
    site = Site(default_lang=default_lang, settings={},
                phone=details.get("phone", ""), email=details.get("email", ""))
    site.domains.append(SiteDomain(domain=name, is_primary=True))
    for lang in languages:
        site.translations.append(SiteTranslation(
            lang=lang, name=names[lang].strip(),
            tagline=details.get("taglines", {}).get(lang, ""),
            address=details.get("addresses", {}).get(lang, ""),
            office_hours=details.get("office_hours", {}).get(lang, "")))
    db.session.add(site)
    db.session.flush()
    return site


def update_site_details(site: Site, names: dict[str, str] | None = None,
                        taglines: dict[str, str] | None = None,
                        addresses: dict[str, str] | None = None,
                        office_hours: dict[str, str] | None = None,
                        phone: str | None = None, email: str | None = None) -> Site:
    """Change a site's per-language details and contacts. The caller commits."""
    by_lang = {t.lang: t for t in site.translations}
    for field, values in (("name", names), ("tagline", taglines),
                          ("address", addresses), ("office_hours", office_hours)):
        for lang, value in (values or {}).items():
            row = by_lang.get(lang)
            if row is None:
                row = by_lang[lang] = SiteTranslation(lang=lang, name="")
                site.translations.append(row)
            setattr(row, field, value.strip())
    if phone is not None:
        site.phone = phone.strip()
    if email is not None:
        site.email = email.strip()
    return site


def site_languages(site: Site) -> list[str]:
    """The languages a site is published in, default language first."""
    langs = sorted({t.lang for t in site.translations})
    return sorted(langs, key=lambda lang: lang != site.default_lang)
