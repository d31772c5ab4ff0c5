"""Logged-in sessions end after a spell of inactivity and after a fixed
lifetime, whatever happens in between (ASVS 3.3). The admin's pages ping
/admin/keepalive while an editor is typing, so that writing a long page is
activity even without a save."""
from __future__ import annotations

import time

from flask import Flask, current_app, flash, g, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, logout_user
from flask_login.config import AUTH_HEADER_NAME, COOKIE_NAME
from flask_login.signals import user_accessed

AUTH_AT = "auth_at"  # when the login happened (epoch seconds)
SEEN_AT = "seen_at"  # the last request of the session
TOUCH_EVERY = 60  # seconds; the cookie is rewritten at most this often


def start(now: float | None = None) -> None:
    """Mark the session as logged in now (call right after login_user)."""
    now = now or time.time()
    session[AUTH_AT] = session[SEEN_AT] = int(now)


def expired(now: float | None = None) -> bool:
    """True when the current session has been idle or alive too long."""
    now = now or time.time()
    config = current_app.config
    auth_at, seen_at = session.get(AUTH_AT), session.get(SEEN_AT)
    if auth_at is None or seen_at is None:
        return True  # a session from before timeouts existed: log in again
    return (now - seen_at > config["SESSION_IDLE_MINUTES"] * 60
            or now - auth_at > config["SESSION_MAX_HOURS"] * 3600)


def _anonymous_without_credentials() -> bool:
    """Make the request's user anonymous at once when it carries nothing that
    could name a user (an empty session, no remember-me cookie, no
    Authorization header): what Flask-Login would decide, without hashing
    the client's address for session protection first. True when it did."""
    manager = current_app.login_manager
    config = current_app.config
    if (session or manager._request_callback is not None or user_accessed.receivers
            or config.get("REMEMBER_COOKIE_NAME", COOKIE_NAME) in request.cookies
            or config.get("AUTH_HEADER_NAME", AUTH_HEADER_NAME) in request.headers):
        return False
    g._login_user = manager.anonymous_user()
    return True


def _check_session():
    if "_login_user" not in g and _anonymous_without_credentials():
        return None
    if not current_user.is_authenticated:
        return None
    now = time.time()
    if expired(now):
        logout_user()
        session.clear()
        flash(_("Your session has ended after a time without activity. Please log in again."),
              "info")
        if request.path.startswith("/admin"):
            return redirect(url_for("admin.login"))
        return None
    if now - session.get(SEEN_AT, 0) >= TOUCH_EVERY:
        session[SEEN_AT] = int(now)
    return None


def init_app(app: Flask) -> None:
    """End expired sessions before any view runs."""
    app.before_request(_check_session)
