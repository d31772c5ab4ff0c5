"""The news editor at /admin/news/: who may do what, and what the forms refuse."""
from __future__ import annotations

import re

from sqlalchemy import select

from gweb.extensions import db
from tests.conftest import csrf_token_from


def articles():
    from plugins.news.models import NewsArticle

    return list(db.session.scalars(select(NewsArticle).order_by(NewsArticle.id)))


def post_form(client, path, **values):
    page = client.get(path)
    assert page.status_code == 200
    data = {"csrf_token": csrf_token_from(page.get_data(as_text=True)), "category": "news",
            "image_id": "", "publish_at": "", "pinned_until": ""}
    for lang in ("lo", "en"):
        data.update({f"title_{lang}": "", f"summary_{lang}": "", f"body_{lang}": ""})
    data.update(values)
    return client.post(path, data=data)


def test_an_editor_publishes_an_article_that_visitors_then_read(login, client):
    editor = login("editor")
    response = post_form(editor, "/admin/news/new", title_lo="ຂ່າວໃໝ່ຈາກບັນນາທິການ",
                         title_en="Fresh news", body_lo="<p>ເນື້ອໃນ</p><script>x</script>",
                         published="y", publish_at="2026-01-10T08:00")
    assert response.status_code == 302
    saved = articles()[0]
    assert saved.published and saved.publish_at.hour == 1  # 08:00 Vientiane = 01:00 UTC
    assert "<script" not in saved.translation("lo").body
    assert "ຂ່າວໃໝ່ຈາກບັນນາທິການ" in client.get("/lo/news/").get_data(as_text=True)
    listing = editor.get("/admin/news/").get_data(as_text=True)
    assert "ຂ່າວໃໝ່ຈາກບັນນາທິການ" in listing and "ເຜີຍແຜ່ແລ້ວ" in listing


def test_an_author_writes_a_draft_that_stays_hidden_until_an_editor_publishes_it(login, client):
    author = login("author")
    form = author.get("/admin/news/new").get_data(as_text=True)
    assert 'name="published"' not in form and "ບັນນາທິການເປັນຜູ້ເຜີຍແຜ່" in form
    post_form(author, "/admin/news/new", title_lo="ຮ່າງຂອງນັກຂຽນ", published="y")
    draft = articles()[0]
    assert draft.published is False
    assert "ຮ່າງຂອງນັກຂຽນ" not in client.get("/lo/news/").get_data(as_text=True)
    assert author.get(f"/admin/news/{draft.id}/delete").status_code == 403
    assert author.get(f"/admin/news/{draft.id}/pin").status_code == 403
    editor = login("editor")
    post_form(editor, f"/admin/news/{draft.id}/edit", title_lo="ຮ່າງຂອງນັກຂຽນ", published="y")
    assert "ຮ່າງຂອງນັກຂຽນ" in client.get("/lo/news/").get_data(as_text=True)
    assert author.get(f"/admin/news/{draft.id}/edit").status_code == 403  # published now


def test_bad_input_is_refused_in_lao_and_nothing_is_saved(login):
    editor = login("editor")
    empty = post_form(editor, "/admin/news/new")
    assert empty.status_code == 200
    assert "ກະລຸນາໃສ່ຫົວຂໍ້ບົດຂ່າວເປັນພາສາລາວ" in empty.get_data(as_text=True)
    old = post_form(editor, "/admin/news/new", title_lo="ເກົ່າແກ່", publish_at="1900-01-01T00:00")
    assert "ລະຫວ່າງປີ 1975 ຫາ 2199" in old.get_data(as_text=True)
    garbage = post_form(editor, "/admin/news/new", title_lo="ຂ່າວ", publish_at="ມື້ອື່ນ")
    assert garbage.status_code == 200 and "2026-01-31 09:00" in garbage.get_data(as_text=True)
    pin = post_form(editor, "/admin/news/new", title_lo="ຂ່າວ", publish_at="2030-01-01T00:00",
                    pinned_until="2029-01-01T00:00")
    assert "ການປັກໝຸດຕ້ອງສິ້ນສຸດຫຼັງວັນທີເຜີຍແຜ່" in pin.get_data(as_text=True)
    assert articles() == []


def test_an_editor_pins_and_unpins_an_announcement(login, client, article):
    saved = article(title_lo="ປະກາດດ່ວນ")
    editor = login("editor")
    page = editor.get(f"/admin/news/{saved.id}/pin").get_data(as_text=True)
    past = editor.post(f"/admin/news/{saved.id}/pin", data={
        "csrf_token": csrf_token_from(page), "pinned_until": "2001-01-01T00:00"})
    assert "ກະລຸນາເລືອກວັນໝົດກຳນົດໃນອະນາຄົດ" in past.get_data(as_text=True)
    response = editor.post(f"/admin/news/{saved.id}/pin", data={
        "csrf_token": csrf_token_from(page), "pinned_until": "2099-01-01T00:00"})
    assert response.status_code == 302
    assert 'class="news-pinned"' in client.get("/lo/news/").get_data(as_text=True)
    listing = editor.get("/admin/news/").get_data(as_text=True)
    editor.post(f"/admin/news/{saved.id}/unpin", data={"csrf_token": csrf_token_from(listing)})
    assert 'class="news-pinned"' not in client.get("/lo/news/").get_data(as_text=True)


def test_an_editor_deletes_an_article_and_it_is_gone_everywhere(login, client, article):
    saved = article(title_lo="ຈະຖືກລຶບ")
    editor = login("editor")
    confirm = editor.get(f"/admin/news/{saved.id}/delete").get_data(as_text=True)
    response = editor.post(f"/admin/news/{saved.id}/delete",
                           data={"csrf_token": csrf_token_from(confirm)})
    assert response.status_code == 302 and articles() == []
    assert client.get(f"/lo/news/{saved.id}/").status_code == 404


def test_visitors_are_sent_to_the_login_page_and_the_menu_shows_news(login, client):
    assert "/admin/login" in client.get("/admin/news/").headers["Location"]
    editor = login("editor")
    assert re.search(r'<a href="/admin/news/"[^>]*>ຂ່າວ</a>', editor.get("/admin/").get_data(
        as_text=True))


def test_an_article_of_another_site_cannot_be_edited(login, site):
    from gweb.sites.services import create_site
    from plugins.news import services

    other = create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    db.session.commit()
    foreign = services.save_article(other.id, {"title_lo": "ຂອງເວັບໄຊອື່ນ", "published": True})
    here = "http://ministry.test"  # two sites now: each answers its own host
    editor = login("editor", base_url=here)
    assert editor.get(f"/admin/news/{foreign.id}/edit", base_url=here).status_code == 404
    assert editor.get(f"/admin/news/{foreign.id}/delete", base_url=here).status_code == 404
    assert "ຂອງເວັບໄຊອື່ນ" not in editor.get("/lo/news/", base_url=here).get_data(as_text=True)
    assert services.get_article(site.id, foreign.id) is None


def test_a_site_that_switches_news_off_gets_404s_no_menu_entry_and_keeps_its_articles(
        login, client, site, article):
    from gweb.hooks.manager import plugin_host
    from gweb.hooks.services import set_site_state

    saved = article(title_lo="ຍັງຢູ່ຄືເກົ່າ")
    editor = login("editor")
    set_site_state(site.id, "news", False, plugin_host().plugin_names())
    for path in (f"/lo/news/{saved.id}/", "/en/news/feed.xml", "/admin/news/"):
        assert client.get(path).status_code == 404, path
    # The list's address shows the site's own standard News page instead.
    assert "ຍັງຢູ່ຄືເກົ່າ" not in client.get("/lo/news/").get_data(as_text=True)
    assert editor.get("/admin/news/").status_code == 404
    assert 'href="/admin/news/"' not in editor.get("/admin/").get_data(as_text=True)
    assert 'class="news-home"' not in client.get("/lo/").get_data(as_text=True)
    assert [a.id for a in articles()] == [saved.id]
    set_site_state(site.id, "news", True, plugin_host().plugin_names())
    assert "ຍັງຢູ່ຄືເກົ່າ" in client.get(f"/lo/news/{saved.id}/").get_data(as_text=True)
