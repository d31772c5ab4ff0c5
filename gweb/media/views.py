"""Serving uploaded files: /media/<name> and /media/<width>/<name>."""
import os

from flask import Blueprint, abort, current_app, g, send_file

from gweb.exceptions import ValidationError
from gweb.media import services

bp = Blueprint("media", __name__, url_prefix="/media")


@bp.route("/<name>")
def original(name: str):
    media = services.find_media(g.site.id, name) or abort(404)
    return _send(services.original_path(current_app.config["MEDIA_ROOT"], media), media)


@bp.route("/<int:width>/<name>")
def rendition(width: int, name: str):
    media = services.find_media(g.site.id, name) or abort(404)
    try:
        path = services.rendition_path(current_app.config["MEDIA_ROOT"], media, width)
    except ValidationError:
        abort(404)
    return _send(path, media)


def _send(path: str, media):
    if not os.path.isfile(path):
        abort(404)
    response = send_file(path, mimetype=media.mime_type, max_age=365 * 24 * 3600,
                         download_name=media.original_name,
                         as_attachment=media.kind != "image")
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
