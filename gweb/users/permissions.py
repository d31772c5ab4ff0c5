"""What each role may do: one table, one check, used by every admin view."""
from __future__ import annotations

from flask import current_app

from gweb.users.models import ROLES

# permission -> the lowest role that has it (roles rise author < editor < admin)
PERMISSIONS = {
    "admin.access": "author",
    "pages.edit": "author",          # create pages and save drafts, submit for review
    "pages.publish": "editor",       # publish, unpublish, schedule, restore revisions
    "pages.structure": "editor",     # move, reorder, delete
    "menus.edit": "editor",
    "media.upload": "author",
    "media.manage": "editor",        # replace and delete files
    "users.manage": "admin",
    "site.settings": "admin",
    "audit.view": "admin",
    "plugins.manage": "admin",     # switch plugins on or off for the site, edit their settings
    "network.manage": "superadmin",  # every site of the installation (no site role has it)
}
# The level above every site role: only accounts with is_superadmin reach it.
SUPERADMIN = "superadmin"
# Plugins add their own ("<plugin>.<what>") through `gweb_permissions`; the
# app keeps them in app.extensions[PLUGIN_PERMISSIONS_KEY].
PLUGIN_PERMISSIONS_KEY = "gweb.permissions"


def minimum_role(permission: str) -> str:
    """The lowest role that holds `permission`; KeyError for an unknown name
    (a typo is an error, never a silent yes)."""
    if permission in PERMISSIONS:
        return PERMISSIONS[permission]
    return current_app.extensions.get(PLUGIN_PERMISSIONS_KEY, {})[permission]


def can(user, site_id: int | None, permission: str) -> bool:
    """True when `user` holds `permission` on the site (superadmins hold all)."""
    if user is None or not getattr(user, "is_authenticated", False) or site_id is None:
        return False
    minimum = minimum_role(permission)
    if minimum == SUPERADMIN:
        return bool(user.is_superadmin)
    role = user.role_on(site_id)
    return role is not None and ROLES.index(role) >= ROLES.index(minimum)
