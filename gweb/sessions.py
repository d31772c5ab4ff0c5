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
