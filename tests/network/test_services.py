"""Creating sites from the standard and from a template, a ministry's
departments in one go, suspending, deleting, and roles across sites."""
import io

import pytest
from PIL import Image
from sqlalchemy import func, inspect, select

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks.models import SitePlugin
from gweb.media.services import store_upload
from gweb.menus import services as menus
from gweb.network import services
from gweb.pages import editorial
from gweb.pages.models import Page, PageTranslation
from gweb.sites.models import Site
from gweb.users.models import SiteRole
from gweb.users.services import create_user


def _site(domain, en="Department"):
    return services.create_network_site(domain, {"lo": "ກົມ", "en": en})


def test_a_new_site_starts_from_the_standard_structure_in_both_languages(site):
    new = _site("dept.test")
    keys = set(db.session.scalars(select(Page.key).where(Page.site_id == new.id)))
    assert {"home", "about", "contact", "privacy", "accessibility", "sitemap"} <= keys
    assert db.session.scalar(select(func.count(PageTranslation.id)).where(
        PageTranslation.site_id == new.id)) == 2 * 13


def test_a_site_made_from_a_template_copies_its_plugin_choices_and_menus(site):
    db.session.add(SitePlugin(site_id=site.id, plugin="news", enabled=False))
    menus.add_item(site.id, "footer", url="https://laogov.gov.la/",
                   labels={"lo": "ລັດຖະບານ", "en": "Government portal"})
    contact = editorial.page_by_key(site.id, "contact")
    menus.add_item(site.id, "header", page_id=contact.id,
                   labels={"lo": "ຕິດຕໍ່", "en": "Write to us"})
    db.session.commit()
    new = services.create_network_site("dept.test", {"lo": "ກົມ", "en": "Department"},
                                       template=site)
    assert {(r.plugin, r.enabled) for r in db.session.scalars(
        select(SitePlugin).where(SitePlugin.site_id == new.id))} == {("news", False)}
    footer = menus.items_of(new.id, "footer")
    assert footer[-1].url == "https://laogov.gov.la/"
    assert footer[-1].label("en") == "Government portal"
    header = menus.items_of(new.id, "header")
    new_contact = editorial.page_by_key(new.id, "contact")
    assert header[-1].page_id == new_contact.id and header[-1].label("en") == "Write to us"
    assert all(i.site_id == new.id for i in footer + header)
    assert len(header) == len(menus.items_of(site.id, "header"))


def test_a_template_can_be_used_without_its_plugins_or_menus(site):
    db.session.add(SitePlugin(site_id=site.id, plugin="news", enabled=False))
    db.session.commit()
    new = services.create_network_site("dept.test", {"lo": "ກົມ", "en": "D"}, template=site,
                                       copy_plugins=False, copy_menus=False)
    assert db.session.scalar(select(func.count(SitePlugin.id)).where(
        SitePlugin.site_id == new.id)) == 0


def test_a_ministry_creates_its_departments_sites_from_one_file(site):
    text = ("domain,name_lo,name_en\n"
            "tax.ministry.test,ກົມສ່ວຍສາອາກອນ,Tax Department\n"
            "customs.ministry.test,ກົມພາສີ,Customs Department\n")
    created = services.create_departments(site, text)
    assert [s.primary_domain for s in created] == ["tax.ministry.test", "customs.ministry.test"]
    assert all(s.settings["parent_site_id"] == site.id for s in created)
    assert created[1].name("lo") == "ກົມພາສີ"


def test_a_departments_file_with_any_bad_line_creates_nothing_and_names_each_line(site):
    text = ("domain,name_lo,name_en\n"
            "tax.ministry.test,ກົມສ່ວຍສາອາກອນ,Tax\n"
            "ministry.test,ກົມ,Taken\n"
            "bad domain,ກົມ,Bad\n"
            "tax.ministry.test,ກົມ,Twice\n"
            "empty.ministry.test,,No Lao name\n")
    with pytest.raises(ValidationError) as refused:
        services.create_departments(site, text)
    errors = refused.value.errors
    assert set(errors) == {"line 3", "line 4", "line 5", "line 6"}
    assert "already belongs" in errors["line 3"] and "twice" in errors["line 5"]
    assert db.session.scalar(select(func.count(Site.id))) == 1
    with pytest.raises(ValidationError):
        services.create_departments(site, "site,name\nx.test,X\n")


def test_deleting_a_site_removes_all_its_content_and_files_and_leaves_the_others_alone(app, site):
    other = _site("dept.test")
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40)).save(buffer, "PNG")
    for target in (site, other):
        buffer.seek(0)
        store_upload(app.config["MEDIA_ROOT"], target.id, buffer, "photo.png",
                     {"lo": "ຮູບ", "en": "Photo"})
        create_user(f"editor@{target.primary_domain}", "correct horse battery", role="editor",
                    site_id=target.id)
    db.session.commit()
    # The tables of this database (other tests of the run may have loaded plugin models).
    present = set(inspect(db.engine).get_table_names())
    tables = [t for t in db.metadata.sorted_tables if "site_id" in t.c and t.name in present]
    ours = {t.name: db.session.scalar(select(func.count()).select_from(t).where(
        t.c.site_id == site.id)) for t in tables}
    other_id, folder = other.id, app.config["MEDIA_ROOT"] + f"/{other.id}"
    with pytest.raises(ValidationError):
        services.delete_site(other, "wrong.test", app.config["MEDIA_ROOT"])
    services.delete_site(other, "DEPT.test", app.config["MEDIA_ROOT"], current=site)
    for table in tables:
        left = db.session.scalar(select(func.count()).select_from(table).where(
            table.c.site_id == other_id))
        kept = db.session.scalar(select(func.count()).select_from(table).where(
            table.c.site_id == site.id))
        assert left == 0, table.name
        assert kept == ours[table.name] or table.name == "audit_event", table.name
    import os

    assert not os.path.exists(folder)
    assert os.listdir(app.config["MEDIA_ROOT"] + f"/{site.id}")
    assert db.session.scalar(select(func.count(SiteRole.id))) == 1


def test_the_site_you_are_on_cannot_be_suspended_or_deleted(app, site):
    with pytest.raises(ValidationError) as refused:
        services.suspend(site, current=site)
    assert "the site you are working on" in str(refused.value)
    with pytest.raises(ValidationError):
        services.delete_site(site, "ministry.test", app.config["MEDIA_ROOT"], current=site)
    assert db.session.get(Site, site.id).status == "active"


def test_suspend_and_resume_change_the_status_and_are_audited(site):
    other = _site("dept.test")
    services.suspend(other, current=site)
    assert other.status == "suspended"
    services.resume(other)
    assert other.status == "active"
    from gweb.audit.models import AuditEvent

    actions = list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions[-2:] == ["network.site_suspend", "network.site_resume"]


def test_a_person_gets_a_role_on_several_sites_at_once(site):
    other = _site("dept.test")
    root = create_user("root@gweb.test", "correct horse battery", superadmin=True)
    user, password = services.assign_roles("Editor@Gov.LA", [site.id, other.id], "editor", root)
    assert password and user.role_on(site.id) == "editor" and user.role_on(other.id) == "editor"
    again, none = services.assign_roles("editor@gov.la", [other.id], "admin", root)
    assert none is None and again.id == user.id and again.role_on(other.id) == "admin"
    with pytest.raises(ValidationError):
        services.assign_roles("x@gov.la", [], "editor", root)
    with pytest.raises(ValidationError):
        services.assign_roles("x@gov.la", [site.id], "owner", root)


def test_the_last_admin_of_a_site_cannot_be_removed(site):
    root = create_user("root@gweb.test", "correct horse battery", superadmin=True)
    admin, _ = services.assign_roles("admin@gov.la", [site.id], "admin", root)
    with pytest.raises(ValidationError) as refused:
        services.remove_from_site(admin, site, root)
    assert "last admin" in str(refused.value)
    db.session.rollback()
    assert admin.role_on(site.id) == "admin"


def test_the_overview_shows_each_sites_health(site, make_user):
    make_user("editor")
    other = _site("dept.test")
    rows = {r.site.id: r for r in services.overview()}
    assert rows[site.id].people == 1 and rows[other.id].people == 0
    assert rows[site.id].problems == 1  # no logo
    assert rows[other.id].problems > rows[site.id].problems  # no address, phone or logo
    assert rows[site.id].last_published_at is not None


def test_a_domain_added_later_leads_to_the_site_and_can_become_its_primary(site):
    new = _site("dept.test")
    services.change_domain(new, "add", "WWW.Dept.Test.")
    assert services.sites.find_site("www.dept.test").id == new.id
    services.change_domain(new, "primary", "www.dept.test")
    assert new.primary_domain == "www.dept.test"
    services.change_domain(new, "remove", "dept.test")
    assert services.sites.find_site("dept.test") is None
    assert [d.domain for d in new.domains] == ["www.dept.test"]


@pytest.mark.parametrize("action, domain, message", [
    ("add", "ministry.test", "already belongs to a site"),
    ("add", "not a domain", "not a valid domain name"),
    ("remove", "dept.test", "primary domain"),
    ("primary", "elsewhere.test", "not one of this site's"),
])
def test_a_domain_change_that_cannot_be_made_is_refused_and_nothing_changes(
        site, action, domain, message):
    new = _site("dept.test")
    with pytest.raises(ValidationError, match=message):
        services.change_domain(new, action, domain)
    db.session.rollback()
    assert [(d.domain, d.is_primary) for d in db.session.get(Site, new.id).domains] == \
        [("dept.test", True)]
