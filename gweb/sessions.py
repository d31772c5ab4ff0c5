"""The session cookie: signed (Flask's), HttpOnly, SameSite=Lax, and Secure
whenever the request came over HTTPS, so one installation works both on a
plain-HTTP office network and behind an HTTPS proxy."""
from flask import has_request_context, request
from flask.sessions import SecureCookieSessionInterface


class GwebSessionInterface(SecureCookieSessionInterface):
    def get_cookie_secure(self, app) -> bool:
        if app.config.get("SESSION_COOKIE_SECURE"):
            return True
        return has_request_context() and request.is_secure

    def save_session(self, app, session, response) -> None:
        # Flask adds "Vary: Cookie" whenever the session was read, and every
        # request reads it (Flask-Login looks for a user id in it before each
        # view, through session_timeout). A visitor who sent no session cookie
        # and got none back saw nothing that depends on one: leave Vary off,
        # so that shared caches may keep public pages.
        if not session and not session.modified \
                and self.get_cookie_name(app) not in request.cookies:
            return
        super().save_session(app, session, response)
