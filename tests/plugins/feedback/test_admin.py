"""The feedback inbox at /admin/feedback/ as the office uses it: who may
open it, lists and filters, one message with its handling and notes, the
CSV download, the topics the site admin keeps, and the dashboard panel."""
from __future__ import annotations

import csv
import io

import pytest

from gweb.extensions import db
from tests.conftest import csrf_token_from

from .conftest import standard_site, submissions


def _html(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def received(site, topics):
    """Three messages: two about the first topic, one about the second."""
    from plugins.feedback import services

    made = []
    for topic, message, lang in ((topics[0], "ຂໍສອບຖາມເລື່ອງໃບອະນຸຍາດ", "lo"),
                                 (topics[1], "ຢາກໃຫ້ມີແຈ້ງການວັນພັກລ່ວງໜ້າ", "lo"),
                                 (topics[0], "How do I renew a licence?", "en")):
        made.append(services.submit(site.id, {"topic_id": topic.id, "message": message}, lang))
    return made


def test_visitors_are_sent_to_log_in_and_authors_may_not_read_feedback(fb_app, site, client,
                                                                         staff, received):
    response = client.get("/admin/feedback/")
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]
    author, _user = staff("author")
    for path in ("/admin/feedback/", f"/admin/feedback/{received[0].id}",
                 "/admin/feedback/export.csv", "/admin/feedback/topics/"):
        assert author.get(path).status_code == 403
    assert "/admin/feedback/" not in _html(author.get("/admin/"))  # no menu entry, no panel


def test_an_editor_sees_the_inbox_in_lao_newest_first_and_filters_it(site, staff, received,
                                                                     topics):
    editor, _user = staff("editor")
    html = _html(editor.get("/admin/feedback/"))
    assert "<h1>ຄຳຕິຊົມຂອງປະຊາຊົນ</h1>" in html
    assert '<a href="/admin/feedback/" aria-current="page">ຄຳຕິຊົມ</a>' in html  # the menu entry
    assert html.index(received[2].reference) < html.index(received[0].reference)
    assert "3 ຂໍ້ຄວາມ" in html and html.count('badge badge--new">ໃໝ່<') == 3
    by_topic = _html(editor.get(f"/admin/feedback/?topic={topics[1].id}"))
    assert received[1].reference in by_topic and received[0].reference not in by_topic
    assert f'<option value="{topics[1].id}" selected>' in by_topic
    closed = _html(editor.get("/admin/feedback/?status=closed"))
    assert "ບໍ່ມີຂໍ້ຄວາມທີ່ກົງກັບເງື່ອນໄຂ." in closed
    # Filters go along into the CSV link; a strange filter is ignored.
    assert f'href="/admin/feedback/export.csv?topic={topics[1].id}"' in by_topic
    assert editor.get("/admin/feedback/?status=evil&topic=x&page=-3").status_code == 200


def test_the_inbox_pages_through_many_messages(site, staff, topics):
    from plugins.feedback import services

    for number in range(27):
        services.submit(site.id, {"topic_id": topics[0].id, "message": f"ຂໍ້ຄວາມ {number}"}, "lo")
    editor, _user = staff("editor")
    first = _html(editor.get("/admin/feedback/"))
    assert "ໜ້າ 1 ຈາກ 2" in first and 'href="/admin/feedback/?page=2">ເກົ່າກວ່າ' in first
    second = _html(editor.get("/admin/feedback/?page=2"))
    assert second.count('class="feedback-ref"') == 2 and "ໃໝ່ກວ່າ" in second


def test_an_editor_answers_assigns_and_notes_a_message_and_the_history_says_who(
        site, staff, received):
    from gweb.users.services import create_user

    colleague = create_user("colleague@ministry.test", "correct horse battery",
                            name="ນາງ ມະນີວັນ", role="author", site_id=site.id)
    db.session.commit()
    editor, user = staff("editor", name="ທ້າວ ບຸນມີ")
    path = f"/admin/feedback/{received[0].id}"
    page = editor.get(path)
    html = _html(page)
    assert received[0].reference in html and "ຂໍສອບຖາມເລື່ອງໃບອະນຸຍາດ" in html
    assert f'<option value="{colleague.id}">ນາງ ມະນີວັນ</option>' in html
    token = csrf_token_from(html)
    response = editor.post(path, data={"handling-csrf_token": token, "handling-status": "answered",
                                       "handling-assignee_id": str(colleague.id)})
    assert response.status_code == 302
    response = editor.post(path, data={"note-csrf_token": token,
                                       "note-body": "ໂທຫາແລ້ວ, ຈະສົ່ງເອກະສານໃຫ້"})
    assert response.status_code == 302
    html = _html(editor.get(path))
    assert "ທ້າວ ບຸນມີ" in html
    assert "ປ່ຽນສະຖານະເປັນ “ຕອບແລ້ວ”." in html and "ມອບໝາຍຂໍ້ຄວາມໃຫ້ ນາງ ມະນີວັນ." in html
    assert "ໂທຫາແລ້ວ, ຈະສົ່ງເອກະສານໃຫ້" in html and "<time datetime=" in html
    db.session.expire_all()
    stored = submissions()[0]
    assert (stored.status, stored.assignee_id) == ("answered", colleague.id)


def test_someone_from_another_site_cannot_be_assigned_and_an_empty_note_is_refused(
        site, staff, received):
    from gweb.users.services import create_user

    other = standard_site("other.test", "Other")
    outsider = create_user("outsider@other.test", "correct horse battery", role="editor",
                           site_id=other.id)
    db.session.commit()
    editor, _user = staff("editor")
    path = f"/admin/feedback/{received[0].id}"
    token = csrf_token_from(_html(editor.get(path)))
    html = _html(editor.post(path, data={
        "handling-csrf_token": token, "handling-status": "closed",
        "handling-assignee_id": str(outsider.id)}))
    assert "ກະລຸນາເລືອກຜູ້ທີ່ເຮັດວຽກຢູ່ເວັບໄຊນີ້." in html
    html = _html(editor.post(path,
                             data={"note-csrf_token": token, "note-body": "  "}))
    assert "ກະລຸນາຂຽນບັນທຶກກ່ອນ." in html
    db.session.expire_all()
    stored = submissions()[0]
    assert stored.status == "new" and stored.assignee_id is None and stored.notes == []


def test_a_message_of_another_site_is_not_found(site, staff, received):
    from plugins.feedback import services

    other = standard_site("other.test", "Other")
    services.add_suggested_topics(other.id)
    foreign = services.submit(other.id, {"topic_id": services.list_topics(other.id)[0].id,
                                         "message": "elsewhere"}, "en")
    editor, _user = staff("editor")
    assert editor.get(f"/admin/feedback/{foreign.id}").status_code == 404


def test_the_csv_download_opens_in_excel_with_lao_and_neutralised_formulas(site, staff, topics):
    from plugins.feedback import services

    services.submit(site.id, {"topic_id": topics[0].id, "message": "=1+1 ສູດ",
                              "name": "ນາງ ຄຳແພງ", "contact": "+856 20 5555 1234"}, "lo")
    editor, _user = staff("editor")
    response = editor.get("/admin/feedback/export.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["ເລກອ້າງອີງ", "ໄດ້ຮັບເມື່ອ"]  # headings in the editor's Lao
    assert rows[1][3] == topics[0].label_lo and rows[1][4] == "ໃໝ່"
    assert rows[1][6:] == ["ນາງ ຄຳແພງ", "'+856 20 5555 1234", "'=1+1 ສູດ"]


def test_the_dashboard_counts_the_new_messages(site, staff, received):
    from plugins.feedback import inbox

    inbox.update_handling(site.id, received[0], "closed", None)
    editor, _user = staff("editor")
    html = _html(editor.get("/admin/"))
    assert "<h2>ຄຳຕິຊົມຂອງປະຊາຊົນ</h2>" in html
    assert '<a href="/admin/feedback/?status=new"><strong>2 ຂໍ້ຄວາມໃໝ່</strong></a>' in html


def test_the_site_admin_keeps_the_topics_and_editors_may_not(site, staff, client, received,
                                                              topics):
    editor, _user = staff("editor")
    assert editor.get("/admin/feedback/topics/").status_code == 403
    admin, _user = staff("admin", email="admin@ministry.test")
    html = _html(admin.get("/admin/feedback/topics/"))
    assert topics[0].label_lo in html and "ເພີ່ມຫົວຂໍ້ທີ່ໃຊ້ທົ່ວໄປ" in html
    page = admin.get("/admin/feedback/topics/new")
    response = admin.post("/admin/feedback/topics/new", data={
        "csrf_token": csrf_token_from(_html(page)), "label_lo": "ເອກະສານນິຕິກຳ",
        "label_en": "Legal documents", "active": "y"})
    assert response.status_code == 302
    assert "ເອກະສານນິຕິກຳ" in _html(client.get("/lo/feedback/"))
    empty = admin.post("/admin/feedback/topics/new", data={
        "csrf_token": csrf_token_from(_html(page)), "label_lo": " ", "label_en": ""})
    assert "ກະລຸນາໃສ່ຊື່ຫົວຂໍ້ເປັນພາສາລາວ, ພາສາອັງກິດ ຫຼື ທັງສອງ." in _html(empty)
    # A topic that messages carry is hidden from the form, not deleted.
    used = topics[0]
    token = csrf_token_from(html)
    admin.post(f"/admin/feedback/topics/{used.id}/delete", data={"csrf_token": token})
    assert used.label_lo not in _html(client.get("/lo/feedback/"))
    assert used.label_lo in _html(admin.get("/admin/feedback/"))  # still a filter
    unused = topics[4]
    admin.post(f"/admin/feedback/topics/{unused.id}/delete", data={"csrf_token": token})
    assert unused.label_lo not in _html(admin.get("/admin/feedback/topics/"))
