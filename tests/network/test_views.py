"""The network administration as people use it: super-admins run every site
from /admin/network/; site admins get 403 there and see only their sites."""
import pytest

from gweb.extensions import db
from gweb.network import services
from gweb.sites.models import Site
from gweb.users.services import create_user
from tests.conftest import csrf_token_from


@pytest.fixture(autouse=True)
def local_address(site):
    """The test client's host, localhost, stays the test site's with several sites."""
    services.sites.add_domain(site, "localhost")
    db.session.commit()


@pytest.fixture
def root(app, client, site):
    """A super-admin logged in on the test site's address."""
    create_user("root@gweb.test", "correct horse battery", superadmin=True, ui_lang="en")
    db.session.commit()
    page = client.get("/admin/login")
    response = client.post("/admin/login", data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)),
        "email": "root@gweb.test", "password": "correct horse battery"})
    assert response.status_code == 302
    return client


def _post(client, url, data=None, page_url=None):
    page = client.get(page_url or url)
    token = csrf_token_from(page.get_data(as_text=True))
    return client.post(url, data={"csrf_token": token, **(data or {})})


def test_site_admins_and_editors_get_403_on_every_network_screen(app, client, site, login):
    other = services.create_network_site("dept.test", {"lo": "ກົມ", "en": "Department"})
    login("admin").ui_lang = "en"
    db.session.commit()
    for url in ("/admin/network/", "/admin/network/new", f"/admin/network/sites/{other.id}",
                f"/admin/network/sites/{other.id}/delete", "/admin/network/people"):
        assert client.get(url).status_code == 403, url
    assert "/admin/network/" not in client.get("/admin/").get_data(as_text=True)


def test_a_site_admin_sees_only_their_own_sites(app, client, site, login):
    services.create_network_site("dept.test", {"lo": "ກົມ", "en": "Hidden Department"})
    login("admin").ui_lang = "en"
    db.session.commit()
    html = client.get("/admin/my-sites").get_data(as_text=True)
    assert "ministry.test" in html and "dept.test" not in html


def test_the_network_screen_lists_every_site_with_its_health(root, site):
    services.create_network_site("dept.test", {"lo": "ກົມ", "en": "Tax Department"})
    site.status = "active"
    html = root.get("/admin/network/").get_data(as_text=True)
    assert "ministry.test" in html and "dept.test" in html
    assert root.get("/admin/network/").status_code == 200


def test_a_super_admin_creates_a_site_from_a_template_in_the_admin(root, site):
    response = _post(root, "/admin/network/new", {
        "domain": "Customs.Ministry.Test", "name_lo": "ກົມພາສີ", "name_en": "Customs",
        "default_lang": "lo", "template": str(site.id), "copy_plugins": "y", "copy_menus": "y"})
    assert response.status_code == 302
    new = services.sites.find_site("customs.ministry.test")
    assert new is not None and new.name("en") == "Customs"


def test_creating_a_site_with_a_taken_or_invalid_domain_shows_why_and_creates_nothing(root, site):
    for domain, reason in (("ministry.test", "already belongs to a site"),
                           ("not a domain", "is not a valid domain name")):
        response = _post(root, "/admin/network/new", {
            "domain": domain, "name_lo": "ກ", "name_en": "X", "default_lang": "lo",
            "template": ""})
        assert response.status_code == 200 and reason in response.get_data(as_text=True)
    assert db.session.query(Site).count() == 1


def test_suspending_the_site_you_are_on_is_refused_and_another_site_can_be_suspended(root, site):
    other = services.create_network_site("dept.test", {"lo": "ກົມ", "en": "Department"})
    url = f"/admin/network/sites/{site.id}"
    _post(root, f"{url}/suspend", page_url=url)
    html = root.get(url).get_data(as_text=True)
    assert "You cannot suspend the site you are working on" in html
    assert db.session.get(Site, site.id).status == "active"
    other_url = f"/admin/network/sites/{other.id}"
    _post(root, f"{other_url}/suspend", page_url=other_url)
    db.session.expire_all()
    assert db.session.get(Site, other.id).status == "suspended"
    assert root.get("/en/", headers={"Host": "dept.test"}).status_code == 503
    _post(root, f"{other_url}/resume", page_url=other_url)
    db.session.expire_all()
    assert db.session.get(Site, other.id).status == "active"


def test_deleting_a_site_needs_its_domain_typed(root, site):
    other = services.create_network_site("dept.test", {"lo": "ກົມ", "en": "Vanished Office"})
    other_id, url = other.id, f"/admin/network/sites/{other.id}/delete"
    wrong = _post(root, url, {"confirmation": "dept"})
    assert wrong.status_code == 200 and "Type the site&#39;s domain, dept.test" in \
        wrong.get_data(as_text=True)
    assert _post(root, url, {"confirmation": "dept.test"}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Site, other_id) is None and db.session.get(Site, site.id) is not None
    # One site is left, so it answers every host; nothing of the deleted one shows.
    assert "Vanished Office" not in root.get("/en/", headers={"Host": "dept.test"}).get_data(
        as_text=True)


def test_a_super_admin_gives_a_person_roles_on_several_sites(root, site):
    other = services.create_network_site("dept.test", {"lo": "ກົມ", "en": "Department"})
    page = root.get("/admin/network/people")
    response = root.post("/admin/network/people", data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)), "email": "new@gov.la",
        "role": "editor", "sites": [str(site.id), str(other.id)]})
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    user = services.users.find_user("new@gov.la")
    assert user.role_on(site.id) == "editor" and user.role_on(other.id) == "editor"


def test_removing_the_last_admin_of_a_site_is_refused_with_a_message(root, site):
    admin = create_user("boss@gov.la", "correct horse battery", role="admin", site_id=site.id)
    db.session.commit()
    page = root.get("/admin/network/people")
    response = root.post(f"/admin/network/people/{admin.id}/sites/{site.id}/remove", data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True))})
    assert response.status_code == 302
    assert "last admin of this site" in root.get("/admin/network/people").get_data(as_text=True)
    db.session.expire_all()
    assert admin.role_on(site.id) == "admin"


def test_a_site_admin_sees_their_sites_standard_check_in_the_admin(client, site, login):
    login("admin").ui_lang = "en"
    db.session.commit()
    html = client.get("/admin/settings/standard").get_data(as_text=True)
    assert "The site has no logo." in html


def test_a_superadmin_adds_a_domain_to_a_site_and_makes_it_primary(root, site):
    other = services.create_network_site("dept.test", {"lo": "ກົມ", "en": "Department"})
    show = f"/admin/network/sites/{other.id}"
    url = f"/admin/network/sites/{other.id}/domains"
    response = _post(root, url, {"action": "add", "domain": "www.dept.test"}, page_url=show)
    assert response.status_code == 302
    _post(root, url, {"action": "primary", "domain": "www.dept.test"}, page_url=show)
    assert db.session.get(Site, other.id).primary_domain == "www.dept.test"
    refused = _post(root, url, {"action": "add", "domain": "ministry.test"}, page_url=show)
    html = root.get(refused.headers["Location"]).get_data(as_text=True)
    assert "already belongs to a site" in html


def test_the_network_screen_says_when_e_mail_is_off(root, site):
    html = root.get("/admin/network/").get_data(as_text=True)
    assert "E-mail is off: no SMTP server is set (MAIL_SERVER)" in html


def test_the_network_screen_counts_the_outbox_and_shows_why_the_last_message_was_given_up(
        app, root, site, smtp_server):
    from gweb.mail import services as mail

    inbox, config = smtp_server
    app.config.update(config)
    mail.queue_mail(["editor@ministry.test", "nobody@ministry.test"], "ຫົວຂໍ້", "ເນື້ອໃນ")
    db.session.commit()
    mail.deliver_due(config, limit=1)
    inbox.refuse = (550, "No such user here")
    mail.deliver_due(config)
    html = root.get("/admin/network/").get_data(as_text=True)
    assert "0 waiting to be sent, 1 sent, 1 given up." in html
    assert "550 No such user here" in html
