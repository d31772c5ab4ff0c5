"""The outbox: mail is queued with the change it tells of and delivered to
a real SMTP server, retried while the server is away, given up when refused."""
from datetime import timedelta

import pytest

from gweb.extensions import db
from gweb.mail import services
from gweb.mail.models import OutgoingMail
from gweb.timeutil import utcnow
from tests.conftest import closed_port


def queued(*addresses, subject="ຄຳຕິຊົມໃໝ່ FB-2026-0001", body="ມີຂໍ້ຄວາມໃໝ່.\n", site_id=None):
    rows = services.queue_mail(addresses, subject, body, site_id=site_id)
    db.session.commit()
    return rows


def test_a_queued_message_reaches_the_smtp_server_in_lao(app, smtp_server):
    inbox, config = smtp_server
    [mail] = queued("editor@ministry.test")
    assert services.deliver_due(config) == {"sent": 1, "retry": 0, "failed": 0}
    [message] = inbox.messages
    assert message["To"] == "editor@ministry.test"
    assert message["From"] == "web@ministry.test"
    assert message["Subject"] == "ຄຳຕິຊົມໃໝ່ FB-2026-0001"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content().splitlines() == ["ມີຂໍ້ຄວາມໃໝ່."]
    db.session.refresh(mail)
    assert (mail.status, mail.attempts, mail.sent_at is not None) == ("sent", 1, True)


def test_a_message_is_sent_once_however_often_the_courier_comes(app, smtp_server):
    inbox, config = smtp_server
    queued("a@ministry.test", "b@ministry.test")
    services.deliver_due(config)
    assert services.deliver_due(config) == {"sent": 0, "retry": 0, "failed": 0}
    assert sorted(m["To"] for m in inbox.messages) == ["a@ministry.test", "b@ministry.test"]


def test_mail_queued_in_a_change_that_is_rolled_back_is_never_sent(app, smtp_server):
    inbox, config = smtp_server
    services.queue_mail(["editor@ministry.test"], "subject", "body")
    db.session.rollback()
    services.deliver_due(config)
    assert inbox.messages == []
    assert db.session.query(OutgoingMail).count() == 0


def test_a_server_that_is_away_leaves_the_message_queued_for_a_later_attempt(app, smtp_server):
    inbox, config = smtp_server
    [mail] = queued("editor@ministry.test")
    away = dict(config, MAIL_PORT=closed_port())
    assert services.deliver_due(away) == {"sent": 0, "retry": 1, "failed": 0}
    db.session.refresh(mail)
    assert mail.status == "queued" and mail.attempts == 1 and mail.last_error
    assert mail.next_attempt_at > utcnow() + timedelta(seconds=30)
    # Not due yet: the server back, nothing goes before its time...
    assert services.deliver_due(config) == {"sent": 0, "retry": 0, "failed": 0}
    # ...and at its time it does.
    assert services.deliver_due(config, now=utcnow() + timedelta(minutes=2))["sent"] == 1
    assert len(inbox.messages) == 1


def test_a_message_the_server_refuses_for_good_is_given_up_at_once(app, smtp_server):
    inbox, config = smtp_server
    inbox.refuse = (550, "No such user here")
    [mail] = queued("nobody@ministry.test")
    assert services.deliver_due(config) == {"sent": 0, "retry": 0, "failed": 1}
    db.session.refresh(mail)
    assert mail.status == "failed" and mail.last_error.startswith("550")


def test_a_message_refused_for_now_is_retried_and_given_up_after_the_last_attempt(
        app, smtp_server):
    inbox, config = smtp_server
    inbox.refuse = (451, "Try again later")
    [mail] = queued("editor@ministry.test")
    now = utcnow()
    for attempt in range(services.MAX_ATTEMPTS):
        now += timedelta(days=1)
        services.deliver_due(config, now=now)
    db.session.refresh(mail)
    assert (mail.status, mail.attempts) == ("failed", services.MAX_ATTEMPTS)
    assert mail.last_error.startswith("451")


def test_a_message_left_sending_by_a_process_that_died_is_sent_later(app, smtp_server):
    inbox, config = smtp_server
    [mail] = queued("editor@ministry.test")
    mail.status, mail.next_attempt_at = "sending", utcnow() - timedelta(hours=1)
    db.session.commit()
    assert services.deliver_due(config)["sent"] == 1


def test_nothing_is_sent_while_no_smtp_server_is_configured(app, smtp_server):
    inbox, _config = smtp_server
    [mail] = queued("editor@ministry.test")
    assert services.deliver_due({"MAIL_SERVER": ""}) == {"sent": 0, "retry": 0, "failed": 0}
    db.session.refresh(mail)
    assert mail.status == "queued" and inbox.messages == []


@pytest.mark.parametrize("text, addresses", [
    ("a@ministry.test, b@ministry.test;c@gov.la\nd@gov.la", ["a@ministry.test", "b@ministry.test",
                                                         "c@gov.la", "d@gov.la"]),
    ("  ", []),
    ("a@gov.la A@gov.la", ["a@gov.la"]),
])
def test_a_list_of_addresses_is_read_in_any_common_separator(app, text, addresses):
    assert services.parse_addresses(text) == addresses


@pytest.mark.parametrize("bad", ["ministry.test", "a@b", "a b@gov.la", "x@gov.la\r\nBcc: y@z.la",
                                 "<a@gov.la>", "ກ@gov.la"])
def test_something_that_is_not_one_plain_address_is_refused_by_name(app, bad):
    with pytest.raises(ValueError):
        services.parse_addresses(bad)
    assert not services.is_address(bad)


def test_a_subject_cannot_carry_a_second_header(app, smtp_server):
    inbox, config = smtp_server
    queued("editor@ministry.test", subject="Hello\r\nBcc: spy@elsewhere.test")
    services.deliver_due(config)
    [message] = inbox.messages
    assert message["Subject"] == "Hello Bcc: spy@elsewhere.test"
    assert message["Bcc"] is None
