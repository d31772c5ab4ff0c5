"""Error pages in the visitor's language: never a traceback, never a bare 500.

Every request carries an id (X-Request-ID, kept from a trusted proxy when it
is well formed) that is logged with its errors and shown on the 500 page, so
that a visitor's report leads to the log line. A database that does not
answer gives 503 with Retry-After, not a traceback.
"""
import logging
import re
import uuid

from flask import Flask, g, has_request_context, render_template, request
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError, ServiceUnavailable

from gweb import i18n

log = logging.getLogger("gweb")
SHOWN = (400, 403, 404, 405, 410, 413, 429, 500, 503)
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
RETRY_AFTER_SECONDS = 30


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every log record ("-" outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True


def register(app: Flask) -> None:
    """Render HTTP errors with the standard theme, in the right language."""

    @app.before_request
    def _request_id():
        given = request.headers.get("X-Request-ID", "")
        g.request_id = given if REQUEST_ID.match(given) else uuid.uuid4().hex[:16]

    @app.after_request
    def _echo_request_id(response):
        if g.get("request_id"):
            response.headers.setdefault("X-Request-ID", g.request_id)
        return response

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        return _render(error), error.code

    @app.errorhandler(OperationalError)
    @app.errorhandler(DBAPIError)
    def _database_down(error: Exception):
        log.error("database unavailable on %s %s [request %s]: %s", request.method,
                  request.path, g.get("request_id", "-"), error)
        return _render(ServiceUnavailable()), 503, {"Retry-After": str(RETRY_AFTER_SECONDS)}

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        log.exception("unhandled error on %s %s [request %s]", request.method, request.path,
                      g.get("request_id", "-"))
        return _render(InternalServerError()), 500


def _render(error: HTTPException) -> str:
    # The language comes from the URL when the router did not get that far.
    if not g.get("lang"):
        first = request.path.strip("/").split("/", 1)[0]
        if i18n.is_language(first):
            g.lang = first
    code = error.code if error.code in SHOWN else 500
    try:
        return render_template("errors/error.html", code=code, error=error,
                               request_id=g.get("request_id"))
    except Exception:  # the theme itself failed (the database is down?): plain text
        log.exception("error page failed to render")
        return f"Error {code}" + (f" (reference {g.request_id})" if g.get("request_id") else "")
