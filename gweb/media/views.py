"""Serving uploaded files.

    /media/<stored name>              the original
    /media/<width>/<stored name>      an image rendition in the original's format
    /media/<width>/<stem>.webp        the same rendition as WebP

A file can be replaced under the same address, so responses are cached for
an hour only and must then be revalidated: the ETag is the file's SHA-256
(plus width and format for renditions) and a matching If-None-Match gets 304.
"""
import os

from flask import Blueprint, abort, current_app, g, send_file

from gweb.exceptions import ValidationError
from gweb.media import services

bp = Blueprint("media", __name__, url_prefix="/media")
MAX_AGE = 3600


@bp.route("/<name>")
def original(name: str):
    media = services.find_media(g.site.id, name) or abort(404)
    return _send(services.original_path(current_app.config["MEDIA_ROOT"], media), media,
                 etag=media.sha256)


@bp.route("/<int:width>/<name>")
def rendition(width: int, name: str):
    media, webp = services.find_media(g.site.id, name), False
    if media is None and name.endswith(".webp"):
        media, webp = services.find_image_by_stem(g.site.id, name[:-len(".webp")]), True
    if media is None:
        abort(404)
    try:
        path = services.rendition_path(current_app.config["MEDIA_ROOT"], media, width, webp=webp)
    except (ValidationError, FileNotFoundError):  # not a rendition width, or no original
        abort(404)
    except OSError:  # an unreadable original or a full disk: say so in the log, not to visitors
        current_app.logger.exception("cannot make rendition %s of %s", width, media.stored_name)
        abort(404)
    return _send(path, media, etag=f"{media.sha256[:40]}-{width}{'-webp' if webp else ''}",
                 mimetype="image/webp" if webp else None)


def _send(path: str, media, etag: str, mimetype: str | None = None):
    if not os.path.isfile(path):
        abort(404)
    download_name = media.original_name
    if mimetype == "image/webp":
        download_name = download_name.rsplit(".", 1)[0] + ".webp"
    response = send_file(path, mimetype=mimetype or media.mime_type, max_age=MAX_AGE,
                         etag=etag, download_name=download_name,
                         as_attachment=media.kind != "image")
    response.cache_control.must_revalidate = True
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
