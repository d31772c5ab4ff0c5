"""Switching plugins on and off, for the installation and for each site.

The installation's choice is read once, when the app starts (a plugin that
is off is never imported); a site's choice is read on each request, so a
site admin's switch takes effect at once.
"""
from __future__ import annotations

import logging

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from gweb.audit import services as audit
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks.models import PluginState, SitePlugin
from gweb.timeutil import utcnow

log = logging.getLogger("gweb.plugins")

# Names a plugin may not take: its URLs (/<name>/, /admin/<name>/) would
# collide with the core's.
RESERVED_NAMES = frozenset({
    "admin", "api", "audit", "gweb", "healthz", "hooks", "media", "menus", "pages",
    "plugins", "robots", "search", "sitemap", "sites", "static", "users",
})


def installation_states(engine) -> dict[str, bool]:
    """Plugin name -> on/off as chosen for the installation, read with `engine`
    (used while the app starts). Empty when the table does not exist yet
    (before the first `gweb db upgrade`)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(PluginState.name, PluginState.enabled))
            return {name: bool(enabled) for name, enabled in rows}
    except SQLAlchemyError:
        return {}


def set_installation_state(name: str, enabled: bool, user=None) -> None:
    """Switch plugin `name` on or off for the whole installation. Takes effect
    when gweb next starts; the plugin's data is kept either way."""
    state = db.session.get(PluginState, name)
    if state is None:
        state = PluginState(name=name, enabled=enabled)
        db.session.add(state)
    state.enabled, state.changed_at = enabled, utcnow()
    audit.record(None, user, "plugin.enable" if enabled else "plugin.disable",
                 "plugin", None, summary=name)
    db.session.commit()


def site_states(site_id: int) -> dict[str, bool]:
    """Plugin name -> on/off as chosen by the site; plugins without a choice
    are not listed (they are on)."""
    rows = db.session.execute(select(SitePlugin.plugin, SitePlugin.enabled)
                              .where(SitePlugin.site_id == site_id))
    return {name: bool(enabled) for name, enabled in rows}


def plugins_off_for_site(site_id: int) -> frozenset[str]:
    """Names of the plugins a site has switched off."""
    return frozenset(name for name, on in site_states(site_id).items() if not on)


def set_site_state(site_id: int, name: str, enabled: bool, loaded: list[str], user=None) -> None:
    """Switch plugin `name` on or off for one site. `loaded` lists the plugins
    running in this installation; only those can be switched."""
    if name not in loaded:
        raise ValidationError(_("This plugin is not enabled for the installation."))
    row = db.session.execute(select(SitePlugin).where(
        SitePlugin.site_id == site_id, SitePlugin.plugin == name)).scalar_one_or_none()
    if row is None:
        row = SitePlugin(site_id=site_id, plugin=name, enabled=enabled)
        db.session.add(row)
    row.enabled, row.changed_at = enabled, utcnow()
    audit.record(site_id, user, "plugin.site_on" if enabled else "plugin.site_off",
                 "plugin", None, summary=name)
    db.session.commit()


def effective_enabled(found: list[str], configured, disabled, states: dict[str, bool]) -> set[str]:
    """Which of the `found` plugins run: the installation's recorded choice
    when there is one, else the PLUGINS_ENABLED setting (`configured`, a list
    or "*"); PLUGINS_DISABLED (`disabled`) always wins."""
    wanted = set()
    for name in found:
        if name in states:
            on = states[name]
        else:
            on = configured == "*" or name in configured
        if on and name not in disabled:
            wanted.add(name)
    return wanted
