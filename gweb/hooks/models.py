"""Which plugins are on, for the installation and for each site, and the
settings site admins give them."""
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gweb.extensions import db
from gweb.timeutil import utcnow


class PluginState(db.Model):
    """A plugin switched on or off for the whole installation (read at start-up;
    a plugin with no row follows the PLUGINS_ENABLED setting)."""

    __tablename__ = "plugin_state"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    enabled: Mapped[bool]
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class SitePlugin(db.Model):
    """A plugin switched off (or back on) for one site. A plugin that is on for
    the installation is on for every site without a row."""

    __tablename__ = "site_plugin"
    __table_args__ = (UniqueConstraint("site_id", "plugin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    plugin: Mapped[str] = mapped_column(String(64))
    enabled: Mapped[bool]
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class PluginSetting(db.Model):
    """One value of a plugin's setting on one site (`lang` is "" unless the
    setting has one value per language). Values are stored as JSON text."""

    __tablename__ = "plugin_setting"
    __table_args__ = (UniqueConstraint("site_id", "plugin", "name", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    plugin: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(8), default="")
    value: Mapped[str] = mapped_column(Text, default="null")
