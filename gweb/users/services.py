"""Accounts: creating users, checking passwords, giving roles on sites."""
from __future__ import annotations

import functools
import re
import secrets

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select
from werkzeug.security import check_password_hash, generate_password_hash

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.mail.services import is_address
from gweb.text import sorted_lao
from gweb.timeutil import utcnow
from gweb.users.models import ROLES, SiteRole, User

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
# zxcvbn's estimate (0-4) that a password must reach: 3 means it resists an
# offline attack on a slow hash; common passwords and their variants score lower.
MIN_PASSWORD_SCORE = 3



def _password_hash(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


@functools.cache
def _dummy_hash(method: str) -> str:
    """A hash to compare against when the account does not exist, so that a
    wrong e-mail costs as much time as a wrong password (made on first use:
    scrypt at import would slow every start)."""
    return generate_password_hash("gweb-no-such-user", method=method)

def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def load_user(user_id: str) -> User | None:
    """Flask-Login's loader: the active user with this id."""
    user = db.session.get(User, int(user_id)) if user_id.isdigit() else None
    return user if user is not None and user.active else None


def find_user(email: str) -> User | None:
    """The user with this e-mail address (any case), or None."""
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def generate_password() -> str:
    """A random password for a new account, easy to type: 4 groups of 5."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(4))


def password_problem(password: str, known: tuple[str, ...] = ()) -> str | None:
    """Why `password` is not acceptable, or None: too short, too long, or easy
    to guess (a common password, a keyboard pattern, or made of `known` words
    such as the account's e-mail address and name)."""
    from zxcvbn import zxcvbn

    password = password or ""
    if len(password) < MIN_PASSWORD_LENGTH:
        return _("The password must be at least %(n)d characters long.", n=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        return _("The password must be at most %(n)d characters long.", n=MAX_PASSWORD_LENGTH)
    words = [w for text in known for w in re.split(r"[\W_]+", text or "") if len(w) > 2]
    if zxcvbn(password[:100], user_inputs=words)["score"] < MIN_PASSWORD_SCORE:
        return _("This password is too easy to guess: it is common, follows a pattern, or "
                 "contains your name or e-mail address. A few unrelated words make a strong one.")
    return None


def create_user(email: str, password: str, *, name: str = "", role: str | None = None,
                site_id: int | None = None, superadmin: bool = False,
                ui_lang: str = "lo") -> User:
    """Create an active account, with `role` on `site_id` when both are given.

    The caller commits.
    """
    email = normalise_email(email)
    errors = {}
    if not is_address(email):
        errors["email"] = _("“%(email)s” is not an e-mail address.", email=email)
    elif find_user(email):
        errors["email"] = _("An account with this e-mail address already exists.")
    problem = password_problem(password, (email, name))
    if problem:
        errors["password"] = problem
    if role is not None and role not in ROLES:
        errors["role"] = _("The role must be one of: %(roles)s.", roles=", ".join(ROLES))
    if errors:
        raise ValidationError(errors)
    user = User(email=email, name=name.strip(), is_superadmin=superadmin, ui_lang=ui_lang)
    user.password_hash = _password_hash(password)
    db.session.add(user)
    if role and site_id:
        user.roles.append(SiteRole(site_id=site_id, role=role))
    db.session.flush()
    return user


def set_password(user: User, password: str) -> None:
    """Replace a user's password after checking it. The caller commits."""
    problem = password_problem(password, (user.email, user.name))
    if problem:
        raise ValidationError({"password": problem})
    user.password_hash = _password_hash(password)


def grant_role(user: User, site_id: int, role: str) -> SiteRole:
    """Give `user` `role` on a site, replacing any role it had there. The caller commits."""
    if role not in ROLES:
        raise ValidationError({"role": _("The role must be one of: %(roles)s.",
                                         roles=", ".join(ROLES))})
    for existing in user.roles:
        if existing.site_id == site_id:
            existing.role = role
            return existing
    site_role = SiteRole(site_id=site_id, role=role)
    user.roles.append(site_role)
    return site_role


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials, or None (same cost either way)."""
    user = find_user(email)
    if user is None or not user.active:
        check_password_hash(_dummy_hash(current_app.config["PASSWORD_HASH_METHOD"]),
                            password or "")
        return None
    if not check_password_hash(user.password_hash, password or ""):
        return None
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def has_role(user: User, site_id: int, at_least: str) -> bool:
    """True when `user` has `at_least` or a higher role on the site."""
    role = user.role_on(site_id)
    return role is not None and ROLES.index(role) >= ROLES.index(at_least)


def set_ui_language(user: User, lang: str) -> None:
    """Remember the language the user wants the admin in."""
    user.ui_lang = lang
    db.session.commit()


def set_review_notices(user: User, on: bool) -> None:
    """Turn `user`'s e-mail notices of the review workflow on or off
    (gweb.pages.notices). The caller commits."""
    user.review_notices = bool(on)


# -- managing the people of one site (the admin's Users screen) ----------------


def site_members(site_id: int) -> list[tuple[User, str]]:
    """Users with a role on the site and that role, by name (Lao order), then e-mail."""
    rows = db.session.execute(
        select(User, SiteRole.role).join(SiteRole, SiteRole.user_id == User.id)
        .where(SiteRole.site_id == site_id)).all()
    rows = sorted(((user, role) for user, role in rows), key=lambda row: row[0].email)
    return sorted_lao(rows, key=lambda row: row[0].name or row[0].email)


def site_member(site_id: int, user_id: int) -> User | None:
    """The user with this id if they have a role on the site, else None."""
    return db.session.scalar(
        select(User).join(SiteRole, SiteRole.user_id == User.id)
        .where(SiteRole.site_id == site_id, User.id == user_id))


def site_role(user: User, site_id: int) -> SiteRole | None:
    """The user's own role row on the site (superadmins may have none)."""
    return next((r for r in user.roles if r.site_id == site_id), None)


def has_roles_elsewhere(user: User, site_id: int) -> bool:
    """True when the account also serves another site (superadmins serve all)."""
    return user.is_superadmin or any(r.site_id != site_id for r in user.roles)


def may_change_status(actor: User, user: User, site_id: int) -> bool:
    """Whether `actor` may deactivate or reactivate `user`'s account: a
    superadmin always; a site admin only for accounts used on this site alone."""
    return bool(actor.is_superadmin) or not has_roles_elsewhere(user, site_id)


def _other_active_admins(site_id: int, user: User) -> int:
    """How many active admins the site has besides `user` (rows locked on
    PostgreSQL, so that two admins cannot demote each other at once)."""
    rows = db.session.scalars(
        select(SiteRole).join(User, User.id == SiteRole.user_id)
        .where(SiteRole.site_id == site_id, SiteRole.role == "admin", User.active.is_(True))
        .with_for_update(of=SiteRole)).all()
    return sum(1 for r in rows if r.user_id != user.id)


def _role_error(role: str) -> dict[str, str] | None:
    if role not in ROLES:
        return {"role": _("The role must be one of: %(roles)s.", roles=", ".join(ROLES))}
    return None


def invite(site_id: int, email: str, name: str, role: str, actor: User
           ) -> tuple[User, str | None]:
    """Give `email` `role` on the site, creating the account when there is none.

    Returns the user and the generated password (None when the account
    already existed: it keeps its password and gets the role here). The
    caller commits.
    """
    error = _role_error(role)
    if error:
        raise ValidationError(error)
    user = find_user(email)
    if user is not None:
        if site_role(user, site_id) is not None or user.is_superadmin:
            raise ValidationError({"email": _(
                "%(email)s already has a role on this site; change it from the list of users.",
                email=user.email)})
        grant_role(user, site_id, role)
        db.session.flush()
        record(site_id, actor, "user.role", "user", user.id, user.email,
               before={"email": user.email, "role": None},
               after={"email": user.email, "role": role})
        return user, None
    password = generate_password()
    user = create_user(email, password, name=name, role=role, site_id=site_id)
    record(site_id, actor, "user.create", "user", user.id, user.email,
           after={"email": user.email, "name": user.name, "role": role, "active": True})
    return user, password


def change_role(site_id: int, user: User, role: str, actor: User) -> None:
    """Set `user`'s role on the site. The caller commits."""
    error = _role_error(role)
    if error:
        raise ValidationError(error)
    current = site_role(user, site_id)
    if current is None or current.role == role:
        return
    if current.role == "admin":
        if user.id == actor.id:
            raise ValidationError({"role": _(
                "You cannot remove your own admin role. Ask another admin of this site.")})
        if _other_active_admins(site_id, user) == 0:
            raise ValidationError({"role": _(
                "%(email)s is the last admin of this site: make someone else admin first.",
                email=user.email)})
    before = current.role
    current.role = role
    record(site_id, actor, "user.role", "user", user.id, user.email,
           before={"email": user.email, "role": before}, after={"email": user.email, "role": role})


def remove_role(site_id: int, user: User, actor: User) -> None:
    """Take away `user`'s role on the site (the account stays). The caller commits."""
    current = site_role(user, site_id)
    if current is None:
        return
    if user.id == actor.id:
        raise ValidationError(_("You cannot remove your own role on this site. "
                                "Ask another admin of this site."))
    if current.role == "admin" and _other_active_admins(site_id, user) == 0:
        raise ValidationError(_(
            "%(email)s is the last admin of this site: make someone else admin first.",
            email=user.email))
    before = current.role
    user.roles.remove(current)
    record(site_id, actor, "user.remove_role", "user", user.id, user.email,
           before={"email": user.email, "role": before}, after={"email": user.email, "role": None})


def set_active(site_id: int, user: User, active: bool, actor: User) -> None:
    """Deactivate (no more logins anywhere) or reactivate an account. The caller commits."""
    if user.active == active:
        return
    if user.id == actor.id:
        raise ValidationError(_("You cannot deactivate your own account."))
    if not may_change_status(actor, user, site_id):
        raise ValidationError(_(
            "%(email)s also works on other sites: only a superadmin can deactivate or "
            "reactivate the account. You can remove their role on this site.", email=user.email))
    current = site_role(user, site_id)
    if not active and current is not None and current.role == "admin" \
            and _other_active_admins(site_id, user) == 0:
        raise ValidationError(_(
            "%(email)s is the last admin of this site: make someone else admin first.",
            email=user.email))
    user.active = active
    record(site_id, actor, "user.activate" if active else "user.deactivate", "user", user.id,
           user.email, before={"email": user.email, "active": not active},
           after={"email": user.email, "active": active})


def change_own_password(site_id: int, user: User, current: str, new: str, repeat: str) -> None:
    """Replace `user`'s password after checking the current one. The caller commits.

    Neither password nor hash goes into the audit log."""
    errors = {}
    if not check_password_hash(user.password_hash, current or ""):
        errors["current_password"] = _("The current password is not right.")
    problem = password_problem(new, (user.email, user.name))
    if problem:
        errors["new_password"] = problem
    elif new != repeat:
        errors["repeat_password"] = _("The two new passwords are not the same.")
    elif "current_password" not in errors and new == current:
        errors["new_password"] = _("The new password must differ from the current one.")
    if errors:
        raise ValidationError(errors)
    user.password_hash = _password_hash(new)
    record(site_id, user, "user.password", "user", user.id, user.email)
