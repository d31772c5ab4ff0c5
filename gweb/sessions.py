"""The session cookie: signed (Flask's), HttpOnly, SameSite=Lax, and Secure
whenever the request came over HTTPS, so one installation works both on a
plain-HTTP office network and behind an HTTPS proxy."""
from flask import has_request_context, request
from flask.sessions import SecureCookieSessionInterface


class GwebSessionInterface(SecureCookieSessionInterface):
    def open_session(self, app, request):
        # A visitor without the cookie gets a new, empty session, as Flask's
        # own open_session gives, without making a signing serializer first.
        if app.secret_key and not request.cookies.get(self.get_cookie_name(app)):
            return self.session_class()
        return super().open_session(app, request)

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
