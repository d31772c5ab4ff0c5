"""The e-services editor at /admin/eservices/: services and their
downtime/maintenance notices. Everything needs eservices.edit."""
from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from gweb.admin.forms import show_errors
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.i18n import current_lang
from gweb.timeutil import utcnow

from . import services
from .forms import ConfirmForm, NoticeForm, ServiceForm

bp = Blueprint("eservices_admin", __name__, url_prefix="/admin/eservices",
               template_folder="templates")


def _service_or_404(service_id: int):
    service = services.get_service(g.site.id, service_id)
    if service is None:
        abort(404)
    return service


@bp.route("/")
@permission_required("eservices.edit")
def index():
    return render_template("eservices/admin/list.html", now=utcnow(),
                           items=services.list_services(g.site.id, current_lang()),
                           public_url=services.public_url)


@bp.route("/new", methods=["GET", "POST"])
@bp.route("/<int:service_id>/edit", methods=["GET", "POST"])
@permission_required("eservices.edit")
def edit(service_id: int | None = None):
    service = _service_or_404(service_id) if service_id else None
    form = ServiceForm(data=ServiceForm.data_of(service) if service else None)
    if form.validate_on_submit():
        try:
            services.save_service(g.site.id, form.values(), user=current_user, service=service)
        except ValidationError as exc:
            show_errors(form, exc.errors)
        else:
            flash(_("The service was saved."), "info")
            return redirect(url_for(".index"))
    return render_template("eservices/admin/form.html", form=form, service=service,
                           languages=services.LANGUAGES, text_fields=services.TEXT_FIELDS)


@bp.route("/<int:service_id>/delete", methods=["GET", "POST"])
@permission_required("eservices.edit")
def delete(service_id: int):
    service = _service_or_404(service_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        services.delete_service(g.site.id, service, user=current_user)
        flash(_("The service was deleted."), "info")
        return redirect(url_for(".index"))
    return render_template("eservices/admin/delete.html", form=form, service=service)


@bp.route("/<int:service_id>/notices", methods=["GET", "POST"])
@permission_required("eservices.edit")
def notices(service_id: int):
    service = _service_or_404(service_id)
    form = NoticeForm()
    if form.validate_on_submit():
        try:
            services.add_notice(g.site.id, service, form.values(), user=current_user)
        except ValidationError as exc:
            show_errors(form, exc.errors)
        else:
            flash(_("The notice was posted."), "info")
            return redirect(url_for(".notices", service_id=service.id))
    return render_template("eservices/admin/notices.html", form=form, service=service,
                           now=utcnow(), confirm=ConfirmForm(),
                           notice_kind_label=services.notice_kind_label)


@bp.route("/notices/<int:notice_id>/delete", methods=["POST"])
@permission_required("eservices.edit")
def delete_notice(notice_id: int):
    notice = services.get_notice(g.site.id, notice_id)
    if notice is None:
        abort(404)
    service_id = notice.service_id
    if ConfirmForm().validate_on_submit():
        services.delete_notice(g.site.id, notice, user=current_user)
        flash(_("The notice was removed."), "info")
    return redirect(url_for(".notices", service_id=service_id))
