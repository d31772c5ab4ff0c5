"""What each role may do: one table, one check, used by every admin view."""
from __future__ import annotations

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
}


def can(user, site_id: int | None, permission: str) -> bool:
    """True when `user` holds `permission` on the site (superadmins hold all)."""
    if user is None or not getattr(user, "is_authenticated", False) or site_id is None:
        return False
    minimum = PERMISSIONS[permission]  # a typo is a KeyError, never a silent yes
    role = user.role_on(site_id)
    return role is not None and ROLES.index(role) >= ROLES.index(minimum)
