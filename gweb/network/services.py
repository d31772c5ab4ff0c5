"""Running many sites from one installation: creating them from the standard
(and from a template site), suspending, resuming and deleting them, their
health at a glance, and people's roles across sites."""
from __future__ import annotations

import csv
import io
import os
import shutil
from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import delete, func, select

from gweb.audit.services import record
from gweb.cache.services import invalidate_all
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks.models import SitePlugin
from gweb.menus.models import Menu, MenuItem, MenuItemTranslation
from gweb.pages.models import Page, PageTranslation
from gweb.sites import services as sites
from gweb.sites.checks import check_site
from gweb.sites.models import Site
from gweb.sites.structure import build_standard_site
from gweb.users import services as users
from gweb.users.models import ROLES, SiteRole, User

ACTIVE, SUSPENDED = "active", "suspended"
# Columns of the departments file (a header row names them; others are ignored).
DEPARTMENT_COLUMNS = ("domain", "name_lo", "name_en")
MAX_DEPARTMENTS = 500


@dataclass
class SiteHealth:
    """One row of the network overview."""

    site: Site
    problems: int
    last_published_at: datetime | None
    people: int


def all_sites() -> list[Site]:
    """Every site of the installation, oldest first."""
    return list(db.session.scalars(select(Site).order_by(Site.id)))


def sites_of(user: User) -> list[Site]:
    """The sites `user` may administer or edit: all for a super-admin."""
    if user.is_superadmin:
        return all_sites()
    return list(db.session.scalars(
        select(Site).join(SiteRole, SiteRole.site_id == Site.id)
        .where(SiteRole.user_id == user.id).order_by(Site.id)))


def overview(site_list: list[Site] | None = None) -> list[SiteHealth]:
    """Each site's status, count of standard problems, last publication and
    number of people with a role on it."""
    site_list = all_sites() if site_list is None else site_list
    ids = [s.id for s in site_list]
    published = dict(db.session.execute(
        select(PageTranslation.site_id, func.max(PageTranslation.last_published_at))
        .where(PageTranslation.site_id.in_(ids)).group_by(PageTranslation.site_id)).all())
    people = dict(db.session.execute(
        select(SiteRole.site_id, func.count(SiteRole.id))
        .where(SiteRole.site_id.in_(ids)).group_by(SiteRole.site_id)).all())
    return [SiteHealth(s, len(check_site(s)), published.get(s.id), people.get(s.id, 0))
            for s in site_list]


# -- creating ------------------------------------------------------------------


def create_network_site(domain: str, names: dict[str, str], *, template: Site | None = None,
                        copy_plugins: bool = True, copy_menus: bool = True,
                        default_lang: str = "lo", actor=None, parent: Site | None = None,
                        **details) -> Site:
    """Create a site answering `domain` with the standard structure; with a
    `template` site, take its plugin choices and menus too. A ValidationError
    names what is wrong and nothing is created. Commits."""
    site = sites.create_site(domain, names, default_lang, **details)
    if parent is not None:
        site.settings = {**(site.settings or {}), "parent_site_id": parent.id}
    build_standard_site(site, author=actor)
    if template is not None:
        if copy_plugins:
            _copy_plugin_states(template, site)
        if copy_menus:
            _copy_menus(template, site)
    record(None, actor, "network.site_create", "site", site.id, site.primary_domain,
           after={"domain": site.primary_domain, "names": dict(names),
                  "template": template.primary_domain if template else None})
    db.session.commit()
    invalidate_all()  # hosts answered by a single site's fallback may now be another's
    return site


def _copy_plugin_states(template: Site, site: Site) -> None:
    for row in db.session.scalars(select(SitePlugin).where(SitePlugin.site_id == template.id)):
        db.session.add(SitePlugin(site_id=site.id, plugin=row.plugin, enabled=row.enabled))


def _copy_menus(template: Site, site: Site) -> None:
    """The template's menus, item for item: a link to a standard page points
    at the same page (by key) of the new site; a page the new site does not
    have is left out; a link to an address is kept."""
    new_pages = dict(db.session.execute(
        select(Page.key, Page.id).where(Page.site_id == site.id, Page.key.is_not(None))).all())
    template_keys = dict(db.session.execute(
        select(Page.id, Page.key).where(Page.site_id == template.id)).all())
    for menu in db.session.scalars(select(Menu).where(Menu.site_id == template.id)):
        target = db.session.scalar(select(Menu).where(Menu.site_id == site.id,
                                                      Menu.key == menu.key))
        if target is None:
            target = Menu(site_id=site.id, key=menu.key)
            db.session.add(target)
        for item in list(target.items):
            db.session.delete(item)
        db.session.flush()
        position = 0
        for item in sorted(menu.items, key=lambda i: i.position):
            page_id = None
            if item.page_id is not None:
                page_id = new_pages.get(template_keys.get(item.page_id))
                if page_id is None:
                    continue
            copy = MenuItem(menu=target, site_id=site.id, page_id=page_id, url=item.url,
                            position=position)
            for t in item.translations:
                copy.translations.append(MenuItemTranslation(lang=t.lang, label=t.label))
            db.session.add(copy)
            position += 1
    db.session.flush()


def read_departments(text: str) -> list[dict[str, str]]:
    """The rows of a departments file (CSV with a header: domain, name_lo,
    name_en). A ValidationError lists every bad line; nothing is created."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in DEPARTMENT_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValidationError({"file": _(
            "The file needs a header row with the columns %(columns)s.",
            columns=", ".join(DEPARTMENT_COLUMNS))})
    rows, errors, seen = [], {}, set()
    for number, raw in enumerate(reader, start=2):
        row = {c: " ".join((raw.get(c) or "").split()) for c in DEPARTMENT_COLUMNS}
        if not any(row.values()):
            continue
        name = sites.domain_name(row["domain"])
        problem = sites.domain_problem(row["domain"])
        if not problem and name in seen:
            problem = _("The domain %(domain)s is in the file twice.", domain=name)
        if not problem and not (row["name_lo"] and row["name_en"]):
            problem = _("The site needs a name in every language.")
        if problem:
            errors[f"line {number}"] = _("Line %(number)d: %(problem)s",
                                         number=number, problem=problem)
        seen.add(name)
        rows.append(row)
    if not rows and not errors:
        errors["file"] = _("The file lists no sites.")
    if len(rows) > MAX_DEPARTMENTS:
        errors["file"] = _("A file may list at most %(max)d sites.", max=MAX_DEPARTMENTS)
    if errors:
        raise ValidationError(errors)
    return rows


def create_departments(parent: Site, text: str, actor=None) -> list[Site]:
    """A site for each department of the file, from `parent` as the template
    (its plugin choices and menus) and remembered as its parent. Every line is
    checked before the first site is made."""
    created = []
    for row in read_departments(text):
        created.append(create_network_site(
            row["domain"], {"lo": row["name_lo"], "en": row["name_en"]}, template=parent,
            default_lang=parent.default_lang, actor=actor, parent=parent))
    return created


# -- suspending, resuming, deleting ---------------------------------------------


def _refuse_current(site: Site, current: Site | None, message: str) -> None:
    if current is not None and site.id == current.id:
        raise ValidationError({"site": message})


def suspend(site: Site, actor=None, current: Site | None = None) -> None:
    """Take a site off the air: its public pages answer 503, its admin is
    open to super-admins only. Not the site this request is on. Commits."""
    _refuse_current(site, current, _(
        "You cannot suspend the site you are working on. Open the network "
        "administration from another site's address."))
    if site.status == SUSPENDED:
        return
    site.status = SUSPENDED
    record(None, actor, "network.site_suspend", "site", site.id, site.primary_domain,
           before={"status": ACTIVE}, after={"status": SUSPENDED})
    db.session.commit()
    invalidate_all()  # the status is on the site row, which the cache does not track


def resume(site: Site, actor=None) -> None:
    """Put a suspended site back on the air. Commits."""
    if site.status == ACTIVE:
        return
    site.status = ACTIVE
    record(None, actor, "network.site_resume", "site", site.id, site.primary_domain,
           before={"status": SUSPENDED}, after={"status": ACTIVE})
    db.session.commit()
    invalidate_all()


def change_domain(site: Site, action: str, domain: str, actor=None) -> None:
    """Add a domain to a site (`add`), remove one (`remove`) or make one its
    primary domain (`primary`). A ValidationError says why not. Commits."""
    before = [d.domain for d in site.domains]
    changes = {"add": sites.add_domain, "remove": sites.remove_domain,
               "primary": sites.make_primary_domain}
    if action not in changes:
        raise ValidationError({"domain": _("Unknown change of domain.")})
    changes[action](site, domain)
    record(None, actor, f"network.domain_{action}", "site", site.id, site.primary_domain,
           before={"domains": before}, after={"domains": [d.domain for d in site.domains]})
    db.session.commit()
    invalidate_all()  # which site answers a host, and where it redirects, changed


def delete_site(site: Site, confirmation: str, media_root: str, actor=None,
                current: Site | None = None) -> None:
    """Delete a site and everything it holds (pages, menus, media files, plugin
    content, roles, audit log); other sites keep all of theirs. The operator
    types the site's primary domain to confirm. Commits."""
    _refuse_current(site, current, _(
        "You cannot delete the site you are working on. Open the network "
        "administration from another site's address."))
    domain = site.primary_domain or ""
    if (confirmation or "").strip().lower().rstrip(".") != domain:
        raise ValidationError({"confirmation": _(
            "Type the site's domain, %(domain)s, to confirm.", domain=domain)})
    summary = {"domain": domain, "name": site.name("en") or site.name("lo")}
    folder = os.path.join(media_root, str(site.id))  # every file of the site lives here
    # Rows of every table are removed by the database's ON DELETE CASCADE,
    # core and plugins alike; the ORM must not try to null them out first.
    site_id = site.id
    db.session.execute(delete(Site).where(Site.id == site_id))
    # Forget the deleted rows this session had loaded (read without loading
    # anything); everything else stays usable.
    db.session.expunge(site)
    for state in list(db.session.identity_map.all_states()):
        if state.dict.get("site_id") == site_id and state.obj() is not None:
            db.session.expunge(state.obj())
    record(None, actor, "network.site_delete", "site", None, domain, before=summary)
    db.session.commit()
    invalidate_all()  # a delete in SQL: the cache did not see it
    shutil.rmtree(folder, ignore_errors=True)


# -- people across sites ---------------------------------------------------------


def assign_roles(email: str, site_ids: list[int], role: str, actor) -> tuple[User, str | None]:
    """Give the account `email` (made when missing) `role` on each site of
    `site_ids`. Returns the user and, for a new account, its one-time
    password. A ValidationError says what is wrong; nothing changes. Commits."""
    if role not in ROLES:
        raise ValidationError({"role": _("The role must be one of: %(roles)s.",
                                         roles=", ".join(ROLES))})
    chosen = [db.session.get(Site, i) for i in site_ids]
    if not chosen or any(s is None for s in chosen):
        raise ValidationError({"sites": _("Choose at least one site.")})
    user = users.find_user(email)
    password = None
    if user is None:
        password = users.generate_password()
        user = users.create_user(email, password)
        record(None, actor, "user.create", "user", user.id, user.email,
               after={"email": user.email})
    for site in chosen:
        current = users.site_role(user, site.id)
        if current is None:
            users.grant_role(user, site.id, role)
            db.session.flush()
            record(site.id, actor, "user.role", "user", user.id, user.email,
                   before={"email": user.email, "role": None},
                   after={"email": user.email, "role": role})
        else:
            users.change_role(site.id, user, role, actor)
    db.session.commit()
    return user, password


def remove_from_site(user: User, site: Site, actor) -> None:
    """Take away `user`'s role on `site`; never the site's last admin. Commits."""
    users.remove_role(site.id, user, actor)
    db.session.commit()


def roles_by_user() -> list[tuple[User, list[tuple[Site, str]]]]:
    """Every account with its role on each site, by e-mail."""
    sites_by_id = {s.id: s for s in all_sites()}
    result = []
    for user in db.session.scalars(select(User).order_by(User.email)):
        roles = sorted(((sites_by_id[r.site_id], r.role) for r in user.roles
                        if r.site_id in sites_by_id), key=lambda pair: pair[0].id)
        result.append((user, roles))
    return result
