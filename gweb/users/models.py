"""People who edit sites, and their role on each site."""
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gweb.extensions import db
from gweb.timeutil import utcnow

ROLES = ("author", "editor", "admin")  # in rising order of rights


class User(UserMixin, db.Model):
    """An account; what it may do depends on its role on each site."""

    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored lower-case
    name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    active: Mapped[bool] = mapped_column(default=True)
    is_superadmin: Mapped[bool] = mapped_column(default=False)
    ui_lang: Mapped[str] = mapped_column(String(8), default="lo")
    # E-mail notices of the review workflow (gweb.pages.notices); the person
    # turns them off on their own "My e-mail notices" screen.
    review_notices: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]

    roles: Mapped[list["SiteRole"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin")

    @property
    def is_active(self) -> bool:  # flask-login refuses inactive accounts
        return self.active

    def role_on(self, site_id: int) -> str | None:
        """This user's role on a site, or None."""
        if self.is_superadmin:
            return "admin"
        for r in self.roles:
            if r.site_id == site_id:
                return r.role
        return None


class SiteRole(db.Model):
    """A user's role (author, editor, admin) on one site."""

    __tablename__ = "site_role"
    __table_args__ = (UniqueConstraint("user_id", "site_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))

    user: Mapped[User] = relationship(back_populates="roles")
