"""The menus editor of the admin, through HTTP."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from gweb.audit.models import AuditEvent
from gweb.menus import services
from gweb.pages import editorial
from tests.conftest import csrf_token_from

JSON = {"Accept": "application/json"}


@pytest.fixture
def login_en(login, db):
    """Log in with `role` and the admin in English (messages do not depend on
    the Lao catalogue)."""

    def _login(role: str = "editor"):
        user = login(role)
        user.ui_lang = "en"
        db.session.commit()
        return user

    return _login


def header_ids(site) -> list[int]:
    return [item.id for item in services.items_of(site.id, "header")]


def public_menu(client, lang: str, menu: str = "main-nav") -> list[str]:
    """The labels of a public menu, in order."""
    html = client.get(f"/{lang}/").get_data(as_text=True)
    nav = html.split(f'<nav class="{menu}"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r"<a [^>]*>([^<]*)</a>", nav)


def token(client) -> str:
    for path in ("/admin/", "/admin/login"):
        response = client.get(path)
        if response.status_code == 200:
            return csrf_token_from(response.get_data(as_text=True))
    raise AssertionError("no page with a CSRF token")


def actions(db) -> list[str]:
    """The menu changes in the audit log, oldest first."""
    return list(db.session.scalars(select(AuditEvent.action).where(
        AuditEvent.action.like("menu.%")).order_by(AuditEvent.id)))


# -- who may use it ---------------------------------------------------------------

GET_VIEWS = ("/admin/menus/", "/admin/menus/header", "/admin/menus/footer",
             "/admin/menus/header/add", "/admin/menus/items/{item}/edit",
             "/admin/menus/items/{item}/delete")


def post_views(site) -> list[tuple[str, dict]]:
    home = editorial.page_by_key(site.id, "home")
    order = ",".join(str(i) for i in reversed(header_ids(site)))
    return [
        ("/admin/menus/header/add", {"target": "address", "url": "https://www.laogov.gov.la/",
                                     "label_lo": "ລັດຖະບານ", "label_en": "Government"}),
        ("/admin/menus/items/{item}/edit", {"target": "page", "page_id": str(home.id),
                                           "label_lo": "", "label_en": "Start"}),
        ("/admin/menus/items/{item}/move", {"direction": "down"}),
        ("/admin/menus/header/order", {"ids": order}),
        ("/admin/menus/items/{item}/delete", {}),
    ]


@pytest.mark.parametrize("role, expected", [(None, 302), ("author", 403), ("editor", 200),
                                            ("admin", 200)])
def test_every_menus_view_is_for_editors_and_admins_only(client, site, login, db, role,
                                                        expected):
    item = header_ids(site)[0]
    if role:
        login(role)
    for path in GET_VIEWS:
        response = client.get(path.format(item=item))
        assert response.status_code == expected, path
        if expected == 302:
            assert response.headers["Location"].startswith("/admin/login"), path
    csrf = token(client)
    for path, data in post_views(site):
        response = client.post(path.format(item=item), data={**data, "csrf_token": csrf},
                               follow_redirects=expected == 200)
        assert response.status_code == expected, path
        if expected == 302:
            assert response.headers["Location"].startswith("/admin/login"), path
        if expected == 200:
            assert response.request.path.startswith("/admin/menus/"), path
    if expected != 200:
        assert len(header_ids(site)) == 6 and "menu.add" not in actions(db)


def test_the_sidebar_offers_menus_to_editors_but_not_to_authors(client, site, login):
    login("author")
    assert "/admin/menus/" not in client.get("/admin/").get_data(as_text=True)
    client.post("/admin/logout", data={"csrf_token": token(client)})
    login("admin")
    assert 'href="/admin/menus/"' in client.get("/admin/").get_data(as_text=True)


# -- the screen -----------------------------------------------------------------------


def test_the_menu_screen_lists_the_items_in_order_with_labels_and_targets(client, site, login_en,
                                                                         db):
    services.add_item(site.id, "header", url="https://www.laogov.gov.la/",
                      labels={"lo": "ເວັບໄຊລັດຖະບານ", "en": "Government portal"})
    db.session.commit()
    login_en("editor")
    html = client.get("/admin/menus/header").get_data(as_text=True)
    positions = [html.index(text) for text in ("Home", "About us", "News", "Legal documents",
                                                "Services", "Contact us", "Government portal")]
    assert positions == sorted(positions)
    assert "(page title)" in html  # the standard items take their pages' titles
    assert '<dd lang="lo">ເວັບໄຊລັດຖະບານ</dd>' in html
    assert "https://www.laogov.gov.la/" in html
    assert 'aria-current="page">Main menu</a>' in html
    assert 'role="status"' in html and "js/menus.js" in html
    footer = client.get("/admin/menus/footer").get_data(as_text=True)
    assert "Privacy policy" in footer and 'aria-current="page">Footer menu</a>' in footer


def test_the_page_choice_lists_the_sites_pages_in_tree_order_indented(client, site, login_en):
    login_en("editor")
    html = client.get("/admin/menus/header/add").get_data(as_text=True)
    options = re.findall(r"<option[^>]*>([^<]*)</option>", html)
    assert options[1] == "Home"
    assert options.index("\u2003– About us") < options.index("\u2003\u2003– History") \
        < options.index("\u2003– News")


def test_an_unknown_menu_is_not_found(client, site, login):
    login("editor")
    assert client.get("/admin/menus/sidebar").status_code == 404
    assert client.get("/admin/menus/sidebar/add").status_code == 404


# -- adding and editing ---------------------------------------------------------------


def test_a_page_item_and_an_address_item_appear_on_the_public_site_in_both_languages(
        client, site, login_en, db):
    login_en("editor")
    privacy = editorial.page_by_key(site.id, "privacy")
    csrf = token(client)
    response = client.post("/admin/menus/header/add", data={
        "csrf_token": csrf, "target": "page", "page_id": str(privacy.id),
        "label_lo": "", "label_en": ""})
    assert response.status_code == 302
    added = services.items_of(site.id, "header")[-1]
    assert response.headers["Location"] == f"/admin/menus/header#item-{added.id}"
    client.post("/admin/menus/header/add", data={
        "csrf_token": csrf, "target": "address", "url": " https://www.laogov.gov.la/ ",
        "label_lo": "ເວັບໄຊລັດຖະບານ", "label_en": "Government portal"})
    assert public_menu(client, "lo")[-2:] == ["ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ", "ເວັບໄຊລັດຖະບານ"]
    assert public_menu(client, "en")[-2:] == ["Privacy policy", "Government portal"]
    assert 'href="https://www.laogov.gov.la/"' in client.get("/en/").get_data(as_text=True)
    assert actions(db) == ["menu.add", "menu.add"]


def test_a_javascript_address_is_refused_and_the_form_keeps_what_was_typed(client, site,
                                                                          login_en):
    login_en("editor")
    response = client.post("/admin/menus/footer/add", data={
        "csrf_token": token(client), "target": "address", "url": "javascript:alert(1)",
        "label_lo": "ທົດລອງ", "label_en": "Try me"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'value="javascript:alert(1)"' in html
    assert 'value="ທົດລອງ"' in html and 'value="Try me"' in html
    assert re.search(r'<input[^>]*checked[^>]*value="address"', html)  # still an address
    url_input = re.search(r'<input[^>]*name="url"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in url_input and "url-error" in url_input
    assert 'id="url-error"' in html and "starting with https://" in html
    assert "javascript:" not in "".join(i.url for i in services.items_of(site.id, "footer"))
    assert "Try me" not in client.get("/en/").get_data(as_text=True)


def test_an_address_needs_a_label_in_each_language_and_a_page_needs_choosing(client, site,
                                                                            login_en):
    login_en("editor")
    html = client.post("/admin/menus/header/add", data={
        "csrf_token": token(client), "target": "address", "url": "/lo/news",
        "label_lo": "ຂ່າວ", "label_en": ""}).get_data(as_text=True)
    label_en = re.search(r'<input[^>]*name="label_en"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in label_en and "A link to an address needs a label." in html
    label_lo = re.search(r'<input[^>]*name="label_lo"[^>]*>', html).group(0)
    assert "aria-invalid" not in label_lo and 'value="ຂ່າວ"' in label_lo
    html = client.post("/admin/menus/header/add", data={
        "csrf_token": token(client), "target": "page", "page_id": ""}).get_data(as_text=True)
    assert "Choose a page." in html
    assert len(header_ids(site)) == 6


def test_an_editor_changes_an_items_label_and_target(client, site, login_en, db):
    login_en("editor")
    about = services.items_of(site.id, "header")[1]
    page = client.get(f"/admin/menus/items/{about.id}/edit").get_data(as_text=True)
    option = re.search(rf'<option[^>]*value="{about.page_id}"[^>]*>', page).group(0)
    assert "selected" in option
    response = client.post(f"/admin/menus/items/{about.id}/edit", data={
        "csrf_token": token(client), "target": "page", "page_id": str(about.page_id),
        "label_lo": "", "label_en": "About the ministry"})
    assert response.status_code == 302
    assert public_menu(client, "en")[1] == "About the ministry"
    assert public_menu(client, "lo")[1] == "ກ່ຽວກັບພວກເຮົາ"  # still the page's title
    client.post(f"/admin/menus/items/{about.id}/edit", data={
        "csrf_token": token(client), "target": "address", "url": "https://example.gov.la/about",
        "label_lo": "ກ່ຽວກັບ", "label_en": "About"})
    assert 'href="https://example.gov.la/about">About<' in client.get("/en/").get_data(as_text=True)
    event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "menu.update")
                               .order_by(AuditEvent.id.desc())).first()
    assert event.before["page_id"] == about.page_id and event.after["url"].startswith("https://")


def test_an_edit_refused_keeps_the_item_as_it_was(client, site, login_en, db):
    login_en("editor")
    about = services.items_of(site.id, "header")[1]
    response = client.post(f"/admin/menus/items/{about.id}/edit", data={
        "csrf_token": token(client), "target": "address", "url": "data:text/html,hi",
        "label_lo": "x", "label_en": "x"})
    assert response.status_code == 200 and 'value="data:text/html,hi"' in response.get_data(
        as_text=True)
    db.session.expire_all()
    assert services.get_item(site.id, about.id).page_id is not None
    assert "menu.update" not in actions(db)


def test_deleting_asks_first_then_removes_the_item_from_the_public_menu(client, site, login_en,
                                                                       db):
    login_en("editor")
    news = services.items_of(site.id, "header")[2]
    page = client.get(f"/admin/menus/items/{news.id}/delete").get_data(as_text=True)
    assert "Remove “News” from the Main menu?" in page
    assert "News" in public_menu(client, "en")  # asking removed nothing
    response = client.post(f"/admin/menus/items/{news.id}/delete",
                           data={"csrf_token": csrf_token_from(page)})
    assert response.status_code == 302 and response.headers["Location"] == "/admin/menus/header"
    assert "News" not in public_menu(client, "en")
    assert [i.position for i in services.items_of(site.id, "header")] == [0, 1, 2, 3, 4]
    assert actions(db) == ["menu.delete"]
    assert client.get(f"/admin/menus/items/{news.id}/edit").status_code == 404


# -- order ----------------------------------------------------------------------------


def test_move_up_and_down_change_the_public_order_and_return_to_the_button(client, site,
                                                                         login_en, db):
    login_en("editor")
    news = header_ids(site)[2]
    response = client.post(f"/admin/menus/items/{news}/move",
                           data={"csrf_token": token(client), "direction": "up"})
    assert response.headers["Location"] == f"/admin/menus/header#item-{news}-up"
    assert public_menu(client, "en")[:3] == ["Home", "News", "About us"]
    assert public_menu(client, "lo")[1] == "ຂ່າວສານ"
    client.post(f"/admin/menus/items/{news}/move",
                data={"csrf_token": token(client), "direction": "down"})
    client.post(f"/admin/menus/items/{news}/move",
                data={"csrf_token": token(client), "direction": "down"})
    assert public_menu(client, "en")[:4] == ["Home", "About us", "Legal documents", "News"]
    assert actions(db) == ["menu.reorder"] * 3
    html = client.get("/admin/menus/header").get_data(as_text=True)
    assert "is now number 4 of 6" in html
    assert re.search(rf'id="item-{news}-up"', html)


def test_an_item_moved_to_the_top_returns_to_its_move_down_button(client, site, login_en):
    login_en("editor")
    about = header_ids(site)[1]
    response = client.post(f"/admin/menus/items/{about}/move",
                           data={"csrf_token": token(client), "direction": "up"})
    assert response.headers["Location"].endswith(f"#item-{about}-down")
    assert public_menu(client, "en")[0] == "About us"
    html = client.get("/admin/menus/header").get_data(as_text=True)
    up_button = re.search(rf'<button[^>]*id="item-{about}-up"[^>]*>', html).group(0)
    assert "disabled" in up_button


def test_a_move_without_a_direction_is_refused(client, site, login):
    login("editor")
    response = client.post(f"/admin/menus/items/{header_ids(site)[1]}/move",
                           data={"csrf_token": token(client), "direction": "sideways"})
    assert response.status_code == 400


def test_a_new_order_from_drag_and_drop_is_saved(client, site, login_en, db):
    login_en("editor")
    ids = header_ids(site)
    new = [ids[-1], *ids[:-1]]
    response = client.post("/admin/menus/header/order", headers={
        **JSON, "X-CSRFToken": token(client)},
        data={"ids": ",".join(map(str, new)), "moved": str(ids[-1])})
    assert response.status_code == 200
    assert response.json["ok"] and response.json["order"] == new
    assert response.json["message"] == "“Contact us” is now number 1 of 6."
    assert public_menu(client, "en")[0] == "Contact us"
    assert public_menu(client, "lo")[0] == "ຕິດຕໍ່ພວກເຮົາ"
    event = db.session.scalars(select(AuditEvent).where(AuditEvent.action.like("menu.%"))).one()
    assert event.action == "menu.reorder" and event.after == {"order": new}


def test_a_new_order_as_a_plain_form_post_is_saved_too(client, site, login_en):
    login_en("editor")
    ids = header_ids(site)
    response = client.post("/admin/menus/header/order", data={
        "csrf_token": token(client), "ids": ",".join(map(str, reversed(ids)))})
    assert response.status_code == 302
    assert public_menu(client, "en")[0] == "Contact us"


@pytest.mark.parametrize("change", ["missing", "extra", "duplicate", "footer", "junk"])
def test_a_new_order_with_a_wrong_set_of_items_is_refused(client, site, login_en, db, change):
    login_en("editor")
    ids = [str(i) for i in header_ids(site)]
    footer_id = str(services.items_of(site.id, "footer")[0].id)
    wrong = {"missing": ids[1:], "extra": ids + ["99999"], "duplicate": ids[:-1] + ids[:1],
             "footer": ids[:-1] + [footer_id], "junk": ids[:-1] + ["x"]}[change]
    response = client.post("/admin/menus/header/order", headers=JSON, data={
        "csrf_token": token(client), "ids": ",".join(wrong)})
    assert response.status_code == 400 and not response.json["ok"]
    assert "Reload the page" in response.json["message"]
    assert public_menu(client, "en")[0] == "Home" and "menu.reorder" not in actions(db)
    plain = client.post("/admin/menus/header/order", data={
        "csrf_token": token(client), "ids": ",".join(wrong)}, follow_redirects=True)
    assert "Reload the page" in plain.get_data(as_text=True)
    assert header_ids(site) == [int(i) for i in ids]


def test_a_new_order_without_the_csrf_token_is_refused(client, site, login):
    login("editor")
    ids = header_ids(site)
    response = client.post("/admin/menus/header/order", headers=JSON,
                           data={"ids": ",".join(map(str, reversed(ids)))})
    assert response.status_code == 400 and header_ids(site) == ids


# -- sites are apart ------------------------------------------------------------------


def test_an_item_of_another_site_cannot_be_reached(app, site, make_user, db):
    from gweb.sites.services import create_site

    other = create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    db.session.flush()
    foreign = services.add_item(other.id, "header", url="https://other.test/",
                                labels={"lo": "ອື່ນ", "en": "Other"})
    db.session.commit()
    user = make_user("admin")
    client = app.test_client()
    base = "http://ministry.test"
    page = client.get("/admin/login", base_url=base)
    client.post("/admin/login", base_url=base, data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)), "email": user.email,
        "password": "correct horse battery"})
    csrf = csrf_token_from(client.get("/admin/menus/", base_url=base).get_data(as_text=True))
    for view in ("edit", "delete"):
        assert client.get(f"/admin/menus/items/{foreign.id}/{view}",
                          base_url=base).status_code == 404
    for path, data in ((f"/admin/menus/items/{foreign.id}/edit", {
            "target": "address", "url": "https://evil.example/", "label_lo": "x",
            "label_en": "x"}),
            (f"/admin/menus/items/{foreign.id}/move", {"direction": "up"}),
            (f"/admin/menus/items/{foreign.id}/delete", {})):
        response = client.post(path, base_url=base, data={**data, "csrf_token": csrf})
        assert response.status_code == 404, path
    ids = [str(i) for i in header_ids(site)]
    response = client.post("/admin/menus/header/order", base_url=base, headers=JSON, data={
        "csrf_token": csrf, "ids": ",".join(ids + [str(foreign.id)])})
    assert response.status_code == 400
    db.session.expire_all()
    assert services.get_item(other.id, foreign.id).url == "https://other.test/"
    assert "Other" not in client.get("/en/", base_url=base).get_data(as_text=True)
