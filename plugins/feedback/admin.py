"""The feedback inbox at /admin/feedback/ (list, one submission, CSV) and
the topics of the form at /admin/feedback/topics/."""
from __future__ import annotations

from flask import (Blueprint, Response, abort, flash, g, redirect, render_template, request,
                   url_for)
from flask_babel import gettext as _
from flask_login import current_user

from gweb.admin.forms import save_and_redirect, show_errors
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.i18n import current_lang
from gweb.security.params import query_int
from gweb.timeutil import utc_to_local, utcnow

from . import inbox, services
from .forms import ConfirmForm, HandlingForm, NoteForm, TopicForm
from .models import STATUSES

bp = Blueprint("feedback_admin", __name__, url_prefix="/admin/feedback",
               template_folder="templates")


def _filters() -> dict:
    status = request.args.get("status", "")
    topic_id = query_int("topic")
    return {"status": status if status in STATUSES else None,
            "topic_id": topic_id if services.get_topic(g.site.id, topic_id) else None}


def _submission_or_404(submission_id: int):
    submission = inbox.get_submission(g.site.id, submission_id)
    if submission is None:
        abort(404)
    return submission


@bp.route("/")
@permission_required("feedback.handle")
def index():
    filters = _filters()
    page = inbox.inbox(g.site.id, page=query_int("page", 1, minimum=1), **filters)
    args = {k: v for k, v in (("status", filters["status"]), ("topic", filters["topic_id"])) if v}
    return render_template("feedback/admin/inbox.html", result=page, filters=filters, args=args,
                           topics=services.list_topics(g.site.id),
                           status_labels=services.STATUS_LABELS)


@bp.route("/export.csv")
@permission_required("feedback.handle")
def export():
    filters = _filters()
    body = inbox.export_csv(g.site.id, current_lang(), **filters)
    stamp = utc_to_local(utcnow()).strftime("%Y-%m-%d")
    return Response(body, mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="feedback-{stamp}.csv"',
        "Cache-Control": "no-store"})


@bp.route("/<int:submission_id>", methods=["GET", "POST"])
@permission_required("feedback.handle")
def show(submission_id: int):
    submission = _submission_or_404(submission_id)
    handling = HandlingForm(prefix="handling", data={
        "status": submission.status, "assignee_id": str(submission.assignee_id or "")})
    handling.set_people(inbox.assignable(g.site.id))
    note = NoteForm(prefix="note")
    if request.method == "POST" and "handling-status" in request.form \
            and handling.validate_on_submit():
        assignee = handling.assignee_id.data
        try:
            changed = inbox.update_handling(g.site.id, submission, handling.status.data,
                                            int(assignee) if str(assignee).isdigit() else None,
                                            user=current_user)
        except ValidationError as exc:
            show_errors(handling, exc.errors)
        else:
            flash(_("Saved.") if changed else _("Nothing was changed."), "info")
            return redirect(url_for(".show", submission_id=submission.id))
    elif request.method == "POST" and "note-body" in request.form and note.validate_on_submit():
        try:
            inbox.add_note(g.site.id, submission, note.body.data, user=current_user)
        except ValidationError as exc:
            show_errors(note, exc.errors)
        else:
            flash(_("The note was added."), "info")
            return redirect(url_for(".show", submission_id=submission.id) + "#notes")
    elif request.method == "POST":
        flash(_("The form had expired. Please try again."), "error")
    return render_template("feedback/admin/submission.html", submission=submission,
                           handling=handling, note=note, status_labels=services.STATUS_LABELS)


# -- topics (the site admin's list) --------------------------------------------------------


@bp.route("/topics/", methods=["GET", "POST"])
@permission_required("feedback.manage")
def topics():
    form = ConfirmForm()
    if form.validate_on_submit() and form.action.data == "suggested":
        added = services.add_suggested_topics(g.site.id, user=current_user)
        flash(_("%(count)d topics were added.", count=added), "info")
        return redirect(url_for(".topics"))
    return render_template("feedback/admin/topics.html", topics=services.list_topics(g.site.id),
                           form=form)


@bp.route("/topics/new", methods=["GET", "POST"])
@bp.route("/topics/<int:topic_id>/edit", methods=["GET", "POST"])
@permission_required("feedback.manage")
def edit_topic(topic_id: int | None = None):
    topic = services.get_topic(g.site.id, topic_id) if topic_id else None
    if topic_id and topic is None:
        abort(404)
    form = TopicForm(obj=topic)
    done = save_and_redirect(form, lambda: services.save_topic(
        g.site.id, {"label_lo": form.label_lo.data, "label_en": form.label_en.data,
                    "active": form.active.data}, user=current_user, topic=topic),
        _("The topic was saved."), url_for(".topics"))
    return done or render_template("feedback/admin/topic_form.html", form=form, topic=topic)


@bp.route("/topics/<int:topic_id>/delete", methods=["POST"])
@permission_required("feedback.manage")
def delete_topic(topic_id: int):
    topic = services.get_topic(g.site.id, topic_id)
    if topic is None:
        abort(404)
    if ConfirmForm().validate_on_submit():
        if services.delete_topic(g.site.id, topic, user=current_user):
            flash(_("The topic was deleted."), "info")
        else:
            flash(_("Messages were sent under this topic, so it was hidden from the form "
                    "instead of deleted."), "info")
    return redirect(url_for(".topics"))
