"""Two-factor screens: the code step of the login, each person's own set-up,
and the site admin's rule and resets."""
from __future__ import annotations

from flask import (Blueprint, abort, flash, g, make_response, redirect, render_template, request,
                   url_for)
from flask_babel import gettext as _
from flask_limiter.util import get_remote_address
from flask_login import current_user
from markupsafe import Markup

from gweb.admin.forms import show_errors
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.security import throttle
from gweb.twofactor import login as two_step
from gweb.twofactor import services
from gweb.twofactor.forms import ConfirmForm, DisableForm, LoginCodeForm, SiteRuleForm
from gweb.users import services as users
from gweb.users.forms import ROLE_LABELS, ActionForm

bp = Blueprint("twofactor", __name__, url_prefix="/admin", template_folder="templates")

def _no_store(response):
    # Pages with secrets (the set-up key, recovery codes) are never cached.
    response.headers["Cache-Control"] = "no-store"
    return response


# -- the second login step -----------------------------------------------------


@bp.route("/login/code", methods=["GET", "POST"])
def login_code():
    """After the right password: the code from the app (or a recovery code)."""
    user = two_step.pending_user(g.site.id)
    if user is None:
        two_step.cancel()
        flash(_("Please log in again."), "info")
        return redirect(url_for("admin.login"))
    form = LoginCodeForm()
    if form.validate_on_submit():
        client = get_remote_address()
        # The same counters as the password step: a wrong code is a failed login.
        if not throttle.login_allowed(user.email, client):
            throttle.log_attempt("code", "throttled", user.email, client)
            flash(_("Too many failed attempts. Please wait 15 minutes and try again."), "error")
            return render_template("twofactor/login_code.html", form=form), 429
        kind = services.check_code(user, form.code.data)
        if kind is None:
            db.session.rollback()
            throttle.login_failed(user.email, client)
            throttle.log_attempt("code", "failed", user.email, client)
            form.code.errors = [*form.code.errors, _("This code is not right.")]
        else:
            db.session.commit()  # the code (or recovery code) is now spent
            throttle.log_attempt(f"code ({kind})", "ok", user.email, client)
            next_url = two_step.finish(user)
            if kind == "recovery":
                flash(_("You used a recovery code; %(n)d are left. Make new ones on the "
                        "two-factor page if you are running short.",
                        n=services.recovery_codes_left(user)), "info")
            return redirect(next_url or url_for("admin.dashboard"))
    return render_template("twofactor/login_code.html", form=form)


# -- one's own two-factor --------------------------------------------------------


def _account_page(confirm_form=None, disable_form=None, status=200):
    device = services.device_of(current_user)
    setup = None
    if device is not None and device.confirmed_at is None:
        uri = services.provisioning_uri(device, current_user, g.site.name(g.site.default_lang))
        setup = {"qr": Markup(services.qr_svg(uri)), "secret": services.grouped_secret(device)}
    return _no_store(make_response(render_template(
        "twofactor/account.html", enabled=device is not None and device.confirmed_at is not None,
        setup=setup, codes_left=services.recovery_codes_left(current_user),
        required=services.site_requires(g.site.id), action_form=ActionForm(),
        confirm_form=confirm_form or ConfirmForm(), disable_form=disable_form or DisableForm(),
        renew_form=ConfirmForm(prefix="renew")), status))


@bp.route("/account/two-factor")
@permission_required("admin.access", before_two_factor=True)
def account():
    return _account_page()


@bp.route("/account/two-factor/start", methods=["POST"])
@permission_required("admin.access", before_two_factor=True)
def start():
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        services.start_enrolment(current_user)
        db.session.commit()
    except ValidationError as exc:
        db.session.rollback()
        for message in exc.errors.values():
            flash(message, "error")
    return redirect(url_for("twofactor.account"))


def _codes_page(codes):
    return _no_store(make_response(render_template("twofactor/codes.html", codes=codes)))


@bp.route("/account/two-factor/confirm", methods=["POST"])
@permission_required("admin.access", before_two_factor=True)
def confirm():
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            codes = services.confirm_enrolment(current_user, form.code.data, g.site.id)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
        else:
            flash(_("Two-factor authentication is on. From now on you log in with your "
                    "password and a code from the app."), "info")
            return _codes_page(codes)
    return _account_page(confirm_form=form, status=400)


@bp.route("/account/two-factor/recovery-codes", methods=["POST"])
@permission_required("admin.access")
def recovery_codes():
    form = ConfirmForm(prefix="renew")
    if form.validate_on_submit():
        try:
            codes = services.new_recovery_codes(current_user, form.code.data, g.site.id)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            for message in exc.errors.values():
                flash(message, "error")
        else:
            return _codes_page(codes)
    else:
        for messages in form.errors.values():
            for message in messages:
                flash(message, "error")
    return redirect(url_for("twofactor.account"))


@bp.route("/account/two-factor/disable", methods=["POST"])
@permission_required("admin.access")
def disable():
    form = DisableForm()
    if form.validate_on_submit():
        try:
            services.disable(current_user, form.password.data, form.code.data, g.site.id)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
        else:
            flash(_("Two-factor authentication is off for your account."), "info")
            return redirect(url_for("twofactor.account"))
    return _account_page(disable_form=form, status=400)


# -- the site admin's screen -----------------------------------------------------


def _site_page(form=None, status=200):
    form = form or SiteRuleForm(required=services.site_requires(g.site.id))
    return make_response(render_template(
        "twofactor/site.html", form=form,
        members=services.members_status(g.site.id), role_labels=ROLE_LABELS,
        action_form=ActionForm(),
        may_reset=lambda user: users.may_change_status(current_user, user, g.site.id)), status)


@bp.route("/two-factor/", methods=["GET", "POST"])
@permission_required("users.manage")
def site():
    form = SiteRuleForm()
    if request.method == "POST":
        if not form.validate_on_submit():
            abort(400)
        try:
            services.set_site_requirement(g.site.id, bool(form.required.data), current_user)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
            return _site_page(form, status=400)
        flash(_("Two-factor authentication is now required for everyone who edits this site.")
              if form.required.data else
              _("Two-factor authentication is no longer required on this site."), "info")
        return redirect(url_for("twofactor.site"))
    return _site_page()


@bp.route("/two-factor/<int:user_id>/reset", methods=["POST"])
@permission_required("users.manage")
def reset(user_id: int):
    """Switch off a member's two-factor (lost phone and recovery codes)."""
    user = users.site_member(g.site.id, user_id)
    if user is None:
        abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    if not users.may_change_status(current_user, user, g.site.id):
        abort(403)  # an account of several sites: for a superadmin only
    try:
        services.reset_for(user, g.site.id, current_user)
        db.session.commit()
    except ValidationError as exc:
        db.session.rollback()
        for message in exc.errors.values():
            flash(message, "error")
    else:
        flash(_("Two-factor authentication of %(email)s is reset: they log in with their "
                "password and set it up again.", email=user.email), "info")
    return redirect(url_for("twofactor.site"))
