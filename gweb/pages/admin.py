"""The page screens of the admin: tree, editor, preview, revisions, move, delete."""
from __future__ import annotations

from types import SimpleNamespace

from flask import Blueprint, abort, flash, g, make_response, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from gweb.admin.forms import show_errors
from gweb.admin.guard import permission_required
from gweb.exceptions import ConflictError, ValidationError
from gweb.media import services as media
from gweb.pages import diff, editorial, scheduling, services
from gweb.pages.forms import ConfirmForm, MoveForm, NewPageForm, PageEditForm
from gweb.pages.lookup import PublicPage, breadcrumbs, page_href
from gweb.pages.statement import statement_facts
from gweb.pages.views import KEY_TEMPLATES
from gweb.security.params import query_int
from gweb.timeutil import local_to_utc, utc_to_local, utcnow
from gweb.users.permissions import can

bp = Blueprint("pages_admin", __name__, url_prefix="/admin/pages", template_folder="templates")
CONTENT_FIELDS = ("title", "slug", "summary", "body", "meta_description")


def _page_or_404(page_id: int | None):
    page = editorial.get_page(g.site.id, page_id) if page_id else None
    return page or abort(404)


@bp.route("/")
@permission_required("pages.edit")
def tree():
    return render_template("pages/admin/tree.html", rows=editorial.page_overview(g.site.id),
                           form=ConfirmForm())


@bp.route("/new", methods=["GET", "POST"])
@permission_required("pages.edit")
def new():
    parent = _page_or_404(query_int("parent"))
    form = NewPageForm(lang=request.args.get("lang") or g.site.default_lang)
    if form.validate_on_submit():
        try:
            page = services.create_page(
                g.site, parent, {form.lang.data: {"title": form.title.data, "slug": form.slug.data}},
                author=current_user, show_in_menus=form.show_in_menus.data)
        except ValidationError as error:
            show_errors(form, error.errors)
        else:
            flash(_("The page was created as a draft."), "info")
            return redirect(url_for(".edit", page_id=page.id, lang=form.lang.data))
    return render_template("pages/admin/new.html", form=form, parent=parent)


@bp.route("/<int:page_id>/edit/<lang:lang>", methods=["GET", "POST"])
@permission_required("pages.edit")
def edit(page_id: int, lang: str):
    page = _page_or_404(page_id)
    row = page.translation(lang)
    latest = editorial.latest_revision(page.id, lang)
    conflict = None
    if request.method == "POST":
        form = PageEditForm()
        action = request.form.get("action", "save")
        if action in ("publish", "unpublish", "send_back") \
                and not can(current_user, g.site.id, "pages.publish"):
            abort(403)
        if action == "unpublish" and form.validate():
            services.unpublish(page, lang, author=current_user)
            flash(_("The page is no longer public in this language."), "info")
            return redirect(url_for(".edit", page_id=page.id, lang=lang))
        if form.validate():
            try:
                _save(page, lang, form, action)
            except ConflictError:
                conflict = editorial.latest_revision(page.id, lang)
                form.version.data = str(page.version)  # the next save is a conscious one
            except ValidationError as error:
                show_errors(form, error.errors)
            else:
                return redirect(url_for(".edit", page_id=page.id, lang=lang))
    else:
        source = latest or row
        form = PageEditForm(
            version=str(page.version),
            **{f: getattr(source, f) for f in CONTENT_FIELDS} if source else {},
            publish_at=utc_to_local(row.scheduled_at or row.publish_at) if row else None,
            unpublish_at=utc_to_local(row.unpublish_at) if row else None)
    other_lang = next(code for code in ("lo", "en") if code != lang)
    other = editorial.latest_revision(page.id, other_lang) or page.translation(other_lang)
    return render_template("pages/admin/edit.html", page=page, row=row, form=form,
                           edit_lang=lang, other_lang=other_lang, other=other, conflict=conflict,
                           crumbs=editorial.ancestors(page))


def _save(page, lang: str, form: PageEditForm, action: str) -> None:
    fields = {f: getattr(form, f).data or "" for f in CONTENT_FIELDS}
    version = int(form.version.data) if (form.version.data or "").isdigit() else None
    if action == "send_back":
        services.send_back(page, lang, fields, author=current_user, expected_version=version)
        flash(_("Sent back to its author. It stays a draft."), "info")
        return
    publish_at = local_to_utc(form.publish_at.data)
    unpublish_at = local_to_utc(form.unpublish_at.data)
    if publish_at and unpublish_at and unpublish_at <= publish_at:
        raise ValidationError({"unpublish_at": _("The end of publication must come after its start.")})
    later = publish_at is not None and publish_at > utcnow()
    services.save_translation(page, lang, fields, author=current_user, expected_version=version,
                              publish=action == "publish" and not later,
                              submit=action == "submit", scheduled=action == "publish" and later)
    if action == "publish" and (later or unpublish_at or page.translation(lang).unpublish_at):
        scheduling.schedule(page, lang, publish_at if later else None, unpublish_at,
                            author=current_user)
    messages = {"publish": _("Scheduled.") if later else _("Published."),
                "submit": _("Sent for review. An editor will publish it."),
                "save": _("Draft saved.")}
    flash(messages.get(action, messages["save"]), "info")


@bp.route("/<int:page_id>/preview/<lang:lang>")
@permission_required("pages.edit")
def preview(page_id: int, lang: str):
    """The latest draft exactly as the public would see it, never cached or indexed."""
    page = _page_or_404(page_id)
    revision = editorial.latest_revision(page.id, lang)
    row = page.translation(lang)
    if revision is None and row is None:
        abort(404)
    source = revision or row
    shown = SimpleNamespace(**{f: getattr(source, f) for f in CONTENT_FIELDS}, lang=lang,
                            path=row.path if row else "", site_id=page.site_id,
                            last_updated=utcnow())
    public = PublicPage(page=page, translation=shown, lang=lang)
    crumbs = [(t, page_href(lang, p)) for t, p in breadcrumbs(public, utcnow())] if row else []
    html = render_template(KEY_TEMPLATES.get(page.key or "", "pages/page.html"), public=public,
                           page=page, translation=shown, alternates={}, crumbs=crumbs,
                           children=[], tree=[], preview=True,
                           statement=statement_facts(g.site, shown.last_updated)
                           if page.key == "accessibility" else None)
    response = make_response(html)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@bp.route("/<int:page_id>/revisions/<lang:lang>")
@permission_required("pages.edit")
def revisions(page_id: int, lang: str):
    page = _page_or_404(page_id)
    return render_template("pages/admin/revisions.html", page=page, edit_lang=lang,
                           revisions=editorial.revisions(page.id, lang), form=ConfirmForm())


@bp.route("/<int:page_id>/revisions/<int:revision_id>/compare")
@permission_required("pages.edit")
def compare(page_id: int, revision_id: int):
    page = _page_or_404(page_id)
    revision = editorial.get_revision(page.id, revision_id) or abort(404)
    previous = editorial.previous_revision(revision)
    return render_template("pages/admin/compare.html", page=page, revision=revision,
                           previous=previous, changes=diff.diff_revisions(previous, revision),
                           form=ConfirmForm())


@bp.route("/<int:page_id>/revisions/<int:revision_id>/restore", methods=["POST"])
@permission_required("pages.publish")
def restore(page_id: int, revision_id: int):
    page = _page_or_404(page_id)
    revision = editorial.get_revision(page.id, revision_id) or abort(404)
    if ConfirmForm().validate_on_submit():
        services.restore_revision(page, revision, author=current_user)
        flash(_("The older version is back as the newest draft. Publish it to make it public."),
              "info")
    return redirect(url_for(".edit", page_id=page.id, lang=revision.lang))


@bp.route("/<int:page_id>/move/<direction>", methods=["POST"])
@permission_required("pages.structure")
def reorder(page_id: int, direction: str):
    page = _page_or_404(page_id)
    if direction not in ("up", "down"):
        abort(404)
    if ConfirmForm().validate_on_submit():
        try:
            services.move_among_siblings(page, -1 if direction == "up" else 1, author=current_user)
        except ValidationError as error:
            flash(str(error), "error")
    return redirect(url_for(".tree") + f"#page-{page.id}")


@bp.route("/<int:page_id>/move", methods=["GET", "POST"])
@permission_required("pages.structure")
def move(page_id: int):
    page = _page_or_404(page_id)
    form = MoveForm()
    form.parent_id.choices = [
        SelectChoice(p.id, "— " * depth + _title(p)) for p, depth in editorial.page_overview(g.site.id)
        if p.id != page.id and not editorial.is_descendant(p, page)]
    if request.method == "GET":
        form.parent_id.data = page.parent_id
    if form.validate_on_submit():
        try:
            services.move_page(page, _page_or_404(form.parent_id.data), author=current_user)
        except ValidationError as error:
            show_errors(form, error.errors)
        else:
            flash(_("The page was moved."), "info")
            return redirect(url_for(".tree") + f"#page-{page.id}")
    return render_template("pages/admin/move.html", page=page, form=form)


@bp.route("/<int:page_id>/delete", methods=["GET", "POST"])
@permission_required("pages.structure")
def delete(page_id: int):
    page = _page_or_404(page_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            services.delete_page(page, author=current_user)
        except ValidationError as error:
            flash(str(error), "error")
            return redirect(url_for(".tree"))
        flash(_("The page was deleted."), "info")
        return redirect(url_for(".tree"))
    return render_template("pages/admin/delete.html", page=page, form=form,
                           descendants=editorial.descendant_count(page))


@bp.route("/media-picker/<lang:lang>")
@permission_required("pages.edit")
def media_picker(lang: str):
    """Images of the site the editor may put into a page in `lang`: those
    with alt text in that language (JSON for the editor's image dialog)."""
    found = media.library(g.site.id, kind="image", query=request.args.get("q", ""),
                          page=query_int("page", 1, minimum=1))
    return {"page": found.page, "pages": found.pages, "images": [
        {"id": m.id, "name": m.original_name, "thumb": f"/media/320/{m.stored_name}",
         "src": f"/media/960/{m.stored_name}", "alt": m.alt(lang),
         "usable": not media.missing_alt(m, [lang])} for m in found.items]}


def _title(page) -> str:
    row = page.translation(g.get("lang") or current_user.ui_lang) or \
        (page.translations[0] if page.translations else None)
    return row.title if row else str(page.id)
