"""An editor's authenticator (TOTP secret), their recovery codes, and each
site's rule on whether its editors must use two-factor authentication.

Kept in tables of their own so that the user and site tables stay as they are.
"""
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from gweb.extensions import db
from gweb.timeutil import utcnow


class TotpDevice(db.Model):
    """One user's authenticator app. Two-factor is on once `confirmed_at` is
    set (the user proved the app shows the right codes)."""

    __tablename__ = "twofactor_totp"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user.id", ondelete="CASCADE"), unique=True)
    # The base32 secret pyotp expects, encrypted (gweb.twofactor.sealing).
    sealed_secret: Mapped[str] = mapped_column(String(255))
    confirmed_at: Mapped[datetime | None]
    # The 30-second time step of the last code accepted: a code of that step
    # or an earlier one is refused, so a seen code cannot be used again.
    last_step: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecoveryCode(db.Model):
    """A single-use code for when the authenticator is lost; only its hash is kept."""

    __tablename__ = "twofactor_recovery_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(255))
    used_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SitePolicy(db.Model):
    """A site's two-factor rule: when `required`, every editor of the site
    must have two-factor on before using its admin."""

    __tablename__ = "twofactor_site_policy"

    site_id: Mapped[int] = mapped_column(
        ForeignKey("site.id", ondelete="CASCADE"), primary_key=True)
    required: Mapped[bool] = mapped_column(default=False)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
