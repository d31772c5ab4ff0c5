"""Every core model, imported so that SQLAlchemy and Alembic know all tables."""
from gweb.audit.models import AuditEvent
from gweb.hooks.models import PluginSetting, PluginState, SitePlugin
from gweb.mail.models import OutgoingMail
from gweb.media.models import Media, MediaTranslation
from gweb.menus.models import Menu, MenuItem, MenuItemTranslation
from gweb.pages.models import Page, PageRevision, PageTranslation
from gweb.search.models import SearchDocument
from gweb.sites.models import Site, SiteDomain, SiteTranslation
from gweb.twofactor.models import RecoveryCode, SitePolicy, TotpDevice
from gweb.users.models import SiteRole, User

__all__ = ["AuditEvent", "Media", "MediaTranslation", "Menu", "MenuItem", "MenuItemTranslation", "OutgoingMail", "Page",
           "PageRevision", "PageTranslation", "PluginSetting", "PluginState", "RecoveryCode", "SearchDocument", "Site", "SiteDomain",
           "SitePolicy", "SiteTranslation", "SiteRole", "SitePlugin", "TotpDevice", "User"]
