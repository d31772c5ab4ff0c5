"""Admin views: thin wrappers over the services."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import (Blueprint, abort, current_app, flash, g, redirect, render_template, request,
                   session, url_for)
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from flask_limiter.util import get_remote_address

from gweb import i18n
from gweb.admin.forms import ForgotPasswordForm, LoginForm
from gweb.admin.guard import permission_required
from gweb.admin.navigation import sidebar
from gweb.audit import services as audit
from gweb.extensions import db, limiter
from gweb.mail.services import mail_enabled
from gweb.hooks.manager import plugin_host
from gweb.pages import editorial
from gweb.security import session_timeout, throttle
from gweb.timeutil import utcnow
from gweb.twofactor import login as two_step
from gweb.users import reset
from gweb.users import services as users
from gweb.users.permissions import can

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates")


def _safe_next(target: str | None) -> str:
    """Only a path on this site may follow a login (no open redirect)."""
    if not target:
        return url_for("admin.dashboard")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") \
            or "\\" in target:
        return url_for("admin.dashboard")
    return target


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("admin.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        email, client = form.email.data, get_remote_address()
        if not throttle.login_allowed(email, client):
            # Checked before the password, so that guessing gains nothing.
            throttle.log_attempt("password", "throttled", email, client)
            flash(_("Too many failed attempts. Please wait 15 minutes and try again."), "error")
            return render_template("admin/login.html", form=form,
                                   can_mail=mail_enabled(current_app.config)), 429
        user = users.authenticate(email, form.password.data)
        if user is not None and user.role_on(g.site.id):
            throttle.log_attempt("password", "ok", email, client)
            session.clear()  # a new session at login: nothing from before carries over
            if two_step.code_needed(user):
                # Not logged in yet: the password alone opens nothing.
                two_step.begin(user, _safe_next(request.args.get("next")))
                return redirect(url_for("twofactor.login_code"))
            login_user(user)
            session_timeout.start()
            return redirect(_safe_next(request.args.get("next")))
        throttle.login_failed(email, client)
        throttle.log_attempt("password", "failed", email, client)
        # One message whatever was wrong, so that accounts cannot be guessed.
        flash(_("The e-mail address or the password is not right."), "error")
    return render_template("admin/login.html", form=form, can_mail=mail_enabled(current_app.config))


def _reset_limit() -> str:
    return current_app.config["RESET_LIMIT_PER_CLIENT"]


@bp.route("/forgot-password", methods=["GET", "POST"])
@limiter.limit(_reset_limit, methods=["POST"])
def forgot_password():
    """Ask for a reset link by e-mail (only where the installation sends mail)."""
    if current_user.is_authenticated:
        return redirect(url_for("admin.dashboard"))
    if not mail_enabled(current_app.config):
        abort(404)
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        mailed = reset.mail_reset_link(g.site, form.email.data, lambda token: url_for(
            "users_admin.reset_password", token=token, _external=True))
        db.session.commit()
        throttle.log_attempt("reset", "mailed" if mailed else "not-mailed", form.email.data,
                             get_remote_address())
        # The same answer whether or not the address has an account here.
        return render_template("admin/forgot_password.html", form=None,
                               hours=reset.MAX_AGE_HOURS)
    return render_template("admin/forgot_password.html", form=form)


@bp.route("/keepalive")
@permission_required("admin.access")
def keepalive():
    """Pinged by the admin's pages while someone types: activity without a save."""
    return "", 204


@bp.route("/logout", methods=["POST"])
def logout():
    logout_user()
    flash(_("You have logged out."), "info")
    return redirect(url_for("admin.login"))


@bp.route("/language/<code>", methods=["POST"])
def set_language(code: str):
    """Switch the admin's language (stored on the account, or a cookie before login)."""
    if not i18n.is_language(code):
        abort(404)
    response = redirect(_safe_next(request.form.get("next")))
    if current_user.is_authenticated:
        users.set_ui_language(current_user, code)
    response.set_cookie(i18n.UI_LANG_COOKIE, code, max_age=365 * 24 * 3600,
                        samesite="Lax", httponly=True)
    return response


@bp.app_context_processor
def admin_context():
    return {"admin_sidebar": sidebar, "can": _can}


def _can(permission: str) -> bool:
    return can(current_user, g.site.id, permission) if g.get("site") else False


@bp.route("/")
@permission_required("admin.access")
def dashboard():
    site_id = g.site.id
    return render_template(
        "admin/dashboard.html",
        my_drafts=editorial.drafts_of(site_id, current_user.id),
        in_review=editorial.awaiting_review(site_id),
        scheduled=editorial.scheduled(site_id, utcnow()), now=utcnow(),
        out_of_step=editorial.out_of_step(site_id),
        activity=audit.recent(site_id, limit=10),
        panels=sorted(plugin_host().call_flat("gweb_dashboard_items", user=current_user),
                      key=lambda p: p.get("order", 100)))
