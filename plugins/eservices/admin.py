"""The e-services editor at /admin/eservices/: services and their
downtime/maintenance notices. Everything needs eservices.edit."""
from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from gweb.admin.forms import save_and_redirect
from gweb.admin.guard import permission_required
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
    done = save_and_redirect(form, lambda: services.save_service(
        g.site.id, form.values(), user=current_user, service=service),
        _("The service was saved."), url_for(".index"))
    return done or render_template("eservices/admin/form.html", form=form, service=service,
                                   languages=services.LANGUAGES, text_fields=services.TEXT_FIELDS)


@bp.route("/<int:service_id>/delete", methods=["GET", "POST"])
@permission_required("eservices.edit")
def delete(service_id: int):
    service = _service_or_404(service_id)
    form = ConfirmForm()
    done = save_and_redirect(form, lambda: services.delete_service(
        g.site.id, service, user=current_user), _("The service was deleted."), url_for(".index"))
    return done or render_template("eservices/admin/delete.html", form=form, service=service)


@bp.route("/<int:service_id>/notices", methods=["GET", "POST"])
@permission_required("eservices.edit")
def notices(service_id: int):
    service = _service_or_404(service_id)
    form = NoticeForm()
    done = save_and_redirect(form, lambda: services.add_notice(
        g.site.id, service, form.values(), user=current_user),
        _("The notice was posted."), url_for(".notices", service_id=service.id))
    return done or render_template("eservices/admin/notices.html", form=form, service=service,
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
