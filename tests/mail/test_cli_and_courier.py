"""`gweb mail` for operators, and the courier a server runs."""
import time

from gweb.extensions import db
from gweb.mail import services
from gweb.mail.courier import start_courier
from gweb.mail.models import OutgoingMail


def test_mail_send_delivers_the_outbox_and_says_how_it_went(app, smtp_server):
    inbox, config = smtp_server
    app.config.update(config)
    services.queue_mail(["a@ministry.test", "b@ministry.test"], "ຫົວຂໍ້", "ເນື້ອໃນ")
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["mail", "send"])
    assert result.exit_code == 0, result.output
    assert "Sent 2, to try again later 0, given up 0." in result.output
    assert len(inbox.messages) == 2
    status = app.test_cli_runner().invoke(args=["mail", "status"])
    assert "queued 0, sending 0, sent 2, failed 0" in status.output


def test_mail_test_sends_a_message_in_both_languages_or_says_why_not(app, smtp_server):
    inbox, config = smtp_server
    app.config.update(config)
    result = app.test_cli_runner().invoke(args=["mail", "test", "operator@ministry.test"])
    assert result.exit_code == 0, result.output
    [message] = inbox.messages
    assert "ຂໍ້ຄວາມທົດສອບ" in message["Subject"] and "can send e-mail" in message.get_content()
    inbox.refuse = (550, "Mailbox unavailable")
    refused = app.test_cli_runner().invoke(args=["mail", "test", "operator@ministry.test"])
    assert refused.exit_code == 1 and "550 Mailbox unavailable" in refused.output


def test_mail_commands_refuse_to_run_without_an_smtp_server(app):
    result = app.test_cli_runner().invoke(args=["mail", "send"])
    assert result.exit_code == 1 and "MAIL_SERVER is not set" in result.output


def test_a_server_s_courier_delivers_what_is_queued_while_it_runs(app, smtp_server):
    inbox, config = smtp_server
    app.config.update(config, MAIL_INTERVAL=0.05)
    courier = start_courier(app)
    try:
        services.queue_mail(["editor@ministry.test"], "ຄຳຕິຊົມໃໝ່", "ເນື້ອໃນ")
        db.session.commit()
        deadline = time.monotonic() + 10
        while not inbox.messages and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        courier.stop()
        courier.join(5)
    assert [m["To"] for m in inbox.messages] == ["editor@ministry.test"]
    db.session.expire_all()
    assert db.session.query(OutgoingMail).one().status == "sent"


def test_no_courier_runs_where_mail_is_off(app):
    assert start_courier(app) is None
