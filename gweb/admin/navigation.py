"""The admin sidebar, gathered from every package's `gweb_admin_menu_items`."""
from __future__ import annotations

from flask import g, request, url_for
from flask_login import current_user

from gweb.hooks.manager import plugin_host
from gweb.users.permissions import can


def sidebar() -> list[dict]:
    """Entries the current user may use on the current site, in order, with
    `url` and `current` filled in."""
    entries = []
    for item in plugin_host().call_flat("gweb_admin_menu_items", user=current_user):
        if not can(current_user, g.site.id, item.get("permission", "admin.access")):
            continue
        url = url_for(item["endpoint"])
        entries.append({**item, "url": url,
                        "current": request.path == url or (
                            url != url_for("admin.dashboard") and request.path.startswith(url))})
    return sorted(entries, key=lambda e: e.get("order", 100))
