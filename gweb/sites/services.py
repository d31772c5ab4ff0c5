"""Creating sites and finding the site a request is for."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.mail.services import is_address
from gweb.media.models import Media
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


def domain_name(text: str | None) -> str | None:
    """An operator's domain name as stored: lower-case, no trailing dot, a
    Unicode name in its IDNA (xn--) form; None when it is not a valid name."""
    name = (text or "").strip().lower().rstrip(".")
    if not name or any(c.isspace() or c in "/:@[]" for c in name):
        return None
    try:
        name = name.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return name if _DOMAIN.match(name) else None


def domain_for_host(host: str | None) -> SiteDomain | None:
    """The domain row `host` names (any port, case or trailing dot), or None."""
    name = normalise_host(host)
    return name and db.session.scalar(select(SiteDomain).where(SiteDomain.domain == name))


def site_for_host(host: str | None) -> Site | None:
    """The site that answers `host`.

    A site whose domains include the host answers it; when only one site
    exists it answers every host (a single-site installation behind any name).
    """
    domain = domain_for_host(host)
    if domain is not None:
        return domain.site
    return only_site()


def only_site() -> Site | None:
    """The installation's site when it has exactly one, else None."""
    sites = db.session.scalars(select(Site).limit(2)).all()
    return sites[0] if len(sites) == 1 else None


def get_site(site_id: int) -> Site | None:
    """The site with this id, or None."""
    return db.session.get(Site, site_id)


def load_site(site_id: int) -> Site | None:
    """The site with this id and what every public page reads of it (its
    translations, their logos and the logos' texts, its domains), in one query."""
    return db.session.get(Site, site_id, options=_WHOLE_SITE)


_WHOLE_SITE = (joinedload(Site.translations).joinedload(SiteTranslation.logo)
               .joinedload(Media.translations), joinedload(Site.domains))


def find_site(domain: str) -> Site | None:
    """The site one of whose domains is `domain` (Unicode or IDNA), or None."""
    name = domain_name(domain) or normalise_host(domain)
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
    name = domain_name(domain)
    errors = {}
    problem = domain_problem(domain)
    if problem:
        errors["domain"] = problem
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


def domain_problem(domain: str | None) -> str | None:
    """Why `domain` cannot be given to a site (invalid, or taken), or None."""
    name = domain_name(domain)
    if not name:
        return _("“%(domain)s” is not a valid domain name.", domain=(domain or "").strip())
    if find_site(name):
        return _("The domain %(domain)s already belongs to a site.", domain=name)
    return None


def add_domain(site: Site, domain: str, primary: bool = False) -> SiteDomain:
    """Let `site` answer `domain` too (made its primary domain when `primary`).
    A ValidationError says why a name is refused. The caller commits."""
    problem = domain_problem(domain)
    if problem:
        raise ValidationError({"domain": problem})
    row = SiteDomain(domain=domain_name(domain), is_primary=primary)
    if primary:
        for other in site.domains:
            other.is_primary = False
    site.domains.append(row)
    db.session.flush()
    return row


def _own_domain(site: Site, domain: str) -> SiteDomain:
    name = domain_name(domain)
    row = next((d for d in site.domains if d.domain == name), None)
    if row is None:
        raise ValidationError({"domain": _("The domain %(domain)s is not one of this site's.",
                                           domain=(domain or "").strip())})
    return row


def remove_domain(site: Site, domain: str) -> None:
    """Stop `site` answering `domain`; the primary domain cannot go (make
    another one primary first). The caller commits."""
    row = _own_domain(site, domain)
    if row.is_primary:
        raise ValidationError({"domain": _(
            "%(domain)s is the site's primary domain: make another domain primary first.",
            domain=row.domain)})
    site.domains.remove(row)
    db.session.delete(row)
    db.session.flush()


def make_primary_domain(site: Site, domain: str) -> None:
    """Make `domain` the site's canonical address (the others redirect to
    it). The caller commits."""
    row = _own_domain(site, domain)
    for other in site.domains:
        other.is_primary = other is row
    db.session.flush()


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


# -- the admin's Site settings form --------------------------------------------

# network -> (label, host names its addresses live on; subdomains allowed)
SOCIAL_NETWORKS = {
    "facebook": ("Facebook", ("facebook.com", "fb.com", "fb.me")),
    "youtube": ("YouTube", ("youtube.com", "youtu.be")),
    "x": ("X (Twitter)", ("x.com", "twitter.com")),
    "tiktok": ("TikTok", ("tiktok.com",)),
    "instagram": ("Instagram", ("instagram.com",)),
    "linkedin": ("LinkedIn", ("linkedin.com",)),
}
TEXT_LIMITS = {"name": 200, "tagline": 300, "address": 500, "office_hours": 200}
MULTILINE = {"address", "office_hours"}
_PHONE = re.compile(r"^[0-9+()./\- ]*$")


def social_links(site: Site | None) -> list[tuple[str, str]]:
    """The site's social media addresses as (label, url), in a fixed order."""
    social = ((site.settings or {}).get("social") or {}) if site is not None else {}
    return [(label, social[key]) for key, (label, _hosts) in SOCIAL_NETWORKS.items()
            if social.get(key)]


def social_url_problem(network: str, url: str) -> str | None:
    """Why `url` cannot be the site's address on `network`, or None."""
    label, hosts = SOCIAL_NETWORKS[network]
    if not url.lower().startswith("https://"):
        return _("Give the full address, starting with https://.")
    if len(url) > 500 or any(c.isspace() or ord(c) < 32 or c == "\\" for c in url):
        return _("This is not a valid web address.")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return _("This is not a valid web address.")
    host = (parts.hostname or "").rstrip(".")
    if parts.username is not None or parts.password is not None or port not in (None, 443) \
            or "." not in host or not _DOMAIN.match(host):
        return _("This is not a valid web address.")
    if not any(host == h or host.endswith("." + h) for h in hosts):
        return _("This is not a %(network)s address (it should be on %(hosts)s).",
                 network=label, hosts=", ".join(hosts))
    return None


def image_choices(site_id: int) -> list[Media]:
    """The site's images, newest first: what a logo can be chosen from."""
    return list(db.session.scalars(
        select(Media).where(Media.site_id == site_id, Media.kind == "image")
        .order_by(Media.created_at.desc(), Media.id.desc())))


def settings_snapshot(site: Site, languages: tuple[str, ...] = ("lo", "en")) -> dict:
    """Everything the Site settings form edits, as flat, comparable values."""
    settings = site.settings or {}
    by_lang = {t.lang: t for t in site.translations}
    snapshot = {}
    for lang in languages:
        t = by_lang.get(lang)
        for field in TEXT_LIMITS:
            snapshot[f"{field}_{lang}"] = getattr(t, field) if t is not None else ""
        snapshot[f"logo_{lang}"] = t.logo_media_id if t is not None else None
    snapshot.update(phone=site.phone, email=site.email, default_lang=site.default_lang,
                    buddhist_era=bool(settings.get("buddhist_era")),
                    lao_digits=bool(settings.get("lao_digits")),
                    social=dict(settings.get("social") or {}))
    return snapshot


def update_settings(site: Site, values: dict, actor,
                    languages: tuple[str, ...] = ("lo", "en")) -> dict:
    """Check and apply the Site settings form, then audit what changed.

    `values` has the keys of `settings_snapshot` (texts per language as
    name_lo, tagline_en ..., logo_<lang> a media id or None, social a dict
    network -> url). Nothing is changed when anything is wrong: a
    ValidationError names each bad field. Returns {field: (before, after)}
    of what changed. The caller commits.
    """
    before = settings_snapshot(site, languages)
    after = _checked(site, values, languages)
    changed = {k: (before[k], after[k]) for k in after if before[k] != after[k]}
    if not changed:
        return changed

    def per_lang(field):
        return {lang: after[f"{field}_{lang}"] for lang in languages}

    update_site_details(site, names=per_lang("name"), taglines=per_lang("tagline"),
                        addresses=per_lang("address"), office_hours=per_lang("office_hours"),
                        phone=after["phone"], email=after["email"])
    for t in site.translations:
        if t.lang in languages:
            t.logo_media_id = after[f"logo_{t.lang}"]
    site.default_lang = after["default_lang"]
    # A new dict, so that SQLAlchemy sees the JSON column change.
    settings = {**(site.settings or {}), "buddhist_era": after["buddhist_era"],
                "lao_digits": after["lao_digits"]}
    if after["social"]:
        settings["social"] = after["social"]
    else:
        settings.pop("social", None)
    site.settings = settings
    record(site.id, actor, "site.settings", "site", site.id, site.name(site.default_lang),
           before={k: old for k, (old, _new) in changed.items()},
           after={k: new for k, (_old, new) in changed.items()})
    return changed


def _multiline(text: str | None) -> str:
    """Text of a textarea: Unix line ends, no spaces at line ends, no blank edges."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _checked(site: Site, values: dict, languages: tuple[str, ...]) -> dict:
    """`values` cleaned, or a ValidationError naming every bad field."""
    errors, clean = {}, {}
    for lang in languages:
        for field, limit in TEXT_LIMITS.items():
            key = f"{field}_{lang}"
            text = _multiline(values.get(key)) if field in MULTILINE \
                else " ".join((values.get(key) or "").split())
            clean[key] = text
            if len(text) > limit:
                errors[key] = _("This is too long (at most %(max)d characters).", max=limit)
        if not clean[f"name_{lang}"]:
            errors[f"name_{lang}"] = _("The site needs a name in every language.")
    images = {m.id for m in image_choices(site.id)}
    for lang in languages:
        key = f"logo_{lang}"
        media_id = values.get(key)
        media_id = int(media_id) if str(media_id or "").isdigit() else None
        if values.get(key) not in (None, "") and media_id not in images:
            errors[key] = _("Choose one of this site's images, or none.")
        clean[key] = media_id
    clean["phone"] = " ".join((values.get("phone") or "").split())
    if not _PHONE.match(clean["phone"]) or len(clean["phone"]) > 64 or (
            clean["phone"] and not any(c.isdigit() for c in clean["phone"])):
        errors["phone"] = _("Use only digits, spaces and + ( ) - in the phone number.")
    clean["email"] = (values.get("email") or "").strip()
    if clean["email"] and not is_address(clean["email"]):
        errors["email"] = _("“%(email)s” is not an e-mail address.", email=clean["email"])
    clean["default_lang"] = values.get("default_lang")
    if clean["default_lang"] not in languages:
        errors["default_lang"] = _("The default language must be one of the site's languages.")
    clean["buddhist_era"] = bool(values.get("buddhist_era"))
    clean["lao_digits"] = bool(values.get("lao_digits"))
    clean["social"] = {}
    for network in SOCIAL_NETWORKS:
        url = ((values.get("social") or {}).get(network) or "").strip()
        if not url:
            continue
        problem = social_url_problem(network, url)
        if problem:
            errors[f"social_{network}"] = problem
        clean["social"][network] = url
    if errors:
        raise ValidationError(errors)
    return clean
