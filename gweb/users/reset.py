"""Password reset links: signed, expiring, and good for one use (the token
carries a fingerprint of the current password hash, so it dies as soon as
the password changes). A site admin or the operator makes a link and hands it
over; nothing is e-mailed."""
from __future__ import annotations

import hashlib

from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from gweb.audit import services as audit
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.users.models import User
from gweb.users.services import set_password

SALT = "gweb-password-reset"
MAX_AGE_HOURS = 24


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt=SALT)


def _fingerprint(user: User) -> str:
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def make_token(user: User, actor=None, site_id: int | None = None) -> str:
    """A reset token for `user`, valid for MAX_AGE_HOURS or until the password
    changes. Recorded in the audit log (without the token). The caller commits."""
    audit.record(site_id, actor, "user.reset_link", "user", user.id, summary=user.email)
    return _serializer().dumps({"u": user.id, "f": _fingerprint(user)})


def user_for_token(token: str) -> User | None:
    """The active user a token was made for, or None when it is forged,
    expired, or already used."""
    try:
        data = _serializer().loads(token, max_age=MAX_AGE_HOURS * 3600)
    except (BadSignature, SignatureExpired):
        return None
    user = db.session.get(User, data.get("u")) if isinstance(data, dict) else None
    if user is None or not user.active or data.get("f") != _fingerprint(user):
        return None
    return user


def reset_password(token: str, new: str, repeat: str) -> User:
    """Set a new password with a reset token. ValidationError names what is
    wrong; the caller commits."""
    user = user_for_token(token)
    if user is None:
        raise ValidationError(_("This link has expired or was already used. Ask your site "
                                "admin for a new one."))
    if new != repeat:
        raise ValidationError({"repeat_password": _("The two new passwords are not the same.")})
    try:
        set_password(user, new)
    except ValidationError as exc:
        raise ValidationError({"new_password": exc.errors.get("password", str(exc))}) from exc
    audit.record(None, user, "user.password_reset", "user", user.id, summary=user.email)
    return user
