"""Two-factor authentication through the admin: the code step of the login,
setting it up, switching it off, a site that requires it, and resets."""
import re

from sqlalchemy import select

from gweb.audit.models import AuditEvent
from gweb.extensions import db
from gweb.i18n import UI_LANG_COOKIE
from gweb.twofactor import services
from gweb.twofactor.models import TotpDevice
from tests.conftest import csrf_token_from
from tests.twofactor.helpers import code, enrol

PASSWORD = "correct horse battery"


def _english(client):
    client.set_cookie(UI_LANG_COOKIE, "en")


def _password_step(client, email, next_url=None, address="198.51.100.7"):
    url = "/admin/login" + (f"?next={next_url}" if next_url else "")
    page = client.get(url, environ_base={"REMOTE_ADDR": address})
    return client.post(url, environ_base={"REMOTE_ADDR": address}, data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)),
        "email": email, "password": PASSWORD})


def _code_step(client, value, address="198.51.100.7"):
    page = client.get("/admin/login/code", environ_base={"REMOTE_ADDR": address})
    return client.post("/admin/login/code", environ_base={"REMOTE_ADDR": address}, data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)), "code": value})


def _post(client, url, data=None, form_page=None):
    page = client.get(form_page or url)
    return client.post(url, data={"csrf_token": csrf_token_from(page.get_data(as_text=True)),
                                  **(data or {})})


def _log_in(client, user, secret, clock):
    assert _password_step(client, user.email).status_code == 302
    response = _code_step(client, code(secret, clock))
    assert response.status_code == 302
    clock.step()
    return response


def test_after_the_password_the_login_asks_for_a_code_and_is_not_yet_logged_in(
        app, client, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    response = _password_step(client, user.email)
    assert response.headers["Location"].endswith("/admin/login/code")
    with client.session_transaction() as session:
        assert "_user_id" not in session
    # The password alone opens no admin page.
    assert "/admin/login" in client.get("/admin/").headers["Location"]
    assert client.get("/admin/pages/").status_code == 302
    done = _code_step(client, code(secret, clock))
    assert done.status_code == 302 and done.headers["Location"].endswith("/admin/")
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_keeps_the_door_shut(app, client, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    _english(client)
    _password_step(client, user.email)
    wrong = "123456" if code(secret, clock) != "123456" else "654321"
    response = _code_step(client, wrong)
    assert response.status_code == 200
    assert "This code is not right." in response.get_data(as_text=True)
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_are_throttled_like_wrong_passwords(app, client, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    _password_step(client, user.email)
    for _ in range(5):
        assert _code_step(client, "000000" if code(secret, clock) != "000000"
                          else "111111").status_code == 200
    assert _code_step(client, code(secret, clock)).status_code == 429
    assert client.get("/admin/").status_code == 302


def test_a_code_used_to_log_in_cannot_be_used_again(app, client, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    used = code(secret, clock)
    _password_step(client, user.email)
    assert _code_step(client, used).status_code == 302
    other = app.test_client()
    _password_step(other, user.email, address="203.0.113.5")
    assert _code_step(other, used, address="203.0.113.5").status_code == 200
    assert other.get("/admin/").status_code == 302


def test_the_code_step_expires_and_asks_for_the_password_again(app, client, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    _password_step(client, user.email)
    with client.session_transaction() as session:
        session["twofactor_at"] -= 10 * 60
    page = client.get("/admin/login/code")
    assert page.status_code == 302 and page.headers["Location"].endswith("/admin/login")


def test_the_login_goes_on_to_the_page_asked_for(app, client, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    _password_step(client, user.email, next_url="/admin/pages/")
    assert _code_step(client, code(secret, clock)).headers["Location"].endswith("/admin/pages/")


def test_a_recovery_code_logs_in_once(app, client, make_user, clock):
    user = make_user("editor")
    user.ui_lang = "en"  # the admin speaks the account's language once logged in
    db.session.commit()
    _, codes = enrol(user, clock)
    _password_step(client, user.email)
    assert _code_step(client, codes[0]).status_code == 302
    assert "9 are left" in client.get("/admin/").get_data(as_text=True)
    client.post("/admin/logout", data={"csrf_token": csrf_token_from(
        client.get("/admin/").get_data(as_text=True))})
    _password_step(client, user.email)
    assert _code_step(client, codes[0]).status_code == 200


def test_an_editor_sets_up_two_factor_from_a_qr_code_made_on_this_server(
        app, client, login, clock):
    user = login("editor")
    page = client.get("/admin/account/two-factor")
    assert page.status_code == 200 and 'action="/admin/account/two-factor/start"' in \
        page.get_data(as_text=True)
    assert _post(client, "/admin/account/two-factor/start",
                 form_page="/admin/account/two-factor").status_code == 302
    setup = client.get("/admin/account/two-factor")
    html = setup.get_data(as_text=True)
    device = db.session.scalar(select(TotpDevice).where(TotpDevice.user_id == user.id))
    assert "<svg" in html and "<img" not in html.split("<main", 1)[-1]
    assert services.grouped_secret(device) in html  # for typing in by hand
    assert setup.headers["Cache-Control"] == "no-store"
    assert not services.is_enabled(user)
    wrong = _post(client, "/admin/account/two-factor/confirm", {"code": "12"},
                  form_page="/admin/account/two-factor")
    assert wrong.status_code == 400 and not services.is_enabled(user)
    done = _post(client, "/admin/account/two-factor/confirm",
                 {"code": code(services.secret_of(device), clock)}, form_page="/admin/account/two-factor")
    assert done.status_code == 200 and done.headers["Cache-Control"] == "no-store"
    shown = re.findall(r"<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>",
                       done.get_data(as_text=True))
    assert len(shown) == 10
    assert services.is_enabled(user)
    db.session.expire_all()
    assert db.session.scalar(select(AuditEvent.action).where(
        AuditEvent.user_id == user.id, AuditEvent.action == "twofactor.enable"))


def test_turning_two_factor_off_needs_the_password_and_a_code(app, client, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    _log_in(client, user, secret, clock)
    refused = _post(client, "/admin/account/two-factor/disable",
                    {"password": "wrong password here", "code": code(secret, clock)},
                    form_page="/admin/account/two-factor")
    assert refused.status_code == 400 and services.is_enabled(user)
    clock.step()
    done = _post(client, "/admin/account/two-factor/disable",
                 {"password": PASSWORD, "code": code(secret, clock)},
                 form_page="/admin/account/two-factor")
    assert done.status_code == 302
    db.session.expire_all()
    assert not services.is_enabled(user)


def test_a_site_that_requires_two_factor_sends_an_editor_without_it_to_set_it_up(
        app, client, site, make_user, clock):
    admin = make_user("admin")
    enrol(admin, clock)
    services.set_site_requirement(site.id, True, admin)
    db.session.commit()
    editor = make_user("editor")
    response = _password_step(client, editor.email)
    assert response.status_code == 302
    for url in ("/admin/", "/admin/pages/", "/admin/media/", "/admin/users/me/password"):
        blocked = client.get(url)
        assert blocked.status_code == 302, url
        assert blocked.headers["Location"].endswith("/admin/account/two-factor"), url
    assert client.get("/admin/account/two-factor").status_code == 200
    _post(client, "/admin/account/two-factor/start", form_page="/admin/account/two-factor")
    device = db.session.scalar(select(TotpDevice).where(TotpDevice.user_id == editor.id))
    _post(client, "/admin/account/two-factor/confirm", {"code": code(services.secret_of(device), clock)},
          form_page="/admin/account/two-factor")
    assert client.get("/admin/").status_code == 200


def test_a_site_admin_sets_the_rule_only_once_they_use_two_factor_themselves(
        app, client, site, login, clock):
    admin = login("admin")
    refused = _post(client, "/admin/two-factor/", {"required": "y"})
    assert refused.status_code == 400 and not services.site_requires(site.id)
    enrol(admin, clock)
    assert _post(client, "/admin/two-factor/", {"required": "y"}).status_code == 302
    assert services.site_requires(site.id)
    assert _post(client, "/admin/two-factor/", {}).status_code == 302
    assert not services.site_requires(site.id)


def test_a_site_admin_resets_the_two_factor_of_an_editor_who_lost_their_phone(
        app, client, site, login, make_user, clock):
    editor = make_user("editor")
    enrol(editor, clock)
    admin = login("admin")
    page = client.get("/admin/two-factor/")
    assert f'action="/admin/two-factor/{editor.id}/reset"' in page.get_data(as_text=True)
    assert _post(client, f"/admin/two-factor/{editor.id}/reset",
                 form_page="/admin/two-factor/").status_code == 302
    db.session.expire_all()
    assert not services.is_enabled(editor)
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "twofactor.reset"))
    assert (event.user_id, event.object_id) == (admin.id, editor.id)
    # The editor now logs in with the password alone.
    other = app.test_client()
    assert _password_step(other, editor.email).headers["Location"].endswith("/admin/")


def test_only_admins_reset_and_only_members_of_their_site(app, client, site, login, make_user,
                                                          clock):
    from gweb.sites import services as sites
    from gweb.sites.models import SiteDomain
    from gweb.users.services import create_user

    site.domains.append(SiteDomain(domain="localhost"))  # the test client's host
    other_site = sites.create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    outsider = create_user("outsider@other.test", PASSWORD, role="editor", site_id=other_site.id)
    db.session.commit()
    enrol(outsider, clock)
    author = make_user("author", email="author2@ministry.test")
    enrol(author, clock)
    login("editor")
    token = csrf_token_from(client.get("/admin/account/two-factor").get_data(as_text=True))
    assert client.post(f"/admin/two-factor/{author.id}/reset",
                       data={"csrf_token": token}).status_code == 403
    assert client.get("/admin/two-factor/").status_code == 403
    admin_client = app.test_client()
    make_user("admin")
    _password_step(admin_client, "admin@ministry.test")
    token = csrf_token_from(admin_client.get("/admin/two-factor/").get_data(as_text=True))
    assert admin_client.post(f"/admin/two-factor/{outsider.id}/reset",
                             data={"csrf_token": token}).status_code == 404
    assert services.is_enabled(outsider)
