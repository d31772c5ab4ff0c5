"""Password reset links: made by a site admin, good once, for a day."""
import re

from itsdangerous import URLSafeTimedSerializer

from gweb.users import reset
from tests.conftest import csrf_token_from

NEW = "paddy field kettle orbit"


def _link_for(client, login, make_user):
    login("admin")
    member = make_user("editor", email="somphone@ministry.test")
    edit = client.get(f"/admin/users/{member.id}").get_data(as_text=True)
    page = client.post(f"/admin/users/{member.id}/reset-link",
                       data={"csrf_token": csrf_token_from(edit)})
    assert page.status_code == 200
    return member, re.search(r'value="(http://[^"]+/admin/users/reset/[^"]+)"',
                             page.get_data(as_text=True)).group(1)


def _use(client, link, password=NEW, repeat=None):
    form = client.get(link)
    if form.status_code != 200:
        return form
    return client.post(link, data={"csrf_token": csrf_token_from(form.get_data(as_text=True)),
                                   "new_password": password,
                                   "repeat_password": repeat or password})


def test_a_member_sets_a_new_password_with_the_link_an_admin_made(app, client, login, make_user):
    member, link = _link_for(client, login, make_user)
    visitor = app.test_client()
    done = _use(visitor, link)
    assert done.status_code == 302 and "/admin/login" in done.headers["Location"]
    login_page = visitor.get("/admin/login").get_data(as_text=True)
    response = visitor.post("/admin/login", data={"csrf_token": csrf_token_from(login_page),
                                                  "email": member.email, "password": NEW})
    assert response.status_code == 302


def test_a_link_works_only_once(app, client, login, make_user):
    _member, link = _link_for(client, login, make_user)
    assert _use(app.test_client(), link).status_code == 302
    again = _use(app.test_client(), link, password="another kettle paddy orbit")
    assert again.status_code == 400
    assert "expired or was already used" in again.get_data(as_text=True) or \
        "ໝົດອາຍຸ" in again.get_data(as_text=True)


def test_an_expired_or_forged_link_is_refused(app, client, login, make_user, monkeypatch):
    member, link = _link_for(client, login, make_user)
    monkeypatch.setattr(reset, "MAX_AGE_HOURS", -1)
    assert app.test_client().get(link).status_code == 400
    monkeypatch.setattr(reset, "MAX_AGE_HOURS", 24)
    forged = URLSafeTimedSerializer("not the key", salt=reset.SALT).dumps({"u": member.id,
                                                                           "f": "x"})
    assert app.test_client().get(f"/admin/users/reset/{forged}").status_code == 400


def test_a_weak_new_password_is_refused_and_the_link_still_works(app, client, login, make_user):
    _member, link = _link_for(client, login, make_user)
    visitor = app.test_client()
    weak = _use(visitor, link, password="password1234")
    assert weak.status_code == 200 and 'aria-invalid="true"' in weak.get_data(as_text=True)
    assert _use(visitor, link).status_code == 302


def test_an_editor_cannot_make_reset_links(app, client, login, make_user):
    login("editor")
    other = make_user("author")
    edit = client.get("/admin/").get_data(as_text=True)
    response = client.post(f"/admin/users/{other.id}/reset-link",
                           data={"csrf_token": csrf_token_from(edit)})
    assert response.status_code == 403


def test_the_operator_prints_a_reset_link_from_the_command_line(tmp_path):
    from tests.test_cli import run

    assert run(tmp_path, "init").returncode == 0
    assert run(tmp_path, "user", "create", "chanthy@ministry.la", "--role", "admin").returncode == 0
    result = run(tmp_path, "user", "reset-link", "chanthy@ministry.la",
                 "--base-url", "https://ministry.la")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("https://ministry.la/admin/users/reset/")
    unknown = run(tmp_path, "user", "reset-link", "nobody@ministry.la")
    assert unknown.returncode == 1 and "no active account" in unknown.stderr
