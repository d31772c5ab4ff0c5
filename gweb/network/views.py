"""The network administration at /admin/network/: every site of the
installation with its health, creating, suspending, resuming and deleting
sites, and people's roles across sites. Super-admins only; everyone else
gets 403. /admin/my-sites lists the sites a person works on."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from wtforms import SelectChoice

from gweb.admin.forms import show_errors
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.mail import services as mail
from gweb.network import services
from gweb.network.forms import ActionForm, CreateSiteForm, DeleteSiteForm, DomainForm, RolesForm
from gweb.sites.checks import check_site
from gweb.sites.models import Site
from gweb.users.forms import ROLE_LABELS
from gweb.users.models import User

bp = Blueprint("network", __name__, url_prefix="/admin", template_folder="templates")
MANAGE = "network.manage"


def _site_or_404(site_id: int) -> Site:
    site = db.session.get(Site, site_id)
    if site is None:
        abort(404)
    return site


def _errors_of(exc: ValidationError) -> list[str]:
    return list(exc.errors.values()) if isinstance(exc.errors, dict) else [str(exc)]


@bp.route("/network/")
@permission_required(MANAGE)
def index():
    return render_template("network/index.html", rows=services.overview(), action=ActionForm(),
                           mail_on=mail.mail_enabled(current_app.config),
                           mail_counts=mail.outbox_counts(), mail_failure=mail.last_given_up())


@bp.route("/network/new", methods=["GET", "POST"])
@permission_required(MANAGE)
def create():
    form = CreateSiteForm()
    form.template.choices = [SelectChoice("", _("The standard structure only"))] + [
        SelectChoice(str(s.id), f"{s.primary_domain} — {s.name(current_user.ui_lang)}")
        for s in services.all_sites()]
    if form.validate_on_submit():
        template = db.session.get(Site, int(form.template.data)) \
            if (form.template.data or "").isdigit() else None
        try:
            site = services.create_network_site(
                form.domain.data, {"lo": form.name_lo.data or "", "en": form.name_en.data or ""},
                template=template, copy_plugins=form.copy_plugins.data,
                copy_menus=form.copy_menus.data, default_lang=form.default_lang.data,
                actor=current_user)
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors, {"default_lang": "default_lang"})
        else:
            flash(_("The site %(domain)s has been created with the standard structure.",
                    domain=site.primary_domain), "info")
            return redirect(url_for("network.show", site_id=site.id))
    return render_template("network/create.html", form=form)


@bp.route("/network/sites/<int:site_id>")
@permission_required(MANAGE)
def show(site_id: int):
    site = _site_or_404(site_id)
    return render_template("network/site.html", target=site, problems=check_site(site),
                           action=ActionForm(), domain_form=DomainForm(),
                           is_current=site.id == g.site.id)


@bp.route("/network/sites/<int:site_id>/domains", methods=["POST"])
@permission_required(MANAGE)
def domains(site_id: int):
    """Add a domain to a site, remove one, or make one primary."""
    site = _site_or_404(site_id)
    form = DomainForm()
    if form.validate_on_submit():
        try:
            services.change_domain(site, form.action.data, form.domain.data, current_user)
        except ValidationError as exc:
            db.session.rollback()
            for message in _errors_of(exc):
                flash(message, "error")
        else:
            flash(_("The domains of %(domain)s have been changed.", domain=site.primary_domain),
                  "info")
    else:
        for messages in form.errors.values():
            for message in messages:
                flash(message, "error")
    return redirect(url_for("network.show", site_id=site_id))


@bp.route("/network/sites/<int:site_id>/suspend", methods=["POST"])
@permission_required(MANAGE)
def suspend(site_id: int):
    site = _site_or_404(site_id)
    if ActionForm().validate_on_submit():
        try:
            services.suspend(site, current_user, current=g.site)
        except ValidationError as exc:
            db.session.rollback()
            for message in _errors_of(exc):
                flash(message, "error")
        else:
            flash(_("The site %(domain)s is suspended: visitors see a notice that it is "
                    "unavailable.", domain=site.primary_domain), "info")
    return redirect(url_for("network.show", site_id=site_id))


@bp.route("/network/sites/<int:site_id>/resume", methods=["POST"])
@permission_required(MANAGE)
def resume(site_id: int):
    site = _site_or_404(site_id)
    if ActionForm().validate_on_submit():
        services.resume(site, current_user)
        flash(_("The site %(domain)s is back online.", domain=site.primary_domain), "info")
    return redirect(url_for("network.show", site_id=site_id))


@bp.route("/network/sites/<int:site_id>/delete", methods=["GET", "POST"])
@permission_required(MANAGE)
def delete(site_id: int):
    site = _site_or_404(site_id)
    form = DeleteSiteForm()
    if form.validate_on_submit():
        domain = site.primary_domain
        try:
            services.delete_site(site, form.confirmation.data, current_app.config["MEDIA_ROOT"],
                                 current_user, current=g.site)
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
        else:
            flash(_("The site %(domain)s and everything on it have been deleted.",
                    domain=domain), "info")
            return redirect(url_for("network.index"))
    return render_template("network/delete.html", target=site, form=form,
                           is_current=site.id == g.site.id)


@bp.route("/network/people", methods=["GET", "POST"])
@permission_required(MANAGE)
def people():
    form = RolesForm()
    all_sites = services.all_sites()
    form.sites.choices = [SelectChoice(s.id, s.primary_domain) for s in all_sites]
    password = None
    if form.validate_on_submit():
        try:
            user, password = services.assign_roles(form.email.data, form.sites.data or [],
                                                   form.role.data, current_user)
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors, {"password": "email"})
            password = None
        else:
            flash(_("%(email)s now has the role “%(role)s” on %(count)d site(s).",
                    email=user.email, role=ROLE_LABELS[form.role.data],
                    count=len(form.sites.data)), "info")
            if password is None:
                return redirect(url_for("network.people"))
    response = render_template("network/people.html", form=form, rows=services.roles_by_user(),
                               role_labels=ROLE_LABELS, action=ActionForm(), password=password,
                               new_email=form.email.data if password else None)
    return response, 200, {"Cache-Control": "no-store"} if password else {}


@bp.route("/network/people/<int:user_id>/sites/<int:site_id>/remove", methods=["POST"])
@permission_required(MANAGE)
def remove_role(user_id: int, site_id: int):
    user, site = db.session.get(User, user_id), _site_or_404(site_id)
    if user is None:
        abort(404)
    if ActionForm().validate_on_submit():
        try:
            services.remove_from_site(user, site, current_user)
        except ValidationError as exc:
            db.session.rollback()
            for message in _errors_of(exc):
                flash(message, "error")
        else:
            flash(_("%(email)s no longer has a role on %(domain)s.", email=user.email,
                    domain=site.primary_domain), "info")
    return redirect(url_for("network.people"))


@bp.route("/my-sites")
@permission_required("admin.access")
def my_sites():
    """The sites this person works on (all of them for a super-admin)."""
    return render_template("network/my_sites.html", sites=services.sites_of(current_user))
