"""The media library in the admin: browse, upload, describe, replace, delete."""
from __future__ import annotations

from flask import (Blueprint, abort, current_app, flash, g, redirect, render_template, request,
                   url_for)
from flask_babel import gettext as _
from flask_login import current_user

from gweb.admin.forms import show_errors
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.media import services
from gweb.media.forms import DeleteForm, FilterForm, ReplaceForm, TextsForm, UploadForm

bp = Blueprint("media_admin", __name__, url_prefix="/admin/media", template_folder="templates")


@bp.route("/")
@permission_required("media.upload")
def index():
    form = FilterForm(request.args)
    kind = form.kind.data if form.kind.data in services.KINDS else None
    query = (form.q.data or "").strip()[:200]
    view = "list" if request.args.get("view") == "list" else "grid"
    result = services.library(g.site.id, kind=kind, query=query,
                              page=request.args.get("page", 1, type=int) or 1)
    filters = {k: v for k, v in (("q", query), ("kind", kind),
                                 ("view", "list" if view == "list" else None)) if v}
    return render_template("media/index.html", form=form, result=result, filters=filters,
                           view=view, query=query, kind=kind)


@bp.route("/upload", methods=["GET", "POST"])
@permission_required("media.upload")
def upload():
    form = UploadForm()
    if form.validate_on_submit():
        try:
            media = services.upload(
                _media_root(), g.site.id, form.file.data.stream, form.file.data.filename,
                alts=form.texts("alt"), captions=form.texts("caption"), user=current_user,
                max_bytes=current_app.config["MEDIA_MAX_BYTES"])
        except ValidationError as error:
            _show_errors(form, error.errors)
        else:
            flash(_("“%(name)s” was uploaded.", name=media.original_name), "success")
            return redirect(url_for("media_admin.edit", media_id=media.id))
    return render_template("media/upload.html", form=form,
                           max_mb=services.megabytes(current_app.config["MEDIA_MAX_BYTES"]))


@bp.route("/<int:media_id>", methods=["GET", "POST"])
@permission_required("media.upload")
def edit(media_id: int):
    media = _get_or_404(media_id)
    form = TextsForm(data=None if request.method == "POST" else _texts_data(media))
    if form.validate_on_submit():
        try:
            services.update_texts(media, form.texts("alt"), form.texts("caption"),
                                  user=current_user)
        except ValidationError as error:
            _show_errors(form, error.errors)
        else:
            flash(_("The descriptions were saved."), "success")
            return redirect(url_for("media_admin.edit", media_id=media.id))
    return render_template("media/edit.html", media=media, form=form,
                           used=services.usages(g.site.id, media),
                           widths=services.RENDITION_WIDTHS,
                           missing=services.missing_alt(media, current_app.config["LANGUAGES"]))


@bp.route("/<int:media_id>/replace", methods=["GET", "POST"])
@permission_required("media.manage")
def replace(media_id: int):
    media = _get_or_404(media_id)
    form = ReplaceForm()
    if form.validate_on_submit():
        try:
            services.replace_file(_media_root(), media, form.file.data.stream,
                                  form.file.data.filename, user=current_user,
                                  max_bytes=current_app.config["MEDIA_MAX_BYTES"])
        except ValidationError as error:
            _show_errors(form, error.errors)
        else:
            flash(_("The file was replaced; its address stays the same."), "success")
            return redirect(url_for("media_admin.edit", media_id=media.id))
    return render_template("media/replace.html", media=media, form=form,
                           max_mb=services.megabytes(current_app.config["MEDIA_MAX_BYTES"]))


@bp.route("/<int:media_id>/delete", methods=["GET", "POST"])
@permission_required("media.manage")
def delete(media_id: int):
    media = _get_or_404(media_id)
    form = DeleteForm()
    if form.validate_on_submit():
        name = media.original_name
        try:
            services.delete_media(_media_root(), media, user=current_user,
                                  confirm_in_use=bool(form.confirm.data))
        except ValidationError as error:
            _show_errors(form, error.errors)
        else:
            flash(_("“%(name)s” was deleted.", name=name), "success")
            return redirect(url_for("media_admin.index"))
    return render_template("media/delete.html", media=media, form=form,
                           used=services.usages(g.site.id, media))


def filesize(size: int | None) -> str:
    """A byte count as a short size: 930 B, 12 KB, 3.4 MB."""
    size = size or 0
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@bp.context_processor
def media_admin_context():
    return {"page_edit_url": _page_edit_url, "filesize": filesize,
            "missing_alt": services.missing_alt}


def _page_edit_url(translation) -> str:
    """The page editor for a page translation, or its public address when
    the page editor is not installed."""
    if "pages_admin.edit" in current_app.view_functions:
        return url_for("pages_admin.edit", page_id=translation.page_id, lang=translation.lang)
    return f"/{translation.lang}/{translation.path}"


def _media_root() -> str:
    return current_app.config["MEDIA_ROOT"]


def _get_or_404(media_id: int):
    """Only this site's media is ever reachable."""
    return services.get_media(g.site.id, media_id) or abort(404)


def _texts_data(media) -> dict:
    data = {}
    for t in media.translations:
        data[f"alt_{t.lang}"], data[f"caption_{t.lang}"] = t.alt, t.caption
    return data


def _show_errors(form, errors: dict[str, str]) -> None:
    # A service's "alt" error is about the site's default language.
    show_errors(form, errors, {"alt": f"alt_{g.site.default_lang}"})
