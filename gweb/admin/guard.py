"""The one gate in front of every admin view."""
from __future__ import annotations

import functools

from flask import abort, flash, g, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from gweb.twofactor.services import enrolment_missing
from gweb.users.permissions import can


def has_permission(permission: str) -> bool:
    """True when the logged-in user holds `permission` on the current site
    (for showing or hiding a button; views still use permission_required)."""
    return bool(g.get("site")) and can(current_user, g.site.id, permission)


def permission_required(permission: str, *, before_two_factor: bool = False):
    """Views behind it need a login (else: to the login page), `permission`
    on the current site (else: 403) and, where the site requires two-factor
    authentication, to have it on (else: to its set-up), unless the view is
    part of that set-up (`before_two_factor`)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            if not current_user.is_authenticated:
                return redirect(url_for("admin.login", next=request.full_path.rstrip("?")))
            if not can(current_user, g.site.id, permission):
                abort(403)
            if not before_two_factor and enrolment_missing(current_user, g.site.id):
                flash(_("This site requires two-factor authentication. Set it up to continue."),
                      "error")
                return redirect(url_for("twofactor.account"))
            return view(*args, **kwargs)

        wrapper.gweb_permission = permission  # read by the authorisation matrix test
        return wrapper

    return decorator
