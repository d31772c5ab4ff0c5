"""Static files (the core's and every plugin's) kept by browsers for a year:
`url_for('static', ...)` and `url_for('<plugin>_static.static', ...)` add
`?v=` and the first characters of the file's SHA-256, and an answer to a
URL whose `v` matches the file as it is now says `immutable`. A changed
file gets a new address, so nobody keeps an old stylesheet."""
from __future__ import annotations

import hashlib
import os

from flask import Flask, current_app, request

EXTENSION_KEY = "gweb.assets"
YEAR = 365 * 24 * 3600


def _is_static(endpoint: str | None) -> bool:
    return bool(endpoint) and (endpoint == "static" or endpoint.endswith(".static"))


def _folder(app: Flask, endpoint: str) -> str | None:
    if endpoint == "static":
        return app.static_folder
    blueprint = app.blueprints.get(endpoint.rsplit(".", 1)[0])
    return blueprint.static_folder if blueprint is not None else None


def file_version(app: Flask, endpoint: str, filename: str) -> str | None:
    """The short content hash of a static file (None when it does not exist).
    Hashed once per file and change of its modification time."""
    folder = _folder(app, endpoint)
    if not folder:
        return None
    path = os.path.join(folder, filename)
    try:
        stamp = os.stat(path).st_mtime_ns
    except (OSError, ValueError):
        return None
    known = app.extensions[EXTENSION_KEY]
    cached = known.get(path)
    if cached is None or cached[0] != stamp:
        with open(path, "rb") as handle:
            cached = (stamp, hashlib.sha256(handle.read()).hexdigest()[:12])
        known[path] = cached
    return cached[1]


def init_app(app: Flask) -> None:
    """Version static URLs and let browsers keep versioned files."""
    app.extensions[EXTENSION_KEY] = {}

    @app.url_defaults
    def _add_version(endpoint, values):
        if _is_static(endpoint) and "v" not in values and values.get("filename"):
            version = file_version(current_app, endpoint, values["filename"])
            if version:
                values["v"] = version

    @app.after_request
    def _keep_for_a_year(response):
        given = request.args.get("v")
        if (given and response.status_code == 200 and _is_static(request.endpoint)
                and given == file_version(current_app, request.endpoint,
                                          request.view_args.get("filename", ""))):
            response.cache_control.public = True
            response.cache_control.max_age = YEAR
            response.cache_control.immutable = True
            response.cache_control.no_cache = None
            response.expires = None
        return response
