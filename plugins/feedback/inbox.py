"""The office's side of feedback: the inbox, handling a submission (status,
assignee, internal notes) and the CSV export.

Plain arguments, one site at a time; changes are audited and committed.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import func, select

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.timeutil import utc_to_local, utcnow
from gweb.users.services import site_member, site_members

from .models import STATUSES, FeedbackNote, FeedbackSubmission
from .services import STATUS_LABELS, clean_text

PER_PAGE = 25
NOTE_MAX = 5000


@dataclass
class InboxPage:
    """One page of the inbox: its submissions and where it sits."""

    items: list[FeedbackSubmission]
    total: int
    page: int
    pages: int


def _filtered(site_id: int, status: str | None, topic_id: int | None):
    query = select(FeedbackSubmission).where(FeedbackSubmission.site_id == site_id)
    if status in STATUSES:
        query = query.where(FeedbackSubmission.status == status)
    if topic_id:
        query = query.where(FeedbackSubmission.topic_id == topic_id)
    return query


def inbox(site_id: int, status: str | None = None, topic_id: int | None = None,
          page: int = 1, per_page: int = PER_PAGE) -> InboxPage:
    """The site's submissions, newest first, narrowed by status and topic,
    `per_page` at a time. Topic and assignee come in the same query."""
    query = _filtered(site_id, status, topic_id)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    items = list(db.session.scalars(query.order_by(FeedbackSubmission.id.desc())
                                    .limit(per_page).offset((page - 1) * per_page)).unique())
    return InboxPage(items, total, page, pages)


def count_new(site_id: int) -> int:
    """How many submissions of the site nobody has handled yet."""
    return db.session.scalar(select(func.count(FeedbackSubmission.id)).where(
        FeedbackSubmission.site_id == site_id, FeedbackSubmission.status == "new")) or 0


def get_submission(site_id: int, submission_id: int) -> FeedbackSubmission | None:
    """One submission of the site, or None (also when it belongs to another site)."""
    submission = db.session.get(FeedbackSubmission, submission_id)
    return submission if submission is not None and submission.site_id == site_id else None


def assignable(site_id: int) -> list:
    """The people who may be given a submission: users with a role on the site."""
    return [user for user, _role in site_members(site_id) if user.active]


def _who(user) -> str:
    return (getattr(user, "name", "") or getattr(user, "email", "") or "") if user else ""


def update_handling(site_id: int, submission: FeedbackSubmission, status: str,
                    assignee_id: int | None, user=None) -> list[str]:
    """Set a submission's status (new, answered, closed) and assignee (a
    user with a role on the site, or None). Each change is written down as a
    note (who, when) and in the audit log. Raises ValidationError and changes
    nothing when a value is wrong. Returns what changed ("status", "assignee")."""
    errors = {}
    if status not in STATUSES:
        errors["status"] = _("Choose a status.")
    assignee = None
    if assignee_id:
        assignee = site_member(site_id, assignee_id)
        if assignee is None or not assignee.active:
            errors["assignee_id"] = _("Choose someone who works on this site.")
    if errors:
        raise ValidationError(errors)
    changed = []
    who = _who(user)
    if status != submission.status:
        db.session.add(FeedbackNote(site_id=site_id, submission=submission, kind="status",
                                    body=status, author_id=getattr(user, "id", None),
                                    author_name=who))
        record(site_id, user, "feedback.status", "feedback_submission", submission.id,
               summary=f"{submission.reference}: {submission.status} → {status}",
               before={"status": submission.status}, after={"status": status})
        submission.status = status
        changed.append("status")
    if (assignee.id if assignee else None) != submission.assignee_id:
        db.session.add(FeedbackNote(site_id=site_id, submission=submission, kind="assign",
                                    body=_who(assignee), author_id=getattr(user, "id", None),
                                    author_name=who))
        record(site_id, user, "feedback.assign", "feedback_submission", submission.id,
               summary=f"{submission.reference}: {_who(assignee) or '—'}")
        submission.assignee = assignee
        changed.append("assignee")
    if changed:
        submission.updated_at = utcnow()
        db.session.commit()
    return changed


def add_note(site_id: int, submission: FeedbackSubmission, body: str, user=None) -> FeedbackNote:
    """Add an internal note to a submission (who and when are kept).
    Raises ValidationError when it is empty or too long."""
    text = clean_text(body, multiline=True)
    if not text:
        raise ValidationError({"body": _("Write the note first.")})
    if len(text) > NOTE_MAX:
        raise ValidationError({"body": _("Keep the note under %(count)d characters.",
                                         count=NOTE_MAX)})
    note = FeedbackNote(site_id=site_id, submission=submission, kind="note", body=text,
                        author_id=getattr(user, "id", None), author_name=_who(user))
    db.session.add(note)
    submission.updated_at = utcnow()
    db.session.flush()
    record(site_id, user, "feedback.note", "feedback_submission", submission.id,
           summary=submission.reference)
    db.session.commit()
    return note


# -- CSV ----------------------------------------------------------------------------------


def safe_cell(value) -> str:
    """Text a spreadsheet shows as text and never runs as a formula: a cell
    starting with = + - @ (or a tab or carriage return) gets a leading '."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(site_id: int, lang: str, status: str | None = None,
               topic_id: int | None = None) -> str:
    """The submissions of the inbox's current filter as CSV for a
    spreadsheet: UTF-8 with a byte-order mark (so Excel shows Lao), headings
    and topic names in `lang`, times in Vientiane time, oldest first."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([_("Reference"), _("Received"), _("Language"), _("Topic"), _("Status"),
                     _("Assigned to"), _("Name"), _("Phone or e-mail"), _("Message")])
    query = _filtered(site_id, status, topic_id).order_by(FeedbackSubmission.id)
    for s in db.session.scalars(query).unique():
        received = utc_to_local(s.created_at).strftime("%Y-%m-%d %H:%M")
        writer.writerow([safe_cell(v) for v in (
            s.reference, received, s.lang, s.topic.label(lang)[0] if s.topic else "",
            str(STATUS_LABELS[s.status]), _who(s.assignee), s.name, s.contact, s.message)])
    return out.getvalue()
