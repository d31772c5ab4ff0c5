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
        entries.append({**item, "url": url_for(item["endpoint"]), "current": False})
    # The entry whose address is the longest prefix of this page is the current one.
    matching = [e for e in entries if request.path == e["url"] or (
        e["url"] != url_for("admin.dashboard") and request.path.startswith(e["url"]))]
    if matching:
        max(matching, key=lambda e: len(e["url"]))["current"] = True
    return sorted(entries, key=lambda e: e.get("order", 100))
