"""Citizen feedback as visitors send it: topics, checking what was typed,
storing a submission under a reference number.

Every function takes plain arguments and works on one site. Messages in a
ValidationError are in the current request's language (the visitor's on the
public form, the editor's in the admin).
"""
from __future__ import annotations

import logging
import re
import unicodedata

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.mail.services import is_address
from gweb.sites.models import Site
from gweb.timeutil import utc_to_local, utcnow

from .models import FeedbackSubmission, FeedbackTopic

log = logging.getLogger("gweb.plugins.feedback")
MESSAGE_MAX = 3000  # characters
NAME_MAX = 200
CONTACT_MAX = 254
TOPIC_MAX = 200
REFERENCE_PREFIX = "FB"
SUGGESTED_TOPICS = (
    ("ຄຳຖາມທົ່ວໄປ", "General question"),
    ("ຂໍ້ສະເໜີແນະ", "Suggestion"),
    ("ຄຳຮ້ອງທຸກ", "Complaint"),
    ("ການບໍລິການ", "Services"),
    ("ບັນຫາກ່ຽວກັບເວັບໄຊ", "Problem with this website"),
)
STATUS_LABELS = {"new": _l("New"), "answered": _l("Answered"), "closed": _l("Closed")}

_LAO_DIGITS = str.maketrans("໐໑໒໓໔໕໖໗໘໙", "0123456789")
_PHONE = re.compile(r"^\+?[0-9 ()./-]+$")
# Control characters except tab and line breaks (PostgreSQL refuses NUL).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# -- topics (the list the site admin keeps) ---------------------------------------------


def list_topics(site_id: int, active_only: bool = False) -> list[FeedbackTopic]:
    """The site's topics in their order (shown ones only with `active_only`)."""
    query = select(FeedbackTopic).where(FeedbackTopic.site_id == site_id)
    if active_only:
        query = query.where(FeedbackTopic.active.is_(True))
    return list(db.session.scalars(query.order_by(FeedbackTopic.position, FeedbackTopic.id)))


def get_topic(site_id: int, topic_id: int | None) -> FeedbackTopic | None:
    """One topic of the site, or None (also when it belongs to another site)."""
    topic = db.session.get(FeedbackTopic, topic_id) if topic_id else None
    return topic if topic is not None and topic.site_id == site_id else None


def save_topic(site_id: int, values: dict, user=None,
               topic: FeedbackTopic | None = None) -> FeedbackTopic:
    """Create a topic (or change `topic`) from label_lo, label_en, active.
    Raises ValidationError, storing nothing, when both labels are empty or
    one is too long. A new topic goes to the end of the list."""
    clean = {"label_lo": clean_text(values.get("label_lo")),
             "label_en": clean_text(values.get("label_en")),
             "active": bool(values.get("active", True))}
    errors = {}
    if not clean["label_lo"] and not clean["label_en"]:
        errors["label_lo"] = _("Give the topic a name in Lao, in English or in both.")
    for lang in ("lo", "en"):
        if len(clean[f"label_{lang}"]) > TOPIC_MAX:
            errors[f"label_{lang}"] = _("Keep the name under %(count)d characters.",
                                        count=TOPIC_MAX)
    if errors:
        raise ValidationError(errors)
    is_new = topic is None
    if is_new:
        last = db.session.scalar(select(func.max(FeedbackTopic.position))
                                 .where(FeedbackTopic.site_id == site_id))
        topic = FeedbackTopic(site_id=site_id, position=(last or 0) + 1)
        db.session.add(topic)
    for name, value in clean.items():
        setattr(topic, name, value)
    db.session.flush()
    record(site_id, user, "feedback.topic_create" if is_new else "feedback.topic_update",
           "feedback_topic", topic.id, summary=topic.label_lo or topic.label_en)
    db.session.commit()
    return topic


def topic_in_use(site_id: int, topic_id: int) -> bool:
    """True when a submission of the site has this topic."""
    return bool(db.session.scalar(select(func.count(FeedbackSubmission.id)).where(
        FeedbackSubmission.site_id == site_id, FeedbackSubmission.topic_id == topic_id)))


def delete_topic(site_id: int, topic: FeedbackTopic, user=None) -> bool:
    """Delete a topic nobody has used; one that submissions carry is hidden
    from the form instead, so the inbox keeps it. Returns True when deleted."""
    summary = topic.label_lo or topic.label_en
    if topic_in_use(site_id, topic.id):
        topic.active = False
        record(site_id, user, "feedback.topic_hide", "feedback_topic", topic.id, summary=summary)
        db.session.commit()
        return False
    record(site_id, user, "feedback.topic_delete", "feedback_topic", topic.id, summary=summary)
    db.session.delete(topic)
    db.session.commit()
    return True


def add_suggested_topics(site_id: int, user=None) -> int:
    """Add the usual topics (general question, suggestion, complaint...) that
    the site does not have yet. Returns how many were added."""
    have = {(t.label_lo, t.label_en) for t in list_topics(site_id)}
    added = 0
    for label_lo, label_en in SUGGESTED_TOPICS:
        if (label_lo, label_en) not in have:
            save_topic(site_id, {"label_lo": label_lo, "label_en": label_en}, user=user)
            added += 1
    return added


# -- what a visitor sends ------------------------------------------------------------------


def clean_text(value, multiline: bool = False) -> str:
    """Typed text as stored: NFC, no control characters, trimmed; line breaks
    kept (as \\n) when `multiline`, else folded into spaces."""
    text = unicodedata.normalize("NFC", str(value or "")).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if not multiline:
        text = " ".join(text.split())
    return text.strip()


def check_contact(raw: str | None) -> tuple[str, str]:
    """A phone number or an e-mail address as typed (Lao digits become
    0-9): (value, "phone" | "email"), or ("", "") when empty. Raises
    ValidationError({"contact": ...}) when it is neither."""
    text = clean_text(raw).translate(_LAO_DIGITS)
    if not text:
        return "", ""
    if len(text) > CONTACT_MAX:
        raise ValidationError({"contact": _("This phone number or e-mail address is too long.")})
    if "@" in text:
        if not is_address(text):
            raise ValidationError({"contact": _(
                "This e-mail address does not look right. Check it, for example name@example.la.")})
        local, _at, domain = text.rpartition("@")
        return f"{local}@{domain.lower()}", "email"
    digits = sum(c.isdigit() for c in text)
    if not _PHONE.match(text) or not 6 <= digits <= 15:
        raise ValidationError({"contact": _(
            "Give a phone number (for example 020 5555 1234) or an e-mail address.")})
    return text, "phone"


def check_submission(site_id: int, values: dict) -> dict:
    """Check what was typed on the form: message (required, at most
    MESSAGE_MAX characters), topic_id (one of the site's shown topics, when
    it has any), name and contact (optional). Returns the clean values;
    raises ValidationError naming every field that is wrong."""
    errors: dict[str, str] = {}
    message = clean_text(values.get("message"), multiline=True)
    if not message:
        errors["message"] = _("Please write your message.")
    elif len(message) > MESSAGE_MAX:
        errors["message"] = _(
            "Your message is %(length)d characters long; the limit is %(limit)d. "
            "Please shorten it: what you wrote is still in the box below.",
            length=len(message), limit=MESSAGE_MAX)
    topics = {t.id: t for t in list_topics(site_id, active_only=True)}
    topic_id = values.get("topic_id")
    try:
        topic_id = int(topic_id) if topic_id not in (None, "") else None
    except (TypeError, ValueError):
        topic_id = None
    if topics and topic_id not in topics:
        errors["topic_id"] = _("Please choose what your message is about.")
    name = clean_text(values.get("name"))
    if len(name) > NAME_MAX:
        errors["name"] = _("Keep your name under %(count)d characters.", count=NAME_MAX)
    contact, contact_kind = "", ""
    try:
        contact, contact_kind = check_contact(values.get("contact"))
    except ValidationError as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return {"message": message, "topic_id": topic_id if topics else None, "name": name,
            "contact": contact, "contact_kind": contact_kind}


def _queue_notice(site_id: int, submission: FeedbackSubmission) -> None:
    # The notice goes in the same transaction as the submission; whatever
    # goes wrong with it, the visitor's message is still stored.
    from .notices import queue_notice

    try:
        with db.session.begin_nested():
            queue_notice(db.session.get(Site, site_id), submission)
    except Exception:
        log.exception("no e-mail notice queued for feedback %s", submission.reference)


def format_reference(year: int, number: int) -> str:
    """The reference a visitor quotes: FB-2026-000123 (Latin digits, easy to
    read out on the phone)."""
    return f"{REFERENCE_PREFIX}-{year}-{number:06d}"


def submit(site_id: int, values: dict, lang: str) -> FeedbackSubmission:
    """Store a visitor's feedback and give it the site's next reference
    number of the year (Vientiane time). Raises ValidationError and stores
    nothing when the input is wrong (see check_submission)."""
    clean = check_submission(site_id, values)
    now = utcnow()
    year = utc_to_local(now).year
    for _attempt in range(5):
        number = (db.session.scalar(select(func.max(FeedbackSubmission.number)).where(
            FeedbackSubmission.site_id == site_id, FeedbackSubmission.year == year)) or 0) + 1
        submission = FeedbackSubmission(
            site_id=site_id, year=year, number=number, reference=format_reference(year, number),
            lang=lang, status="new", created_at=now, updated_at=now, **clean)
        try:
            with db.session.begin_nested():  # two visitors at once: the second takes the next
                db.session.add(submission)
        except IntegrityError:
            continue
        _queue_notice(site_id, submission)
        db.session.commit()
        return submission
    db.session.rollback()
    raise RuntimeError("no free feedback reference number after 5 attempts")
