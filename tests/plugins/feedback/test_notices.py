"""Each new message is told by e-mail to the addresses the site's admin
gives, in the site's language, without what the citizen wrote."""
import pytest
from sqlalchemy import select

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks.settings import plugin_settings, save_plugin_settings
from gweb.mail.models import OutgoingMail
from gweb.mail.services import deliver_due

from tests.conftest import csrf_token_from

from .conftest import send, submissions

MESSAGE = "ໄຟຟ້າຢູ່ບ້ານໂພນໄຊດັບມາສາມມື້ແລ້ວ"


def outbox():
    return list(db.session.scalars(select(OutgoingMail).order_by(OutgoingMail.id)))


def notify(site, addresses: str):
    save_plugin_settings(site.id, "feedback", {"rate_count": 5, "rate_minutes": 10,
                                               "notify": addresses})


def test_a_new_message_is_told_in_lao_to_every_address_without_its_text(
        site, client, topics, smtp_server):
    inbox, config = smtp_server
    notify(site, "info@ministry.test, director@ministry.test")
    send(client, topic_id=str(topics[0].id), message=MESSAGE, name="ສົມພອນ",
         contact="020 5555 1234")
    [submission] = submissions()
    assert deliver_due(config)["sent"] == 2
    assert sorted(m["To"] for m in inbox.messages) == ["director@ministry.test",
                                                       "info@ministry.test"]
    notice = inbox.messages[0]
    assert notice["Subject"] == f"ມີຄຳຕິຊົມໃໝ່ {submission.reference} ທີ່ ກະຊວງທົດສອບ"
    text = notice.get_content()
    assert f"ເລກອ້າງອີງ: {submission.reference}" in text
    assert f"ຫົວຂໍ້: {topics[0].label('lo')[0]}" in text
    assert f"http://ministry.test/admin/feedback/{submission.id}" in text
    assert MESSAGE not in text and "ສົມພອນ" not in text and "5555" not in text


def test_no_e_mail_is_queued_while_no_address_is_given(site, client, topics):
    send(client, topic_id=str(topics[0].id), message=MESSAGE)
    assert len(submissions()) == 1
    assert outbox() == []


def test_a_message_refused_on_the_form_is_told_to_nobody(site, client, topics):
    notify(site, "info@ministry.test")
    send(client, topic_id=str(topics[0].id), message="")
    assert submissions() == [] and outbox() == []


def test_an_address_list_with_a_mistake_is_refused_in_lao_and_nothing_is_stored(site, staff):
    notify(site, "info@ministry.test")
    admin, _user = staff("admin", email="admin@ministry.test")
    form = admin.get("/admin/plugins/feedback/settings").get_data(as_text=True)
    answer = admin.post("/admin/plugins/feedback/settings", data={
        "csrf_token": csrf_token_from(form), "rate_count": "5", "rate_minutes": "10",
        "intro-lo": "", "intro-en": "", "notify": "info@ministry.test\ndirector(at)ministry.test"})
    assert answer.status_code == 200
    assert "“director(at)ministry.test” ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ." in answer.get_data(as_text=True)
    db.session.expire_all()
    assert plugin_settings(site, "feedback")["notify"] == "info@ministry.test"
    with pytest.raises(ValidationError):
        notify(site, "director(at)ministry.test")


def test_the_site_admin_finds_the_notice_addresses_among_the_settings_in_lao(site, staff):
    admin, _user = staff("admin", email="admin@ministry.test")
    html = admin.get("/admin/plugins/feedback/settings").get_data(as_text=True)
    assert "ແຈ້ງທຸກຂໍ້ຄວາມໃໝ່ທາງອີເມວໄປທີ່" in html
