"""The page screens of the admin, as editors, authors and admins use them."""
import re

import pytest

from gweb.pages import editorial, services
from tests.conftest import csrf_token_from


def _about(site):
    return editorial.page_by_key(site.id, "about")


def _post_edit(client, page, lang, action="save", **fields):
    url = f"/admin/pages/{page.id}/edit/{lang}"
    html = client.get(url).get_data(as_text=True)
    version = re.search(r'name="version"[^>]*value="(\d+)"', html).group(1)
    data = {"csrf_token": csrf_token_from(html), "version": version, "action": action,
            "title": "", "slug": "", "summary": "", "body": "", "meta_description": ""}
    data.update(fields)
    return client.post(url, data=data)


@pytest.mark.parametrize("path", ["/admin/pages/", "/admin/pages/new?parent={about}",
                                  "/admin/pages/{about}/edit/lo", "/admin/pages/{about}/revisions/en",
                                  "/admin/pages/{about}/preview/en"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, site, path):
    response = client.get(path.format(about=_about(site).id))
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]


@pytest.mark.parametrize("role, status", [("author", 403), ("editor", 200), ("admin", 200)])
def test_moving_and_deleting_pages_is_for_editors_and_admins(client, site, login, role, status):
    login(role)
    assert client.get(f"/admin/pages/{_about(site).id}/delete").status_code == status
    assert client.get(f"/admin/pages/{_about(site).id}/move").status_code == status


def test_the_page_tree_shows_each_language_state(client, site, login):
    login("author")
    html = client.get("/admin/pages/").get_data(as_text=True)
    assert "ກ່ຽວກັບພວກເຮົາ" in html and "ເຜີຍແຜ່ແລ້ວ" in html


def test_an_editor_creates_a_page_in_lao_and_publishes_it(client, site, login):
    login("editor")
    html = client.get(f"/admin/pages/new?parent={_about(site).id}").get_data(as_text=True)
    response = client.post(f"/admin/pages/new?parent={_about(site).id}", data={
        "csrf_token": csrf_token_from(html), "lang": "lo", "title": "ທີມງານຂອງພວກເຮົາ",
        "slug": "", "show_in_menus": "y"})
    assert response.status_code == 302
    page = [p for p in _about(site).children if p.translation("lo").title == "ທີມງານຂອງພວກເຮົາ"][0]
    response = _post_edit(client, page, "lo", "publish", title="ທີມງານຂອງພວກເຮົາ",
                          body="<p>ພວກເຮົາ <strong>ຮັບໃຊ້</strong> ປະຊາຊົນ</p>")
    assert response.status_code == 302
    public = client.get("/lo/ກ່ຽວກັບພວກເຮົາ/ທີມງານຂອງພວກເຮົາ")
    assert public.status_code == 200 and "<strong>ຮັບໃຊ້</strong>" in public.get_data(as_text=True)


def test_a_draft_saved_on_a_live_page_shows_in_preview_but_not_on_the_site(client, site, login):
    login("editor")
    about = _about(site)
    _post_edit(client, about, "en", "save", title="About us", body="<p>New draft text</p>")
    assert "New draft text" not in client.get("/en/about").get_data(as_text=True)
    preview = client.get(f"/admin/pages/{about.id}/preview/en")
    assert "New draft text" in preview.get_data(as_text=True)
    assert preview.headers["X-Robots-Tag"] == "noindex"


def test_an_author_can_only_submit_for_review(client, site, login, db):
    login("author")
    about = _about(site)
    assert _post_edit(client, about, "en", "publish", title="Hacked").status_code == 403
    response = _post_edit(client, about, "en", "submit", title="About us", body="<p>Submitted words</p>")
    assert response.status_code == 302
    db.session.expire_all()
    assert about.translation("en").in_review
    assert "Submitted words" not in client.get("/en/about").get_data(as_text=True)


def test_a_bad_slug_is_refused_and_the_form_keeps_what_was_typed(client, site, login):
    login("editor")
    response = _post_edit(client, _about(site), "en", "save", title="About us", slug="a/b",
                          body="<p>Typed with care</p>")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "“/”" in html and 'aria-invalid="true"' in html
    assert "Typed with care" in html


def test_script_in_rich_text_is_removed_and_the_page_still_renders(client, site, login):
    login("editor")
    _post_edit(client, _about(site), "en", "publish", title="About us",
               body='<p onclick="x()">Hi<script>alert(1)</script><a href="javascript:x">l</a>'
                    '<span style="background:url(javascript:x)">s</span></p>')
    html = client.get("/en/about").get_data(as_text=True)
    assert "alert(1)" not in html and "javascript:" not in html and "onclick" not in html


def test_the_second_editor_saving_is_told_of_the_conflict_and_keeps_their_text(client, site, login):
    login("editor")
    about = _about(site)
    stale_version = about.version
    services.save_translation(about, "en", {"title": "About us", "body": "<p>first</p>"})
    url = f"/admin/pages/{about.id}/edit/en"
    token = csrf_token_from(client.get(url).get_data(as_text=True))
    response = client.post(url, data={"csrf_token": token, "version": str(stale_version),
                                      "action": "save", "title": "About us",
                                      "body": "<p>second editor's words</p>"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "second editor" in html and "Someone else saved" in html or "ມີຄົນອື່ນ" in html
    assert editorial.latest_revision(about.id, "en").body == "<p>first</p>"


def test_revisions_show_a_word_level_diff_in_lao_and_can_be_restored(client, site, login, db):
    login("editor")
    about = _about(site)
    _post_edit(client, about, "lo", "publish", title="ກ່ຽວກັບພວກເຮົາ", body="<p>ກະຊວງຮັບໃຊ້ປະຊາຊົນ</p>")
    _post_edit(client, about, "lo", "publish", title="ກ່ຽວກັບພວກເຮົາ", body="<p>ກະຊວງຮັບໃຊ້ປະເທດຊາດ</p>")
    latest = editorial.latest_revision(about.id, "lo")
    html = client.get(f"/admin/pages/{about.id}/revisions/{latest.id}/compare").get_data(as_text=True)
    assert "<del>ປະຊາຊົນ</del>" in html and "<ins>ປະເທດຊາດ</ins>" in html
    older = editorial.previous_revision(latest)
    listing = client.get(f"/admin/pages/{about.id}/revisions/lo").get_data(as_text=True)
    client.post(f"/admin/pages/{about.id}/revisions/{older.id}/restore",
                data={"csrf_token": csrf_token_from(listing)})
    assert "ປະຊາຊົນ" in editorial.latest_revision(about.id, "lo").body


def test_pages_move_up_and_down_among_their_siblings(client, site, login):
    login("editor")
    history = editorial.page_by_key(site.id, "history")
    token = csrf_token_from(client.get("/admin/pages/").get_data(as_text=True))
    client.post(f"/admin/pages/{history.id}/move/down", data={"csrf_token": token})
    html = client.get("/en/about").get_data(as_text=True)
    assert html.index("Mission and mandate") < html.index("History")


def test_deleting_asks_first_and_then_removes_the_page_and_its_children(client, site, login):
    login("editor")
    about = _about(site)
    page = client.get(f"/admin/pages/{about.id}/delete")
    assert "4" in page.get_data(as_text=True)  # history, mission, structure, leadership
    client.post(f"/admin/pages/{about.id}/delete",
                data={"csrf_token": csrf_token_from(page.get_data(as_text=True))})
    assert client.get("/en/about/history").status_code == 404


def test_a_page_of_another_site_is_not_found(client, site, login, db):
    from gweb.sites import services as sites
    from gweb.sites.structure import build_standard_site

    other = sites.create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    build_standard_site(other)
    login("admin", base_url="http://ministry.test")  # two sites now: the host matters
    foreign = editorial.page_by_key(other.id, "about")
    assert client.get(f"/admin/pages/{foreign.id}/edit/en",
                      base_url="http://ministry.test").status_code == 404
    own = _about(site)
    assert client.get(f"/admin/pages/{own.id}/edit/en",
                      base_url="http://ministry.test").status_code == 200


def test_an_editor_sends_a_page_back_with_their_changes_kept_and_its_author_is_mailed(
        app, client, site, login, make_user, db):
    from gweb.mail.models import OutgoingMail

    app.config["MAIL_SERVER"] = "127.0.0.1"
    author = make_user("author")
    about = _about(site)
    services.save_translation(about, "en", {"title": "About us", "body": "<p>Words</p>"},
                              author=author, submit=True)
    login("editor")
    html = client.get(f"/admin/pages/{about.id}/edit/en").get_data(as_text=True)
    assert 'value="send_back"' in html
    response = _post_edit(client, about, "en", "send_back", title="About us",
                          body="<p>Words, with a note from the editor</p>")
    assert response.status_code == 302
    db.session.expire_all()
    assert not about.translation("en").in_review
    assert "a note from the editor" in editorial.latest_revision(about.id, "en").body
    mails = db.session.query(OutgoingMail).filter_by(recipient=author.email).all()
    assert [m.subject for m in mails] == ["ສົ່ງຄືນ: About us"]


def test_an_author_cannot_send_a_page_back(client, site, login, make_user, db):
    editor = make_user("editor", "asker@ministry.test")
    about = _about(site)
    services.save_translation(about, "en", {"title": "About us"}, author=editor, submit=True)
    login("author")
    assert 'value="send_back"' not in client.get(
        f"/admin/pages/{about.id}/edit/en").get_data(as_text=True)
    assert _post_edit(client, about, "en", "send_back", title="About us").status_code == 403
    db.session.expire_all()
    assert about.translation("en").in_review
