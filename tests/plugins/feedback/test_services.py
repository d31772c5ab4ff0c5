"""The feedback plugin's services: checking what a visitor typed, reference
numbers, topics, handling in the inbox and the CSV export."""
from __future__ import annotations

import csv
import io
from datetime import datetime
from unittest import mock

import pytest

from gweb.exceptions import ValidationError
from gweb.extensions import db

from .conftest import standard_site, submissions

LAO_MESSAGE = "ຂໍສອບຖາມກ່ຽວກັບການຕໍ່ອາຍຸໃບອະນຸຍາດ"


def _submit(site, topics, **values):
    from plugins.feedback import services

    data = {"topic_id": topics[0].id if topics else None, "message": LAO_MESSAGE}
    data.update(values)
    return services.submit(site.id, data, "lo")


def test_each_submission_gets_the_next_reference_of_the_year_on_its_own_site(fb_app, site,
                                                                             topics):
    from plugins.feedback import services

    other = standard_site("other.test", "Other")
    services.add_suggested_topics(other.id)
    first, second = _submit(site, topics), _submit(site, topics)
    elsewhere = services.submit(other.id, {"topic_id": services.list_topics(other.id)[0].id,
                                           "message": "hello"}, "en")
    year = first.year
    assert first.reference == f"FB-{year}-000001"
    assert second.reference == f"FB-{year}-000002"
    assert elsewhere.reference == f"FB-{year}-000001"  # unique per site, not across sites


def test_the_numbering_starts_again_in_a_new_vientiane_year(fb_app, site, topics):
    from plugins.feedback import services

    _submit(site, topics)
    # 31 Dec 2030, 18:00 UTC is already 1 Jan 2031 in Vientiane (UTC+7).
    with mock.patch.object(services, "utcnow", return_value=datetime(2030, 12, 31, 18, 0)):
        new_year = _submit(site, topics)
    assert new_year.reference == "FB-2031-000001"


def test_a_phone_number_with_lao_digits_or_an_e_mail_address_is_accepted(fb_app):
    from plugins.feedback.services import check_contact

    assert check_contact("໐໒໐ ໕໕໕໕ ໑໒໓໔") == ("020 5555 1234", "phone")
    assert check_contact("+856 21 000 199") == ("+856 21 000 199", "phone")
    assert check_contact(" Name@Example.LA ") == ("Name@example.la", "email")
    assert check_contact("   ") == ("", "")


@pytest.mark.parametrize("contact", ["12", "call me maybe", "name@", "a@b", "020-555-abc",
                                     "x@y.la<script>", "1" * 30])
def test_something_that_is_neither_a_phone_number_nor_an_e_mail_address_is_refused(fb_app,
                                                                                  contact):
    from plugins.feedback.services import check_contact

    with pytest.raises(ValidationError) as refused:
        check_contact(contact)
    assert set(refused.value.errors) == {"contact"}


def test_an_empty_or_oversize_message_is_refused_and_nothing_is_stored(fb_app, site, topics):
    from plugins.feedback import services

    for message in ("", "  \n\t ", "ກ" * (services.MESSAGE_MAX + 1)):
        with pytest.raises(ValidationError) as refused:
            _submit(site, topics, message=message)
        assert "message" in refused.value.errors
    assert submissions() == []
    assert _submit(site, topics, message="ກ" * services.MESSAGE_MAX)  # the limit itself is fine


def test_a_topic_must_be_one_the_site_offers_when_it_offers_any(fb_app, site, topics):
    from plugins.feedback import services

    other = standard_site("other.test", "Other")
    services.add_suggested_topics(other.id)
    foreign = services.list_topics(other.id)[0]
    for topic_id in (None, "", "abc", foreign.id):
        with pytest.raises(ValidationError) as refused:
            _submit(site, topics, topic_id=topic_id)
        assert set(refused.value.errors) == {"topic_id"}
    hidden = topics[0]
    services.save_topic(site.id, {"label_lo": hidden.label_lo, "label_en": hidden.label_en,
                                  "active": False}, topic=hidden)
    with pytest.raises(ValidationError):
        _submit(site, topics, topic_id=hidden.id)


def test_a_site_without_topics_asks_for_none(fb_app):
    site = standard_site()
    assert _submit(site, [], topic_id=None).topic_id is None


def test_control_characters_are_dropped_and_line_breaks_and_lao_marks_are_kept(fb_app, site,
                                                                                 topics):
    submission = _submit(site, topics, message="ສະບາຍດີ\x00\x07\r\nຂອບໃຈຫຼາຍໆ",
                         name="ນາງ\tຄຳ\x00ແພງ")
    assert submission.message == "ສະບາຍດີ\nຂອບໃຈຫຼາຍໆ"  # PostgreSQL would refuse the NUL
    assert submission.name == "ນາງ ຄຳແພງ"


def test_a_used_topic_is_hidden_instead_of_deleted_and_an_unused_one_goes(fb_app, site, topics):
    from plugins.feedback import services

    used, unused = topics[0], topics[1]
    submission = _submit(site, topics, topic_id=used.id)
    assert services.delete_topic(site.id, used) is False
    assert services.delete_topic(site.id, unused) is True
    remaining = services.list_topics(site.id)
    assert used in remaining and unused not in remaining and not used.active
    assert submission.topic is used  # the inbox still shows it


def test_handling_records_who_changed_the_status_and_the_assignee_and_when(fb_app, site, topics):
    from gweb.users.services import create_user
    from plugins.feedback import inbox

    editor = create_user("editor@ministry.test", "correct horse battery", name="ທ່ານ ສົມພອນ",
                         role="editor", site_id=site.id)
    db.session.commit()
    submission = _submit(site, topics)
    assert inbox.update_handling(site.id, submission, "answered", editor.id, user=editor) == [
        "status", "assignee"]
    assert inbox.update_handling(site.id, submission, "answered", editor.id, user=editor) == []
    inbox.add_note(site.id, submission, "ໂທຫາແລ້ວ", user=editor)
    kinds = [(n.kind, n.body, n.author_name) for n in submission.notes]
    who = "ທ່ານ ສົມພອນ"
    assert kinds == [("status", "answered", who), ("assign", who, who), ("note", "ໂທຫາແລ້ວ", who)]
    assert all(n.created_at for n in submission.notes)
    assert submission.status == "answered" and submission.assignee_id == editor.id


def test_only_people_of_the_site_can_be_assigned_and_a_bad_status_changes_nothing(fb_app, site,
                                                                                 topics):
    from gweb.users.services import create_user
    from plugins.feedback import inbox

    other = standard_site("other.test", "Other")
    outsider = create_user("someone@other.test", "correct horse battery", role="admin",
                           site_id=other.id)
    db.session.commit()
    submission = _submit(site, topics)
    with pytest.raises(ValidationError) as refused:
        inbox.update_handling(site.id, submission, "closed", outsider.id)
    assert set(refused.value.errors) == {"assignee_id"}
    with pytest.raises(ValidationError):
        inbox.update_handling(site.id, submission, "deleted", None)
    db.session.refresh(submission)
    assert submission.status == "new" and submission.assignee_id is None and not submission.notes
    with pytest.raises(ValidationError):
        inbox.add_note(site.id, submission, "   ")


def test_the_inbox_filters_by_status_and_topic_and_pages_newest_first(fb_app, site, topics):
    from plugins.feedback import inbox

    made = [_submit(site, topics, topic_id=topics[i % 2].id) for i in range(7)]
    inbox.update_handling(site.id, made[0], "closed", None)
    page = inbox.inbox(site.id, per_page=3)
    assert (page.total, page.pages) == (7, 3)
    assert [s.id for s in page.items] == [m.id for m in made[6:3:-1]]
    assert [s.id for s in inbox.inbox(site.id, page=3, per_page=3).items] == [made[0].id]
    assert inbox.inbox(site.id, page=99, per_page=3).page == 3
    assert [s.id for s in inbox.inbox(site.id, status="closed").items] == [made[0].id]
    assert inbox.inbox(site.id, status="new", topic_id=topics[0].id).total == 3
    assert inbox.count_new(site.id) == 6


def test_the_csv_starts_with_a_bom_and_no_cell_can_run_as_a_formula(fb_app, site, topics):
    from plugins.feedback import inbox

    _submit(site, topics, message="=HYPERLINK(\"http://evil.example\",\"click\")",
            name="@SUM(A1)", contact="+856 20 5555 1234")
    _submit(site, topics, message="-1+2", name="ນາງ ຄຳແພງ")
    text = inbox.export_csv(site.id, "lo")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0][0] == "Reference"  # headings in the request's language (English outside one)
    first, second = rows[1], rows[2]
    assert first[-1].startswith("'=HYPERLINK") and first[-3] == "'@SUM(A1)"
    assert first[-2] == "'+856 20 5555 1234"
    assert second[-1] == "'-1+2" and second[-3] == "ນາງ ຄຳແພງ"
    assert first[3] == topics[0].label_lo  # the topic in the asked language
    for row in rows[1:]:
        assert not any(cell[:1] in ("=", "+", "-", "@") for cell in row)
