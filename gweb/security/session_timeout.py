"""Logged-in sessions end after a spell of inactivity and after a fixed
lifetime, whatever happens in between (ASVS 3.3). The admin's pages ping
/admin/keepalive while an editor is typing, so that writing a long page is
activity even without a save."""
from __future__ import annotations

import time

from flask import Flask, current_app, flash, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, logout_user

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


def _check_session():
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
