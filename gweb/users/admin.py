"""The Users screens of the admin: people and their roles on this site, and
everyone's own password."""
from __future__ import annotations

from flask import (Blueprint, abort, current_app, flash, g, make_response, redirect,
                   render_template, url_for)
from flask_babel import gettext as _
from flask_login import current_user

from gweb.admin.forms import show_errors
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.mail.services import mail_enabled
from gweb.users import reset, services
from gweb.users.forms import (ROLE_LABELS, ActionForm, InviteForm, NoticesForm, PasswordForm,
                              ResetForm, RoleForm)

bp = Blueprint("users_admin", __name__, url_prefix="/admin/users", template_folder="templates")


def _member_or_404(user_id: int):
    user = services.site_member(g.site.id, user_id)
    if user is None:
        abort(404)
    return user


@bp.route("/")
@permission_required("users.manage")
def index():
    return render_template("users/index.html", members=services.site_members(g.site.id),
                           role_labels=ROLE_LABELS)


@bp.route("/new", methods=["GET", "POST"])
@permission_required("users.manage")
def invite():
    form = InviteForm()
    if form.validate_on_submit():
        try:
            user, password = services.invite(g.site.id, form.email.data, form.name.data or "",
                                             form.role.data, current_user)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
        else:
            role = ROLE_LABELS[form.role.data]
            if password is None:
                flash(_("%(email)s already had an account (on another site); it now has the "
                        "role “%(role)s” on this site and keeps its password.",
                        email=user.email, role=role), "info")
                if not user.active:
                    flash(_("This account is deactivated: the person cannot log in until "
                            "it is reactivated."), "error")
                return redirect(url_for("users_admin.edit", user_id=user.id))
            # Shown on this response only: never stored, never sent again.
            response = make_response(render_template(
                "users/invited.html", user=user, password=password, role=role))
            response.headers["Cache-Control"] = "no-store"
            return response
    return render_template("users/invite.html", form=form, role_labels=ROLE_LABELS)


@bp.route("/<int:user_id>", methods=["GET", "POST"])
@permission_required("users.manage")
def edit(user_id: int):
    user = _member_or_404(user_id)
    current = services.site_role(user, g.site.id)
    form = RoleForm(role=current.role)
    if form.validate_on_submit():
        try:
            services.change_role(g.site.id, user, form.role.data, current_user)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
        else:
            flash(_("The role of %(email)s is now “%(role)s”.", email=user.email,
                    role=ROLE_LABELS[form.role.data]), "info")
            return redirect(url_for("users_admin.edit", user_id=user.id))
    return render_template(
        "users/edit.html", user=user, role=services.site_role(user, g.site.id).role, form=form,
        action_form=ActionForm(), role_labels=ROLE_LABELS,
        may_change_status=services.may_change_status(current_user, user, g.site.id))


def _act(user_id: int, change, done_message, after: str = "edit"):
    """Run a button's change (CSRF checked), then go back with a message."""
    user = _member_or_404(user_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    email = user.email
    try:
        change(user)
        db.session.commit()
    except ValidationError as exc:
        db.session.rollback()
        for message in exc.errors.values():
            flash(message, "error")
        return redirect(url_for("users_admin.edit", user_id=user_id))
    flash(done_message(email), "info")
    if after == "index":
        return redirect(url_for("users_admin.index"))
    return redirect(url_for("users_admin.edit", user_id=user_id))


@bp.route("/<int:user_id>/remove", methods=["POST"])
@permission_required("users.manage")
def remove(user_id: int):
    return _act(user_id, lambda user: services.remove_role(g.site.id, user, current_user),
                lambda email: _("%(email)s no longer has a role on this site.", email=email),
                after="index")


@bp.route("/<int:user_id>/deactivate", methods=["POST"])
@permission_required("users.manage")
def deactivate(user_id: int):
    return _act(user_id, lambda user: services.set_active(g.site.id, user, False, current_user),
                lambda email: _("The account of %(email)s is deactivated: it can no longer "
                                "log in.", email=email))


@bp.route("/<int:user_id>/activate", methods=["POST"])
@permission_required("users.manage")
def activate(user_id: int):
    return _act(user_id, lambda user: services.set_active(g.site.id, user, True, current_user),
                lambda email: _("The account of %(email)s is active again.", email=email))


@bp.route("/me/password", methods=["GET", "POST"])
@permission_required("admin.access")
def password():
    form = PasswordForm()
    if form.validate_on_submit():
        try:
            services.change_own_password(g.site.id, current_user, form.current_password.data,
                                         form.new_password.data, form.repeat_password.data)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
        else:
            flash(_("Your password has been changed."), "info")
            return redirect(url_for("admin.dashboard"))
    return render_template("users/password.html", form=form,
                           min_length=services.MIN_PASSWORD_LENGTH)


@bp.route("/me/notices", methods=["GET", "POST"])
@permission_required("admin.access")
def notices():
    """Each person turns their own e-mail notices on or off."""
    form = NoticesForm(review_notices=current_user.review_notices)
    if form.validate_on_submit():
        services.set_review_notices(current_user, form.review_notices.data)
        db.session.commit()
        flash(_("You will receive e-mail notices.") if form.review_notices.data
              else _("You will no longer receive e-mail notices."), "info")
        return redirect(url_for("users_admin.notices"))
    return render_template("users/notices.html", form=form,
                           mail_on=mail_enabled(current_app.config))


@bp.route("/<int:user_id>/reset-link", methods=["POST"])
@permission_required("users.manage")
def reset_link(user_id: int):
    """Make a password reset link for a member and show it once."""
    user = _member_or_404(user_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if not user.active or not services.may_change_status(current_user, user, g.site.id):
        abort(403)
    token = reset.make_token(user, current_user, g.site.id)
    db.session.commit()
    return render_template("users/reset_link.html", user=user, hours=reset.MAX_AGE_HOURS,
                           link=url_for("users_admin.reset_password", token=token, _external=True))


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    """Set a new password with a reset link (no login: the link is the proof)."""
    user = reset.user_for_token(token)
    if user is None:
        return render_template("users/reset.html", form=None), 400
    form = ResetForm()
    if form.validate_on_submit():
        try:
            reset.reset_password(token, form.new_password.data, form.repeat_password.data)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
        else:
            flash(_("Your new password is set. Log in with it."), "info")
            return redirect(url_for("admin.login"))
    return render_template("users/reset.html", form=form, email=user.email,
                           min_length=services.MIN_PASSWORD_LENGTH)
