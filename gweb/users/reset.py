"""Password reset links: signed, expiring, and good for one use (the token
carries a fingerprint of the current password hash, so it dies as soon as
the password changes). A site admin or the operator makes a link and hands it
over, or, where the installation sends e-mail, a person asks for one at the
login page and it is mailed to the account's own address."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from gweb.audit import services as audit
from gweb.audit.models import AuditEvent
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.mail.services import queue_mail
from gweb.timeutil import utcnow
from gweb.users.models import User
from gweb.users.services import set_password

SALT = "gweb-password-reset"
MAX_AGE_HOURS = 24
# One mailed link per account in this long, however often it is asked for:
# the form cannot be used to flood someone's mailbox.
MAIL_AGAIN_AFTER = timedelta(minutes=15)


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


def mail_reset_link(site, email: str, link_for: Callable[[str], str]) -> bool:
    """Queue an e-mail with a reset link (`link_for(token)`) to `email` when
    it is the address of an active account with a role on `site`, in the
    account's own language, unless one was mailed in the last
    MAIL_AGAIN_AFTER. Returns whether one was queued: the caller answers
    the same either way, so that nobody learns which addresses have
    accounts, and commits."""
    user = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None or not user.active or not user.role_on(site.id):
        return False
    # Within the site's recent audit entries (its (site, time) index), not
    # the whole log: a link made here lately, mailed or by an admin.
    recent = db.session.scalar(select(AuditEvent.id).where(
        AuditEvent.site_id == site.id, AuditEvent.created_at > utcnow() - MAIL_AGAIN_AFTER,
        AuditEvent.action == "user.reset_link", AuditEvent.object_id == user.id).limit(1))
    if recent is not None:
        return False
    link = link_for(make_token(user, None, site.id))
    lang = user.ui_lang or site.default_lang
    with force_locale(lang):
        name = site.name(lang)
        subject = _("Set a new password for %(site)s", site=name)
        body = "\n".join([
            _("Someone asked to set a new password for the account %(email)s on %(site)s.",
              email=user.email, site=name), "",
            _("To choose a new password, open this link within %(hours)d hours; it works once:",
              hours=MAX_AGE_HOURS), link, "",
            _("If you did not ask for this, ignore this e-mail: your password stays as it is.")])
    queue_mail([user.email], subject, body + "\n", site_id=site.id)
    return True
