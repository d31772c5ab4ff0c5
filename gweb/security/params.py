"""Values from URLs, query strings and forms kept within what the database
can take: an id or page number past the range of an INTEGER column, or a
NUL character in a string, would make the query itself fail (a 500, or a 503
on PostgreSQL) instead of finding nothing."""
from __future__ import annotations

from flask import Flask, abort, request
from werkzeug.routing import IntegerConverter

# The largest value of an INTEGER column on PostgreSQL (int4); SQLite's is larger.
MAX_ID = 2**31 - 1


class IntegerIdConverter(IntegerConverter):
    """`<int:...>` in a URL rule: a number past MAX_ID does not match (404),
    like any id that does not exist."""

    def __init__(self, map, *args, **kwargs):  # noqa: A002 (werkzeug's name)
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def query_int(name: str, default: int | None = None, *, minimum: int | None = None,
              maximum: int = MAX_ID) -> int | None:
    """The query-string argument `name` as a whole number between `minimum`
    and `maximum`, else `default` (missing, not a number, or out of range)."""
    value = request.args.get(name, type=int)
    if value is None or value > maximum or (minimum is not None and value < minimum):
        return default
    return value


def _refuse_nul_characters():
    # No text anyone types holds U+0000; PostgreSQL refuses it in any string,
    # so a request carrying one would fail deep inside a query. Refused here.
    if request.method in ("POST", "PUT", "PATCH"):
        values = [*request.args.values(), *request.form.values()]
    else:
        query = request.query_string
        if b"%00" not in query and b"\x00" not in query:
            return None  # the query cannot hold one: no need to parse it
        values = list(request.args.values())
    if any("\x00" in value for value in values):
        abort(400)
    return None


def init_app(app: Flask) -> None:
    """Refuse requests with a NUL character in a query or form value (400)."""
    app.before_request(_refuse_nul_characters)
