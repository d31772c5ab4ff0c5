"""Queue e-mail with the change it tells of, and deliver what is due.

`queue_mail` only adds rows to the current transaction, so a message goes
out exactly when the caller's change is committed. `deliver_due` hands due
messages to the SMTP server named by the MAIL_* settings, one claimed row
at a time, so two processes never send the same message; a server that is
away is tried again later (`RETRY_MINUTES`), and a message is given up on
after `MAX_ATTEMPTS` or at once when the server refuses it for good.
"""
from __future__ import annotations

import logging
import re
import smtplib
import ssl
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from flask import current_app, has_request_context, request
from flask_babel import gettext as _
from sqlalchemy import func, select, update

from gweb.extensions import db
from gweb.timeutil import utcnow

from .models import OutgoingMail

log = logging.getLogger("gweb.mail")
MAX_ATTEMPTS = 8
RETRY_MINUTES = (1, 5, 15, 30, 60, 120, 240)  # wait after the 1st, 2nd... failed attempt
SUBJECT_MAX = 300
# A row left `sending` this long belongs to a process that died mid-send.
STALE_SENDING = timedelta(minutes=10)
# One plain address: no display name, no spaces, nothing that could end a header.
_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


def is_address(text: str) -> bool:
    """True for one plain e-mail address (ASCII, as SMTP servers take it), at most 254 characters."""
    return len(text) <= 254 and bool(_ADDRESS.match(text))


def parse_addresses(text: str) -> list[str]:
    """The addresses in `text`, separated by commas, semicolons, spaces or
    lines, each once, in order. Raises ValueError naming the first that is
    not an address (the message in the current language)."""
    found: list[str] = []
    for part in re.split(r"[\s,;]+", text or ""):
        if not part:
            continue
        if not is_address(part):
            raise ValueError(_("“%(address)s” is not an e-mail address.", address=part[:80]))
        if part.lower() not in (f.lower() for f in found):
            found.append(part)
    return found


def queue_mail(recipients: Iterable[str], subject: str, body: str,
               site_id: int | None = None) -> list[OutgoingMail]:
    """Add one message per address in `recipients` to the outbox, in the
    current transaction (nothing is sent unless the caller commits).
    Addresses that are not plain addresses are skipped and logged; line
    breaks in the subject become spaces. Returns the queued rows."""
    subject = " ".join(subject.split())[:SUBJECT_MAX]
    rows = []
    for address in recipients:
        if not is_address(address):
            log.warning("not queued for %r: not an e-mail address", address[:80])
            continue
        row = OutgoingMail(site_id=site_id, recipient=address, subject=subject, body=body,
                           status="queued", attempts=0, next_attempt_at=utcnow())
        db.session.add(row)
        rows.append(row)
    return rows


def mail_enabled(config: Mapping) -> bool:
    """True when the installation names an SMTP server (MAIL_SERVER)."""
    return bool(config.get("MAIL_SERVER"))


def site_link(site, endpoint: str, **values) -> str:
    """The absolute address of `endpoint` at the site's primary domain (the
    one its editors sign in at), for a link in an e-mail: by the scheme of
    the current request, https outside one (a command, a test)."""
    in_request = has_request_context()
    adapter = current_app.url_map.bind(
        site.primary_domain, url_scheme=request.scheme if in_request else "https",
        script_name=request.script_root if in_request else None)
    return adapter.build(endpoint, values, force_external=True)


def outbox_counts() -> dict[str, int]:
    """How many messages are queued, sending, sent and failed."""
    counts = dict.fromkeys(("queued", "sending", "sent", "failed"), 0)
    for status, count in db.session.execute(
            select(OutgoingMail.status, func.count()).group_by(OutgoingMail.status)):
        counts[status] = count
    return counts


def last_given_up() -> OutgoingMail | None:
    """The message given up on most recently, for the operators' screen."""
    return db.session.scalar(select(OutgoingMail).where(OutgoingMail.status == "failed")
                             .order_by(OutgoingMail.next_attempt_at.desc(),
                                       OutgoingMail.id.desc()).limit(1))


def deliver_due(config: Mapping, now: datetime | None = None, limit: int = 50) -> dict[str, int]:
    """Send up to `limit` due messages through the configured SMTP server.
    Returns how many were sent, put back for a later attempt, and given up.
    A server that cannot be reached ends the round: the rest wait."""
    now = now or utcnow()
    result = {"sent": 0, "retry": 0, "failed": 0}
    if not mail_enabled(config):
        return result
    _release_stale(now)
    due = list(db.session.scalars(
        select(OutgoingMail.id).where(OutgoingMail.status == "queued",
                                      OutgoingMail.next_attempt_at <= now)
        .order_by(OutgoingMail.next_attempt_at, OutgoingMail.id).limit(limit)))
    connection = None
    try:
        for mail_id in due:
            row = _claim(mail_id, now)
            if row is None:
                continue  # another process took it
            try:
                if connection is None:
                    connection = _connect(config)
                connection.send_message(_message(row, config))
            except smtplib.SMTPResponseException as exc:
                outcome = _failed(row, now, f"{exc.smtp_code} {_text(exc.smtp_error)}",
                                  permanent=500 <= exc.smtp_code < 600)
            except smtplib.SMTPRecipientsRefused as exc:
                code, why = next(iter(exc.recipients.values()))
                outcome = _failed(row, now, f"{code} {_text(why)}", permanent=500 <= code < 600)
            except (OSError, smtplib.SMTPException) as exc:
                outcome = _failed(row, now, f"{type(exc).__name__}: {exc}", permanent=False)
                result[outcome] += 1
                connection = _close(connection)
                break  # the server is away or broke the session: try again later
            else:
                row.status, row.sent_at, row.last_error = "sent", utcnow(), ""
                db.session.commit()
                outcome = "sent"
            result[outcome] += 1
    finally:
        _close(connection)
    return result


def _release_stale(now: datetime) -> None:
    db.session.execute(update(OutgoingMail).where(
        OutgoingMail.status == "sending", OutgoingMail.next_attempt_at < now - STALE_SENDING)
        .values(status="queued"))
    db.session.commit()


def _claim(mail_id: int, now: datetime) -> OutgoingMail | None:
    claimed = db.session.execute(update(OutgoingMail).where(
        OutgoingMail.id == mail_id, OutgoingMail.status == "queued")
        .values(status="sending", attempts=OutgoingMail.attempts + 1, next_attempt_at=now))
    db.session.commit()
    return db.session.get(OutgoingMail, mail_id) if claimed.rowcount == 1 else None


def _failed(row: OutgoingMail, now: datetime, why: str, permanent: bool) -> str:
    """Note why `row` was not sent; give it up or put it back for later.
    Returns the outcome as `deliver_due` counts it: "failed" or "retry"."""
    row.last_error = why[:500]
    if permanent or row.attempts >= MAX_ATTEMPTS:
        row.status, outcome = "failed", "failed"
        log.error("mail %s to %s given up after %s attempt(s): %s", row.id, row.recipient,
                  row.attempts, why)
    else:
        row.status, outcome = "queued", "retry"
        wait = RETRY_MINUTES[min(row.attempts, len(RETRY_MINUTES)) - 1]
        row.next_attempt_at = now + timedelta(minutes=wait)
        log.warning("mail %s to %s not sent (%s); next attempt in %s min", row.id,
                    row.recipient, why, wait)
    db.session.commit()
    return outcome


def _connect(config: Mapping) -> smtplib.SMTP:
    host, port = config["MAIL_SERVER"], int(config.get("MAIL_PORT") or 25)
    timeout = float(config.get("MAIL_TIMEOUT") or 20)
    context = ssl.create_default_context()
    if config.get("MAIL_USE_SSL"):
        connection: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        connection = smtplib.SMTP(host, port, timeout=timeout)
        if config.get("MAIL_USE_TLS"):
            connection.starttls(context=context)
    if config.get("MAIL_USERNAME"):
        connection.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD") or "")
    return connection


def _close(connection: smtplib.SMTP | None) -> None:
    if connection is not None:
        try:
            connection.quit()
        except (OSError, smtplib.SMTPException):
            connection.close()
    return None


def _message(row: OutgoingMail, config: Mapping) -> EmailMessage:
    sender = config.get("MAIL_FROM") or f"gweb@{config['MAIL_SERVER']}"
    message = EmailMessage()
    message["From"] = sender
    message["To"] = row.recipient
    message["Subject"] = row.subject
    message["Date"] = format_datetime(row.created_at.replace(tzinfo=timezone.utc))
    message["Message-ID"] = make_msgid(idstring=f"gweb-{row.id}", domain=sender.rpartition("@")[2])
    message["Auto-Submitted"] = "auto-generated"  # no out-of-office replies to a robot
    message.set_content(row.body, charset="utf-8")
    return message


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
