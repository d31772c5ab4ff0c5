"""`gweb mail`: deliver the outbox now, see how it stands, send a test."""
from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from gweb.cliutil import fail
from gweb.extensions import db

from . import services


@click.group("mail")
def mail_group():
    """Outgoing e-mail (the outbox and the SMTP server of MAIL_SERVER)."""


@mail_group.command("send")
@with_appcontext
def send_command():
    """Deliver every message that is due (for cron, where no `gweb serve` runs)."""
    if not services.mail_enabled(current_app.config):
        fail("MAIL_SERVER is not set: no mail can be sent")
    total = {"sent": 0, "retry": 0, "failed": 0}
    while True:
        result = services.deliver_due(current_app.config)
        for key, count in result.items():
            total[key] += count
        if result["sent"] + result["failed"] == 0 or result["retry"]:
            break
    click.echo(f"Sent {total['sent']}, to try again later {total['retry']}, "
               f"given up {total['failed']}.")


@mail_group.command("status")
@with_appcontext
def status_command():
    """How many messages are queued, sent and given up."""
    counts = services.outbox_counts()
    click.echo(", ".join(f"{status} {count}" for status, count in counts.items()))
    click.echo(f"SMTP server: {current_app.config.get('MAIL_SERVER') or '(not set: mail is off)'}")


@mail_group.command("test")
@click.argument("address")
@with_appcontext
def test_command(address):
    """Send a test message to ADDRESS now, through the configured server."""
    if not services.mail_enabled(current_app.config):
        fail("MAIL_SERVER is not set: no mail can be sent")
    if not services.is_address(address):
        fail(f"{address!r} is not an e-mail address")
    [mail] = services.queue_mail([address], "gweb: test message / ຂໍ້ຄວາມທົດສອບ",
                                 "This message shows that this gweb installation can send "
                                 "e-mail.\n\nຂໍ້ຄວາມນີ້ສະແດງວ່າລະບົບ gweb ນີ້ສາມາດສົ່ງອີເມວໄດ້.\n")
    db.session.commit()
    services.deliver_due(current_app.config)
    db.session.refresh(mail)
    if mail.status != "sent":
        fail(f"The test message was not sent ({mail.last_error or mail.status})")
    click.echo(f"Sent a test message to {address}.")
