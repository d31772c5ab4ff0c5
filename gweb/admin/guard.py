"""The one gate in front of every admin view."""
from __future__ import annotations

import functools

from flask import abort, g, redirect, request, url_for
from flask_login import current_user

from gweb.users.permissions import can


def has_permission(permission: str) -> bool:
    """True when the logged-in user holds `permission` on the current site
    (for showing or hiding a button; views still use permission_required)."""
    return bool(g.get("site")) and can(current_user, g.site.id, permission)


def permission_required(permission: str):
    """Views behind it need a login (else: to the login page) and
    `permission` on the current site (else: 403)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            if not current_user.is_authenticated:
                return redirect(url_for("admin.login", next=request.full_path.rstrip("?")))
            if not can(current_user, g.site.id, permission):
                abort(403)
            return view(*args, **kwargs)

        wrapper.gweb_permission = permission  # read by the authorisation matrix test
        return wrapper

    return decorator
