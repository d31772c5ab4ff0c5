"""Two-factor authentication: enrolling an authenticator app, checking its
codes (each accepted once), recovery codes, and each site's rule.

Codes are checked here without any request object; the login steps that keep
state in the session are in gweb.twofactor.login.
"""
from __future__ import annotations

import hmac
import re
import secrets
import time

from flask_babel import gettext as _
from sqlalchemy import delete, func, select, update
from werkzeug.security import check_password_hash, generate_password_hash

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.text.normalize import LAO_DIGITS
from gweb.timeutil import utcnow
from gweb.twofactor import sealing
from gweb.twofactor.models import RecoveryCode, SitePolicy, TotpDevice
from gweb.users.models import SiteRole, User

RECOVERY_CODES = 10
# 10 characters of a 31-letter alphabet (no 0/o, 1/l/i): about 50 bits, kept
# only as salted PBKDF2 hashes (ASVS 2.6.2 allows this below 112 bits).
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_RECOVERY_HASH = "pbkdf2:sha256:60000"
# A code of the previous or the next 30 seconds is accepted too, for clocks
# that are a little off and for the time it takes to type.
VALID_WINDOW = 1


def clock() -> float:
    """Now, in seconds since the epoch (tests replace it to step through codes)."""
    return time.time()


# -- the authenticator ---------------------------------------------------------


def device_of(user: User) -> TotpDevice | None:
    """The user's authenticator, confirmed or still being set up, or None."""
    return db.session.scalar(select(TotpDevice).where(TotpDevice.user_id == user.id))


def is_enabled(user: User) -> bool:
    """True when two-factor is on for the user (an authenticator confirmed)."""
    return db.session.scalar(select(func.count()).select_from(TotpDevice).where(
        TotpDevice.user_id == user.id, TotpDevice.confirmed_at.is_not(None))) > 0


def start_enrolment(user: User) -> TotpDevice:
    """A new secret for the user's authenticator, not yet in force; replaces an
    unconfirmed one. The caller commits."""
    device = device_of(user)
    if device is not None and device.confirmed_at is not None:
        raise ValidationError(_("Two-factor authentication is already on for your account."))
    if device is None:
        device = TotpDevice(user_id=user.id)
        db.session.add(device)
    import pyotp  # imported on use: a server that only serves pages never needs it

    device.sealed_secret = sealing.seal(pyotp.random_base32())
    device.last_step = None
    db.session.flush()
    return device


def secret_of(device: TotpDevice) -> str:
    """The device's secret in clear ("" when this installation's keys cannot
    open it: SECRET_KEY changed without the old one in SECRET_KEY_FALLBACKS)."""
    return sealing.unseal(device.sealed_secret) or ""


def provisioning_uri(device: TotpDevice, user: User, issuer: str) -> str:
    """The otpauth:// address an authenticator app reads from the QR code."""
    import pyotp

    return pyotp.TOTP(secret_of(device)).provisioning_uri(name=user.email, issuer_name=issuer or "gweb")


def qr_svg(uri: str) -> str:
    """`uri` as a QR code in SVG, to put inline in the page (made here, so
    the secret never goes to another server)."""
    import segno

    return segno.make(uri, error="m").svg_inline(scale=4, border=4, dark="#000", light="#fff",
                                                 svgclass="twofactor-qr", lineclass=None)


def grouped_secret(device: TotpDevice) -> str:
    """The secret in groups of four, for typing into an app by hand."""
    secret = secret_of(device)
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def _digits(code: str) -> str:
    # Lao digits count as digits; spaces and dashes that apps show are ignored.
    return re.sub(r"[\s-]", "", (code or "").translate(LAO_DIGITS))


def _accept_totp(device: TotpDevice, code: str) -> bool:
    """True when `code` is the device's code for now (or a step beside it) and
    that step is later than the last one accepted; records the step.

    The step is stored with a conditional UPDATE, so that two requests with
    the same code at once cannot both succeed."""
    code = _digits(code)
    if not re.fullmatch(r"\d{6}", code):
        return False
    secret = secret_of(device)
    if not secret:
        return False
    import pyotp

    totp = pyotp.TOTP(secret)
    current = int(clock() // totp.interval)
    for step in range(current - VALID_WINDOW, current + VALID_WINDOW + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            if device.last_step is not None and step <= device.last_step:
                return False  # already used (or older than a used one): a replay
            claimed = db.session.execute(
                update(TotpDevice).where(
                    TotpDevice.id == device.id,
                    (TotpDevice.last_step.is_(None)) | (TotpDevice.last_step < step))
                .values(last_step=step).execution_options(synchronize_session=False))
            if claimed.rowcount != 1:
                return False
            device.last_step = step
            return True
    return False


def confirm_enrolment(user: User, code: str, site_id: int | None) -> list[str]:
    """Switch two-factor on once the app shows a right code; returns the new
    recovery codes (in clear, to show once). The caller commits."""
    device = device_of(user)
    if device is None or device.confirmed_at is not None:
        raise ValidationError(_("Start the set-up again: no authenticator is waiting to be "
                                "confirmed."))
    if not _accept_totp(device, code):
        raise ValidationError({"code": _(
            "This code is not right. Check that the time on your phone is correct and enter "
            "the code the app shows now.")})
    device.confirmed_at = utcnow()
    codes = _replace_recovery_codes(user)
    record(site_id, user, "twofactor.enable", "user", user.id, user.email)
    return codes


# -- recovery codes ------------------------------------------------------------


def _new_recovery_code() -> str:
    text = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
    return f"{text[:5]}-{text[5:]}"


def _normal_recovery(code: str) -> str:
    return re.sub(r"[\s-]", "", (code or "").lower())


def _replace_recovery_codes(user: User) -> list[str]:
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODES)]
    for code in codes:
        db.session.add(RecoveryCode(user_id=user.id, code_hash=generate_password_hash(
            _normal_recovery(code), method=_RECOVERY_HASH)))
    db.session.flush()
    return codes


def new_recovery_codes(user: User, code: str, site_id: int | None) -> list[str]:
    """Replace the user's recovery codes (the old ones stop working) after a
    right code from the app; returns the new ones to show once. The caller commits."""
    device = device_of(user)
    if device is None or device.confirmed_at is None:
        raise ValidationError(_("Two-factor authentication is not on for your account."))
    if not _accept_totp(device, code):
        raise ValidationError({"code": _("This code is not right.")})
    codes = _replace_recovery_codes(user)
    record(site_id, user, "twofactor.recovery_codes", "user", user.id, user.email)
    return codes


def recovery_codes_left(user: User) -> int:
    """How many of the user's recovery codes are still unused."""
    return db.session.scalar(select(func.count()).select_from(RecoveryCode).where(
        RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None)))


def _use_recovery_code(user: User, code: str) -> bool:
    code = _normal_recovery(code)
    if not re.fullmatch(r"[a-z0-9]{10}", code):
        return False
    unused = db.session.scalars(select(RecoveryCode).where(
        RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))).all()
    for row in unused:
        if check_password_hash(row.code_hash, code):
            # Conditional, so that the same code used twice at once works once.
            used = db.session.execute(
                update(RecoveryCode)
                .where(RecoveryCode.id == row.id, RecoveryCode.used_at.is_(None))
                .values(used_at=utcnow()).execution_options(synchronize_session=False))
            return used.rowcount == 1
    return False


def check_code(user: User, code: str) -> str | None:
    """Check a second-step code: "app" for a right code from the authenticator,
    "recovery" for an unused recovery code (now used up), None otherwise.
    The caller commits (a code is spent only when the commit is made)."""
    device = device_of(user)
    if device is None or device.confirmed_at is None:
        return None
    if _accept_totp(device, code):
        return "app"
    if _use_recovery_code(user, code):
        return "recovery"
    return None


# -- switching off, by the user or by a site admin ------------------------------


def _remove(user: User) -> None:
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    db.session.execute(delete(TotpDevice).where(TotpDevice.user_id == user.id))


def disable(user: User, password: str, code: str, site_id: int | None) -> None:
    """Switch two-factor off for oneself, with the password and a code (from
    the app or a recovery code). The caller commits."""
    errors = {}
    if not check_password_hash(user.password_hash, password or ""):
        errors["password"] = _("The password is not right.")
    if not is_enabled(user):
        raise ValidationError(_("Two-factor authentication is not on for your account."))
    if not errors and check_code(user, code) is None:
        errors["code"] = _("This code is not right.")
    if errors:
        raise ValidationError(errors)
    _remove(user)
    record(site_id, user, "twofactor.disable", "user", user.id, user.email)


def reset_for(user: User, site_id: int, actor: User) -> None:
    """A site admin switches two-factor off for a member who lost their phone
    and their recovery codes; they log in with the password alone (and must
    set it up again where the site requires it). The caller commits."""
    if user.id == actor.id:
        raise ValidationError(_("You cannot reset your own two-factor authentication: "
                                "use your recovery codes, or ask another admin of this site."))
    device = device_of(user)
    if device is None:
        raise ValidationError(_("%(email)s does not use two-factor authentication.",
                                email=user.email))
    _remove(user)
    record(site_id, actor, "twofactor.reset", "user", user.id, user.email,
           before={"email": user.email, "two_factor": device.confirmed_at is not None},
           after={"email": user.email, "two_factor": False})


# -- the site's rule -----------------------------------------------------------


def site_requires(site_id: int) -> bool:
    """True when the site requires two-factor for everyone who edits it."""
    policy = db.session.get(SitePolicy, site_id)
    return bool(policy and policy.required)


def set_site_requirement(site_id: int, required: bool, actor: User) -> None:
    """Require two-factor (or stop requiring it) for every editor of the site.
    An admin must have it on themselves before requiring it. The caller commits."""
    if required and not is_enabled(actor):
        raise ValidationError({"required": _(
            "Turn on two-factor authentication for your own account first.")})
    policy = db.session.get(SitePolicy, site_id)
    before = bool(policy and policy.required)
    if before == required:
        return
    if policy is None:
        policy = SitePolicy(site_id=site_id)
        db.session.add(policy)
    policy.required = required
    policy.changed_at = utcnow()
    record(site_id, actor, "twofactor.site_rule", "site", site_id, "",
           before={"two_factor_required": before}, after={"two_factor_required": required})


def enrolment_missing(user: User, site_id: int) -> bool:
    """True when the site requires two-factor and `user` has not set it up."""
    return site_requires(site_id) and not is_enabled(user)


def members_status(site_id: int) -> list[tuple[User, str, bool]]:
    """Each member of the site with their role and whether two-factor is on,
    by e-mail address."""
    rows = db.session.execute(
        select(User, SiteRole.role, TotpDevice.confirmed_at)
        .join(SiteRole, SiteRole.user_id == User.id)
        .outerjoin(TotpDevice, TotpDevice.user_id == User.id)
        .where(SiteRole.site_id == site_id).order_by(User.email)).all()
    return [(user, role, confirmed is not None) for user, role, confirmed in rows]
