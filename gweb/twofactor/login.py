"""The second login step, kept in the session between the password and the
code. Until the code is right the session holds only who is half-way in (not
a login): no admin page opens with it."""
from __future__ import annotations

import time

from flask import session
from flask_login import login_user

from gweb.extensions import db
from gweb.security import session_timeout
from gweb.twofactor import services
from gweb.users.models import User

PENDING_USER = "twofactor_user"
PENDING_AT = "twofactor_at"
PENDING_NEXT = "twofactor_next"
# Time to fetch the phone and type the code; after it, the password again.
PENDING_SECONDS = 5 * 60


def code_needed(user: User) -> bool:
    """True when this user's login needs a code after the password."""
    return services.is_enabled(user)


def begin(user: User, next_url: str) -> None:
    """Remember that `user` gave the right password (call on a fresh session;
    `next_url` must already be checked as a path on this site)."""
    session[PENDING_USER] = user.id
    session[PENDING_AT] = int(time.time())
    session[PENDING_NEXT] = next_url


def pending_user(site_id: int) -> User | None:
    """The user half-way through logging in to the site, or None when there is
    none, it took too long, or the account can no longer log in here."""
    user_id, started = session.get(PENDING_USER), session.get(PENDING_AT)
    if not isinstance(user_id, int) or not isinstance(started, int):
        return None
    if time.time() - started > PENDING_SECONDS:
        return None
    user = db.session.get(User, user_id)
    if user is None or not user.active or not user.role_on(site_id):
        return None
    return user


def finish(user: User) -> str:
    """Log `user` in on a new session; returns where they were going."""
    next_url = session.get(PENDING_NEXT) or ""
    session.clear()
    login_user(user)
    session_timeout.start()
    return next_url


def cancel() -> None:
    """Forget a login half-way through."""
    for key in (PENDING_USER, PENDING_AT, PENDING_NEXT):
        session.pop(key, None)
