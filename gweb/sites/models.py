"""A Site and what belongs to it alone: domains, per-language details."""
from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gweb.extensions import db
from gweb.timeutil import utcnow

from datetime import datetime


class SiteTexts:
    """How a site's details in one language are chosen: shared by the model
    and its read-only copy (gweb.sites.current.PublicSite), which give the
    texts by language and the default language."""

    __slots__ = ()

    def _texts_by_lang(self) -> dict:
        raise NotImplementedError

    def translation(self, lang: str):
        """The details in `lang`, else in the default language, else any."""
        by_lang = self._texts_by_lang()
        return by_lang.get(lang) or by_lang.get(self.default_lang) or next(
            iter(by_lang.values()), None)

    def name(self, lang: str) -> str:
        t = self.translation(lang)
        return t.name if t else ""

    def logo(self, lang: str):
        """The logo for `lang`, else the default language's, or None."""
        by_lang = self._texts_by_lang()
        for code in (lang, self.default_lang):
            if code in by_lang and by_lang[code].logo is not None:
                return by_lang[code].logo
        return None


class Site(SiteTexts, db.Model):
    """One government website (a ministry, department or provincial office)."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    default_lang: Mapped[str] = mapped_column(String(8), default="lo")
    status: Mapped[str] = mapped_column(String(16), default="active")  # active, suspended
    # Look within the standard theme, and display options (Buddhist Era, Lao digits).
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    domains: Mapped[list["SiteDomain"]] = relationship(
        back_populates="site", cascade="all, delete-orphan", order_by="SiteDomain.id")
    translations: Mapped[list["SiteTranslation"]] = relationship(
        back_populates="site", cascade="all, delete-orphan", lazy="selectin")

    def _texts_by_lang(self) -> dict[str, "SiteTranslation"]:
        return {t.lang: t for t in self.translations}

    @property
    def primary_domain(self) -> str | None:
        for d in self.domains:
            if d.is_primary:
                return d.domain
        return self.domains[0].domain if self.domains else None

    def __repr__(self) -> str:
        return f"<Site {self.id} {self.primary_domain}>"


class SiteDomain(db.Model):
    """A host name that reaches a site; the primary one is canonical."""

    __tablename__ = "site_domain"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    domain: Mapped[str] = mapped_column(String(253), unique=True)
    is_primary: Mapped[bool] = mapped_column(default=False)

    site: Mapped[Site] = relationship(back_populates="domains")


class SiteTranslation(db.Model):
    """A site's name, tagline, logo and address in one language."""

    __tablename__ = "site_translation"
    __table_args__ = (UniqueConstraint("site_id", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    tagline: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    office_hours: Mapped[str] = mapped_column(String(200), default="")
    logo_media_id: Mapped[int | None] = mapped_column(
        ForeignKey("media.id", ondelete="SET NULL"), nullable=True)

    site: Mapped[Site] = relationship(back_populates="translations")
    logo: Mapped["Media | None"] = relationship("Media", lazy="joined")  # noqa: F821
