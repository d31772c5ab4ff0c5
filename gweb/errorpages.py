"""Error pages in the visitor's language: never a traceback, never a bare 500."""
import logging

from flask import Flask, g, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from gweb import i18n

log = logging.getLogger("gweb")
SHOWN = (400, 403, 404, 405, 410, 413, 429, 500, 503)


def register(app: Flask) -> None:
    """Render HTTP errors with the standard theme, in the right language."""

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        return _render(error), error.code

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _render(InternalServerError()), 500


def _render(error: HTTPException) -> str:
    # The language comes from the URL when the router did not get that far.
    if not g.get("lang"):
        first = request.path.strip("/").split("/", 1)[0]
        if i18n.is_language(first):
            g.lang = first
    code = error.code if error.code in SHOWN else 500
    try:
        return render_template("errors/error.html", code=code, error=error)
    except Exception:  # the theme itself failed: fall back to plain text
        log.exception("error page failed to render")
        return f"Error {code}"
