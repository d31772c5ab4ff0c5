from tests.conftest import csrf_token_from


def _token(client):
    return csrf_token_from(client.get("/admin/login").get_data(as_text=True))


def test_the_login_page_is_in_lao_by_default(client, site):
    html = client.get("/admin/login").get_data(as_text=True)
    assert '<html lang="lo">' in html and "ເຂົ້າສູ່ລະບົບ" in html


def test_an_editor_logs_in_and_lands_on_the_dashboard(client, site, make_user):
    make_user("editor")
    response = client.post("/admin/login", data={
        "csrf_token": _token(client), "email": "EDITOR@ministry.test",
        "password": "correct horse battery"}, follow_redirects=True)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "ສະບັບຮ່າງຂອງຂ້ອຍ" in html and 'href="/admin/pages/"' in html


def test_a_wrong_password_gets_the_same_message_as_an_unknown_account(client, site, make_user):
    make_user("editor")
    wrong = client.post("/admin/login", data={"csrf_token": _token(client),
                                              "email": "editor@ministry.test", "password": "nope"})
    unknown = client.post("/admin/login", data={"csrf_token": _token(client),
                                                "email": "who@ministry.test", "password": "nope"})
    message = "ອີເມວ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ"
    assert message in wrong.get_data(as_text=True) and message in unknown.get_data(as_text=True)


def test_a_login_without_the_csrf_token_is_refused(client, site, make_user):
    make_user("editor")
    response = client.post("/admin/login", data={"email": "editor@ministry.test",
                                                 "password": "correct horse battery"})
    assert response.status_code == 400
    assert client.get("/admin/").status_code == 302  # still logged out


def test_the_admin_sends_visitors_to_the_login_page(client, site):
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]


def test_after_login_a_next_address_on_another_host_is_ignored(client, site, make_user):
    make_user("editor")
    response = client.post("/admin/login?next=https://evil.example/", data={
        "csrf_token": _token(client), "email": "editor@ministry.test",
        "password": "correct horse battery"})
    assert response.headers["Location"] == "/admin/"


def test_after_login_a_next_path_on_this_site_is_followed(client, site, make_user):
    make_user("editor")
    response = client.post("/admin/login?next=/admin/", data={
        "csrf_token": _token(client), "email": "editor@ministry.test",
        "password": "correct horse battery"})
    assert response.headers["Location"] == "/admin/"


def test_someone_without_a_role_on_this_site_cannot_log_in(client, site, db):
    from gweb.users import services

    services.create_user("outsider@ministry.test", "correct horse battery")
    db.session.commit()
    response = client.post("/admin/login", data={
        "csrf_token": _token(client), "email": "outsider@ministry.test",
        "password": "correct horse battery"})
    assert response.status_code == 200 and client.get("/admin/").status_code == 302


def test_logging_out_needs_a_post_and_ends_the_session(client, site, login):
    login("editor")
    assert client.get("/admin/logout").status_code == 405  # a link cannot log anyone out
    html = client.get("/admin/").get_data(as_text=True)
    client.post("/admin/logout", data={"csrf_token": csrf_token_from(html)})
    assert client.get("/admin/").status_code == 302


def test_an_editor_can_switch_the_admin_to_english(client, site, login):
    login("editor")
    html = client.get("/admin/").get_data(as_text=True)
    client.post("/admin/language/en", data={"csrf_token": csrf_token_from(html), "next": "/admin/"})
    assert '<html lang="en">' in client.get("/admin/").get_data(as_text=True)


def test_the_session_cookie_is_httponly_samesite_and_secure_over_https(client, site, make_user):
    make_user("editor")
    base = "https://ministry.test"
    token = _token_at(client, base)
    response = client.post("/admin/login", base_url=base, headers={"Referer": base + "/admin/login"},
                           data={"csrf_token": token, "email": "editor@ministry.test",
                                 "password": "correct horse battery"})
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie


def test_over_plain_http_the_session_cookie_still_works(client, site, login):
    login("editor")
    assert client.get("/admin/").status_code == 200


def _token_at(client, base):
    return csrf_token_from(client.get("/admin/login", base_url=base).get_data(as_text=True))


def test_the_dashboard_names_recent_changes_in_the_editors_language(client, site, login):
    from gweb.pages import editorial, services

    admin = login("admin")
    services.save_translation(editorial.page_by_key(site.id, "about"), "lo",
                              {"title": "ກ່ຽວກັບພວກເຮົາ"}, author=admin, publish=True)
    html = client.get("/admin/").get_data(as_text=True)
    assert "ເຜີຍແຜ່ແລ້ວ: [lo] ກ່ຽວກັບພວກເຮົາ" in html
