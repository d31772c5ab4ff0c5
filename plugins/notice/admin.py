"""The banner editor at /admin/notice/: list, add, edit, delete."""
from flask import Blueprint, abort, g, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from gweb.admin.forms import save_and_redirect
from gweb.admin.guard import permission_required
from gweb.timeutil import utcnow

from . import services
from .forms import BannerForm, ConfirmForm

bp = Blueprint("notice_admin", __name__, url_prefix="/admin/notice", template_folder="templates")


def _banner_or_404(banner_id: int):
    banner = services.get_banner(g.site.id, banner_id)
    if banner is None:
        abort(404)
    return banner


@bp.route("/")
@permission_required("notice.edit")
def index():
    return render_template("notice/admin/list.html", banners=services.list_banners(g.site.id),
                           now=utcnow())


@bp.route("/new", methods=["GET", "POST"])
@bp.route("/<int:banner_id>/edit", methods=["GET", "POST"])
@permission_required("notice.edit")
def edit(banner_id: int | None = None):
    banner = _banner_or_404(banner_id) if banner_id else None
    form = BannerForm(data=BannerForm.data_of(banner) if banner else None)
    done = save_and_redirect(form, lambda: services.save_banner(
        g.site.id, form.values(), user=current_user, banner=banner),
        _("The banner was saved."), url_for(".index"))
    return done or render_template("notice/admin/form.html", form=form, banner=banner)


@bp.route("/<int:banner_id>/delete", methods=["GET", "POST"])
@permission_required("notice.edit")
def delete(banner_id: int):
    banner = _banner_or_404(banner_id)
    form = ConfirmForm()
    done = save_and_redirect(form, lambda: services.delete_banner(
        g.site.id, banner, user=current_user), _("The banner was deleted."), url_for(".index"))
    return done or render_template("notice/admin/delete.html", form=form, banner=banner)
