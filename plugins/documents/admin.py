"""The documents editor at /admin/documents/: list, add, edit, delete,
relations, PDF files, issuing bodies and categories. Every view needs
documents.edit (editors and admins)."""
from __future__ import annotations

from flask import (Blueprint, abort, current_app, flash, g, redirect, render_template, request,
                   url_for)
from flask_babel import gettext as _
from flask_login import current_user

from gweb.admin.forms import save_and_redirect
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.i18n import LANGUAGE_NAMES

from . import attachments, relations, services
from .forms import (AttachmentForm, ConfirmForm, DocumentForm, FilterForm, RelationForm,
                    TermForm, choices)
from .labels import RELATION_LABELS, STATUS_LABELS, TYPE_LABELS
from .models import LANGS
from .views import filesize, grouped

bp = Blueprint("documents_admin", __name__, url_prefix="/admin/documents",
               template_folder="templates")
PERMISSION = "documents.edit"


@bp.context_processor
def labels():
    return {"TYPE_LABELS": TYPE_LABELS, "STATUS_LABELS": STATUS_LABELS,
            "RELATION_LABELS": RELATION_LABELS, "filesize": filesize}


def _document_or_404(document_id: int):
    return services.get_document(g.site.id, document_id) or abort(404)


def _lang() -> str:
    from gweb.i18n import current_lang

    return current_lang()


@bp.route("/")
@permission_required(PERMISSION)
def index():
    form = FilterForm(request.args)
    documents = services.admin_list(g.site.id, form.q.data or "", form.type.data or None,
                                    form.status.data or None)
    return render_template("documents/admin/list.html", form=form, documents=documents)


@bp.route("/new", methods=["GET", "POST"])
@bp.route("/<int:document_id>/edit", methods=["GET", "POST"])
@permission_required(PERMISSION)
def edit(document_id: int | None = None):
    document = _document_or_404(document_id) if document_id else None
    form = DocumentForm(data=DocumentForm.data_of(document) if document else None)
    lang = _lang()
    bodies = services.list_terms(g.site.id, "body", lang)
    names = [(str(b.id), b.name(lang)) for b in bodies]
    form.issuer_id.choices = choices([("", _("Choose…")), *names])
    form.agency_id.choices = choices([("", _("None")), *names])
    form.category_ids.choices = choices((str(c.id), c.name(lang))
                                        for c in services.list_terms(g.site.id, "category", lang))
    done = save_and_redirect(form, lambda: services.save_document(
        g.site.id, form.values(), user=current_user, document=document),
        _("The document was saved."), url_for(".index"), "success")
    return done or render_template("documents/admin/form.html", form=form, document=document,
                                   has_bodies=bool(bodies))


@bp.route("/<int:document_id>/delete", methods=["GET", "POST"])
@permission_required(PERMISSION)
def delete(document_id: int):
    document = _document_or_404(document_id)
    form = ConfirmForm()
    done = save_and_redirect(form, lambda: services.delete_document(
        g.site.id, document, user=current_user), _("The document was deleted."),
        url_for(".index"), "success")
    return done or render_template("documents/admin/delete.html", form=form, document=document,
                                   related=relations.relations_of(document))


@bp.route("/<int:document_id>/relations", methods=["GET", "POST"])
@permission_required(PERMISSION)
def related(document_id: int):
    document = _document_or_404(document_id)
    form = RelationForm()
    lang = _lang()
    form.target_id.choices = choices([("", _("Choose…"))] + [
        (str(d.id), " ".join(p for p in (str(TYPE_LABELS[d.doc_type]), d.number) if p)
         + " · " + d.title(lang)) for d in relations.candidates(document)])
    done = save_and_redirect(form, lambda: relations.add_relation(
        g.site.id, document, form.target_id.data, form.kind.data, user=current_user),
        _("The relation was added."), url_for(".related", document_id=document.id), "success")
    return done or render_template("documents/admin/relations.html", document=document, form=form,
                                   groups=grouped(relations.relations_of(document)),
                                   confirm=ConfirmForm())


@bp.route("/<int:document_id>/relations/<int:relation_id>/delete", methods=["POST"])
@permission_required(PERMISSION)
def unrelate(document_id: int, relation_id: int):
    document = _document_or_404(document_id)
    relation = relations.get_relation(g.site.id, document, relation_id) or abort(404)
    if ConfirmForm().validate_on_submit():
        relations.remove_relation(g.site.id, relation, user=current_user)
        flash(_("The relation was removed."), "success")
    return redirect(url_for(".related", document_id=document.id))


@bp.route("/<int:document_id>/files", methods=["GET", "POST"])
@permission_required(PERMISSION)
def files(document_id: int):
    document = _document_or_404(document_id)
    form = AttachmentForm()
    form.lang.choices = choices((code, LANGUAGE_NAMES[code]) for code in LANGS)
    max_bytes = current_app.config.get("MEDIA_MAX_BYTES", 20 * 1024 * 1024)

    def upload():
        sent = form.file.data
        if not sent or not getattr(sent, "filename", ""):
            raise ValidationError({"file": _("Choose a PDF file to upload.")})
        attachments.attach_pdf(current_app.config["MEDIA_ROOT"], g.site.id, document,
                               form.lang.data, sent.stream, sent.filename,
                               user=current_user, max_bytes=max_bytes)

    done = save_and_redirect(form, upload, _("The PDF was uploaded."),
                             url_for(".files", document_id=document.id), "success")
    return done or render_template("documents/admin/files.html", document=document, form=form,
                                   confirm=ConfirmForm(), max_mb=max_bytes // (1024 * 1024))


@bp.route("/<int:document_id>/files/<lang_code>/delete", methods=["POST"])
@permission_required(PERMISSION)
def detach(document_id: int, lang_code: str):
    document = _document_or_404(document_id)
    if lang_code not in LANGS:
        abort(404)
    if ConfirmForm().validate_on_submit():
        attachments.remove_pdf(current_app.config["MEDIA_ROOT"], g.site.id, document,
                               lang_code, user=current_user)
        flash(_("The PDF was removed."), "success")
    return redirect(url_for(".files", document_id=document.id))


# -- issuing bodies and categories ------------------------------------------------

TERM_KINDS = {"bodies": "body", "categories": "category"}


@bp.route("/<any(bodies, categories):kinds>/", methods=["GET", "POST"])
@bp.route("/<any(bodies, categories):kinds>/<int:term_id>", methods=["GET", "POST"])
@permission_required(PERMISSION)
def terms(kinds: str, term_id: int | None = None):
    kind = TERM_KINDS[kinds]
    term = services.get_term(g.site.id, kind, term_id) if term_id else None
    if term_id and term is None:
        abort(404)
    form = TermForm(data={"name_lo": term.name_lo, "name_en": term.name_en} if term else None)
    done = save_and_redirect(form, lambda: services.save_term(
        g.site.id, kind, {"name_lo": form.name_lo.data, "name_en": form.name_en.data},
        user=current_user, term=term), _("The list was saved."), url_for(".terms", kinds=kinds),
        "success")
    return done or render_template("documents/admin/terms.html", kinds=kinds, kind=kind, form=form,
                                   term=term, terms=services.list_terms(g.site.id, kind, _lang()),
                                   confirm=ConfirmForm())


@bp.route("/<any(bodies, categories):kinds>/<int:term_id>/delete", methods=["POST"])
@permission_required(PERMISSION)
def delete_term(kinds: str, term_id: int):
    kind = TERM_KINDS[kinds]
    term = services.get_term(g.site.id, kind, term_id) or abort(404)
    if ConfirmForm().validate_on_submit():
        try:
            services.delete_term(g.site.id, kind, term, user=current_user)
        except ValidationError as exc:
            for message in exc.errors.values():
                flash(message, "error")
        else:
            flash(_("It was deleted from the list."), "success")
    return redirect(url_for(".terms", kinds=kinds))
