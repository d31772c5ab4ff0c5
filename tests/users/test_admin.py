"""The Users screens: who may use them, adding people, roles, accounts and
everyone's own password."""
import re
from datetime import datetime

import pytest

from gweb.audit.models import AuditEvent
from gweb.text import format_datetime
from gweb.users import services
from gweb.users.models import User
from tests.conftest import csrf_token_from

PASSWORD = "correct horse battery"


def _token(client) -> str:
    """A CSRF token of the client's session (the same for every form)."""
    return csrf_token_from(client.get("/admin/login").get_data(as_text=True))


def _token_logged_in(client) -> str:
    return csrf_token_from(client.get("/admin/users/me/password").get_data(as_text=True))


def _in_english(db, user):
    """The admin in English for this user, so that messages can be read in tests."""
    user.ui_lang = "en"
    db.session.commit()


def _log_in(client, email, password=PASSWORD):
    return client.post("/admin/login", data={"csrf_token": _token(client), "email": email,
                                             "password": password})


def _events(db, action):
    return db.session.query(AuditEvent).filter_by(action=action).all()


@pytest.fixture
def target(make_user):
    """Someone on the test site whom the admin manages."""
    return make_user("author", email="target@ministry.test")


@pytest.fixture
def other_site(site, db):
    """A second site; the test site also answers "localhost" (the test client's
    host), which a single site does by itself but not once there are two."""
    from gweb.sites import services as sites
    from gweb.sites.models import SiteDomain

    site.domains.append(SiteDomain(domain="localhost"))
    other = sites.create_site("province.test", {"lo": "ແຂວງ", "en": "Province"})
    db.session.commit()
    return other


# -- who may open what ---------------------------------------------------------

ADMIN_ONLY = [("get", "/admin/users/", 200), ("get", "/admin/users/new", 200),
              ("post", "/admin/users/new", 200), ("get", "/admin/users/{id}", 200),
              ("post", "/admin/users/{id}", 302), ("post", "/admin/users/{id}/remove", 302),
              ("post", "/admin/users/{id}/deactivate", 302),
              ("post", "/admin/users/{id}/activate", 302)]
EVERYONE = [("get", "/admin/users/me/password", 200), ("post", "/admin/users/me/password", 200)]


@pytest.mark.parametrize("method, url, admin_status", ADMIN_ONLY + EVERYONE)
def test_anonymous_visitors_are_sent_to_the_login_page(client, target, method, url,
                                                      admin_status):
    token = _token(client)
    response = getattr(client, method)(url.format(id=target.id), data={"csrf_token": token})
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["author", "editor", "admin"])
@pytest.mark.parametrize("method, url, admin_status", ADMIN_ONLY)
def test_only_admins_manage_users(client, login, target, role, method, url, admin_status):
    login(role)
    token = _token_logged_in(client)
    response = getattr(client, method)(url.format(id=target.id), data={"csrf_token": token})
    assert response.status_code == (admin_status if role == "admin" else 403)


@pytest.mark.parametrize("role", ["author", "editor", "admin"])
@pytest.mark.parametrize("method, url, status", EVERYONE)
def test_everyone_can_open_their_own_password_page(client, login, role, method, url, status):
    login(role)
    response = getattr(client, method)(url, data={"csrf_token": _token_logged_in(client)})
    assert response.status_code == status


def test_a_user_without_a_role_here_is_not_found_on_this_site(client, login, other_site, db):
    login("admin")
    outsider = services.create_user("out@province.test", PASSWORD, role="admin",
                                    site_id=other_site.id)
    db.session.commit()
    assert client.get(f"/admin/users/{outsider.id}").status_code == 404
    response = client.post(f"/admin/users/{outsider.id}/deactivate",
                           data={"csrf_token": _token_logged_in(client)})
    assert response.status_code == 404 and db.session.get(User, outsider.id).active


@pytest.mark.parametrize("role, sees_users", [("author", False), ("editor", False),
                                              ("admin", True)])
def test_the_sidebar_offers_users_to_admins_and_my_password_to_everyone(client, login, role,
                                                                      sees_users):
    login(role)
    html = client.get("/admin/users/me/password").get_data(as_text=True)
    assert ('href="/admin/users/"' in html) is sees_users
    assert 'href="/admin/users/me/password"' in html


# -- the list ------------------------------------------------------------------


def test_the_list_shows_this_sites_people_with_role_and_last_login_in_lao(client, login, target,
                                                                          other_site, db):
    login("admin")
    target.last_login_at = datetime(2024, 1, 9, 3, 30)
    services.create_user("elsewhere@province.test", PASSWORD, role="editor",
                         site_id=other_site.id)
    db.session.commit()
    html = client.get("/admin/users/").get_data(as_text=True)
    assert "target@ministry.test" in html and "admin@ministry.test" in html
    assert "elsewhere@province.test" not in html
    shown = format_datetime(datetime(2024, 1, 9, 3, 30), "lo")
    assert shown in html and re.search("[\u0e80-\u0eff]", shown)


# -- adding people -------------------------------------------------------------


def test_a_new_user_gets_a_password_shown_once_that_logs_in(app, client, login, db):
    login("admin")
    response = client.post("/admin/users/new", data={
        "csrf_token": _token_logged_in(client), "email": "New.Person@ministry.test",
        "name": "ສົມພອນ", "role": "editor"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    password = re.search(r"<code>([^<]+)</code>", html).group(1)
    user = services.find_user("new.person@ministry.test")
    assert user.role_on(user.roles[0].site_id) == "editor" and user.name == "ສົມພອນ"
    # Never again: neither on the list nor on the person's page.
    assert password not in client.get("/admin/users/").get_data(as_text=True)
    assert password not in client.get(f"/admin/users/{user.id}").get_data(as_text=True)
    other = app.test_client()
    assert _log_in(other, "new.person@ministry.test", password).headers["Location"] == "/admin/"
    event = _events(db, "user.create")[0]
    assert password not in str(event.before) + str(event.after) + event.summary
    assert "scrypt" not in str(event.after)


def test_adding_an_email_with_an_account_on_another_site_gives_it_a_role_here(
        app, client, login, other_site, db, site):
    login("admin")
    existing = services.create_user("shared@province.test", PASSWORD, name="Shared",
                                    role="admin", site_id=other_site.id)
    db.session.commit()
    response = client.post("/admin/users/new", data={
        "csrf_token": _token_logged_in(client), "email": "SHARED@province.test",
        "name": "Ignored", "role": "author"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/admin/users/{existing.id}"
    db.session.expire_all()
    user = db.session.get(User, existing.id)
    assert user.role_on(site.id) == "author" and user.role_on(other_site.id) == "admin"
    assert user.name == "Shared"
    assert _log_in(app.test_client(), "shared@province.test").status_code == 302  # same password
    assert _events(db, "user.role")[0].after == {"email": "shared@province.test",
                                                 "role": "author"}


def test_adding_someone_who_already_has_a_role_here_is_refused_keeping_the_form(
        client, login, target, db):
    admin = login("admin")
    _in_english(db, admin)
    response = client.post("/admin/users/new", data={
        "csrf_token": _token_logged_in(client), "email": "target@ministry.test",
        "name": "Typed name", "role": "editor"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "already has a role on this site" in html
    assert 'aria-invalid="true"' in html and 'value="Typed name"' in html
    assert db.session.get(User, target.id).role_on(target.roles[0].site_id) == "author"


def test_a_bad_email_is_refused_next_to_its_field(client, login, db):
    admin = login("admin")
    _in_english(db, admin)
    response = client.post("/admin/users/new", data={
        "csrf_token": _token_logged_in(client), "email": "not-an-address", "role": "author"})
    html = response.get_data(as_text=True)
    assert 'aria-describedby="email-error"' in html and "is not an e-mail address" in html
    assert services.find_user("not-an-address") is None


def test_a_name_too_long_is_refused_with_the_houses_message(client, login, db):
    admin = login("admin")
    _in_english(db, admin)
    response = client.post("/admin/users/new", data={
        "csrf_token": _token_logged_in(client), "email": "long@ministry.test",
        "name": "ກ" * 201, "role": "author"})
    html = response.get_data(as_text=True)
    assert "This is too long (at most 200 characters)." in html and 'id="name-error"' in html
    assert services.find_user("long@ministry.test") is None


# -- roles and accounts ----------------------------------------------------------


def test_an_admin_changes_a_role_and_it_is_audited(client, login, target, db, site):
    login("admin")
    response = client.post(f"/admin/users/{target.id}", data={
        "csrf_token": _token_logged_in(client), "role": "editor"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, target.id).role_on(site.id) == "editor"
    event = _events(db, "user.role")[0]
    assert (event.before["role"], event.after["role"]) == ("author", "editor")


def test_the_last_admin_of_a_site_cannot_be_demoted(app, client, site, db):
    services.create_user("root@gweb.test", PASSWORD, superadmin=True, ui_lang="en")
    only_admin = services.create_user("admin@ministry.test", PASSWORD, role="admin",
                                      site_id=site.id)
    db.session.commit()
    _log_in(client, "root@gweb.test")
    response = client.post(f"/admin/users/{only_admin.id}", data={
        "csrf_token": _token_logged_in(client), "role": "editor"})
    assert response.status_code == 200 and "last admin of this site" in response.get_data(
        as_text=True)
    db.session.expire_all()
    assert db.session.get(User, only_admin.id).role_on(site.id) == "admin"
    assert _events(db, "user.role") == []


def test_an_admin_cannot_demote_remove_or_deactivate_themselves(client, login, db, site):
    admin = login("admin")
    _in_english(db, admin)
    token = _token_logged_in(client)
    demote = client.post(f"/admin/users/{admin.id}", data={"csrf_token": token,
                                                          "role": "editor"})
    assert "cannot remove your own admin role" in demote.get_data(as_text=True)
    remove = client.post(f"/admin/users/{admin.id}/remove", data={"csrf_token": token},
                         follow_redirects=True)
    assert "cannot remove your own role" in remove.get_data(as_text=True)
    deactivate = client.post(f"/admin/users/{admin.id}/deactivate",
                             data={"csrf_token": token}, follow_redirects=True)
    assert "cannot deactivate your own account" in deactivate.get_data(as_text=True)
    db.session.expire_all()
    me = db.session.get(User, admin.id)
    assert me.active and me.role_on(site.id) == "admin"
    assert client.get("/admin/users/").status_code == 200  # still an admin, still logged in


def test_removing_a_role_takes_the_person_off_this_site_only(app, client, login, target,
                                                            other_site, db, site):
    login("admin")
    services.grant_role(target, other_site.id, "editor")
    db.session.commit()
    response = client.post(f"/admin/users/{target.id}/remove",
                           data={"csrf_token": _token_logged_in(client)})
    assert response.headers["Location"] == "/admin/users/"
    db.session.expire_all()
    user = db.session.get(User, target.id)
    assert user.role_on(site.id) is None and user.role_on(other_site.id) == "editor"
    client.get("/admin/users/")  # the page with the message
    assert "target@ministry.test" not in client.get("/admin/users/").get_data(as_text=True)
    assert _log_in(app.test_client(), "target@ministry.test").status_code == 200  # refused here
    assert _events(db, "user.remove_role")[0].before["role"] == "author"


def test_a_deactivated_user_cannot_log_in_until_reactivated(app, client, login, target, db):
    login("admin")
    token = _token_logged_in(client)
    client.post(f"/admin/users/{target.id}/deactivate", data={"csrf_token": token})
    assert _log_in(app.test_client(), "target@ministry.test").status_code == 200
    assert "badge--missing" in client.get("/admin/users/").get_data(as_text=True)
    client.post(f"/admin/users/{target.id}/activate", data={"csrf_token": token})
    assert _log_in(app.test_client(), "target@ministry.test").status_code == 302
    assert [e.after["active"] for e in db.session.query(AuditEvent).filter(
        AuditEvent.action.in_(["user.deactivate", "user.activate"])).order_by(AuditEvent.id)] \
        == [False, True]


def test_a_site_admin_cannot_deactivate_someone_who_works_on_other_sites(
        client, login, target, other_site, db):
    admin = login("admin")
    _in_english(db, admin)
    services.grant_role(target, other_site.id, "editor")
    db.session.commit()
    page = client.get(f"/admin/users/{target.id}").get_data(as_text=True)
    assert f"/admin/users/{target.id}/deactivate" not in page
    response = client.post(f"/admin/users/{target.id}/deactivate",
                           data={"csrf_token": _token_logged_in(client)}, follow_redirects=True)
    assert "only a superadmin can" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, target.id).active


def test_a_superadmin_can_deactivate_someone_who_works_on_other_sites(client, site, target,
                                                                     other_site, db):
    services.create_user("root@gweb.test", PASSWORD, superadmin=True)
    services.grant_role(target, other_site.id, "editor")
    db.session.commit()
    _log_in(client, "root@gweb.test")
    client.post(f"/admin/users/{target.id}/deactivate",
                data={"csrf_token": _token_logged_in(client)})
    db.session.expire_all()
    assert not db.session.get(User, target.id).active


# -- my password -----------------------------------------------------------------


def _change_password(client, current, new, repeat=None):
    return client.post("/admin/users/me/password", data={
        "csrf_token": _token_logged_in(client), "current_password": current,
        "new_password": new, "repeat_password": new if repeat is None else repeat})


@pytest.mark.parametrize("role", ["author", "editor", "admin"])
def test_everyone_changes_their_own_password_and_stays_logged_in(app, client, login, db, role):
    user = login(role)
    response = _change_password(client, PASSWORD, "a brand new passphrase")
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    assert client.get("/admin/users/me/password").status_code == 200  # the session goes on
    assert _log_in(app.test_client(), user.email, PASSWORD).status_code == 200
    assert _log_in(app.test_client(), user.email, "a brand new passphrase").status_code == 302
    event = _events(db, "user.password")[0]
    assert event.user_id == user.id and event.before is None and event.after is None
    assert "passphrase" not in event.summary


def test_a_password_change_needs_the_right_current_password(app, client, login, db):
    user = login("author")
    _in_english(db, user)
    response = _change_password(client, "not my password", "a brand new passphrase")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "current password is not right" in html
    assert 'id="current_password"' in html and 'aria-invalid="true"' in html
    assert _log_in(app.test_client(), user.email, PASSWORD).status_code == 302
    assert _events(db, "user.password") == []


def test_the_new_password_must_be_typed_twice_alike_and_be_long_enough(client, login, db):
    user = login("author")
    _in_english(db, user)
    mismatch = _change_password(client, PASSWORD, "a brand new passphrase", "something else")
    assert "two new passwords are not the same" in mismatch.get_data(as_text=True)
    short = _change_password(client, PASSWORD, "short")
    assert "at least 12 characters" in short.get_data(as_text=True)
    assert _events(db, "user.password") == []


def test_each_person_turns_their_e_mail_notices_off_and_on_again_in_lao(client, login, db):
    user = login("author")
    html = client.get("/admin/users/me/notices").get_data(as_text=True)
    assert "ແຈ້ງຂ້ອຍທາງອີເມວກ່ຽວກັບການກວດກາໜ້າເວັບ" in html and 'checked' in html
    assert 'href="/admin/users/me/notices"' in html
    assert "ລະບົບນີ້ຍັງບໍ່ໄດ້ສົ່ງອີເມວໃນຕອນນີ້" in html  # no SMTP server in tests
    response = client.post("/admin/users/me/notices", data={"csrf_token": csrf_token_from(html)},
                           follow_redirects=True)
    assert "ທ່ານຈະບໍ່ໄດ້ຮັບການແຈ້ງເຕືອນທາງອີເມວອີກ." in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, user.id).review_notices is False
    client.post("/admin/users/me/notices", data={"csrf_token": csrf_token_from(html),
                                                 "review_notices": "y"})
    db.session.expire_all()
    assert db.session.get(User, user.id).review_notices is True


def test_the_notices_choice_needs_the_forms_token(client, login, db):
    user = login("editor")
    assert client.post("/admin/users/me/notices", data={}).status_code == 400
    db.session.expire_all()
    assert db.session.get(User, user.id).review_notices is True
