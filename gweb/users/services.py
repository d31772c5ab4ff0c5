"""Accounts: creating users, checking passwords, giving roles on sites."""
from __future__ import annotations

import re
import secrets

from flask_babel import gettext as _
from sqlalchemy import select
from werkzeug.security import check_password_hash, generate_password_hash

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.timeutil import utcnow
from gweb.users.models import ROLES, SiteRole, User

MIN_PASSWORD_LENGTH = 10
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# A hash to compare against when the account does not exist, so that a
# wrong e-mail costs as much time as a wrong password.
_DUMMY_HASH = generate_password_hash("gweb-no-such-user", method="scrypt")


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


def password_problem(password: str) -> str | None:
    """Why `password` is not acceptable, or None."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        return _("The password must be at least %(n)d characters long.", n=MIN_PASSWORD_LENGTH)
    return None


def create_user(email: str, password: str, *, name: str = "", role: str | None = None,
                site_id: int | None = None, superadmin: bool = False,
                ui_lang: str = "lo") -> User:
    """Create an active account, with `role` on `site_id` when both are given.

    The caller commits.
    """
    email = normalise_email(email)
    errors = {}
    if not _EMAIL.match(email):
        errors["email"] = _("“%(email)s” is not an e-mail address.", email=email)
    elif find_user(email):
        errors["email"] = _("An account with this e-mail address already exists.")
    problem = password_problem(password)
    if problem:
        errors["password"] = problem
    if role is not None and role not in ROLES:
        errors["role"] = _("The role must be one of: %(roles)s.", roles=", ".join(ROLES))
    if errors:
        raise ValidationError(errors)
    user = User(email=email, name=name.strip(), is_superadmin=superadmin, ui_lang=ui_lang)
    user.password_hash = generate_password_hash(password, method="scrypt")
    db.session.add(user)
    if role and site_id:
        user.roles.append(SiteRole(site_id=site_id, role=role))
    db.session.flush()
    return user


def set_password(user: User, password: str) -> None:
    """Replace a user's password after checking it. The caller commits."""
    problem = password_problem(password)
    if problem:
        raise ValidationError({"password": problem})
    user.password_hash = generate_password_hash(password, method="scrypt")


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
        check_password_hash(_DUMMY_HASH, password or "")
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
