"""The Site settings screen of the admin: names, contacts, social links,
language, dates and logos, on one form."""
from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from wtforms import SelectChoice

from gweb import i18n
from gweb.admin.forms import show_errors
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.sites import checks, look, services
from gweb.sites.forms import LANGUAGES, LookForm, SettingsForm

bp = Blueprint("site_admin", __name__, url_prefix="/admin/settings", template_folder="templates")


def _form_data(site) -> dict:
    snapshot = services.settings_snapshot(site, LANGUAGES)
    data = {k: v for k, v in snapshot.items() if k != "social"}
    for lang in LANGUAGES:
        data[f"logo_{lang}"] = str(snapshot[f"logo_{lang}"] or "")
    for network, url in snapshot["social"].items():
        data[f"social_{network}"] = url
    return data


def _logo_choices(site_id: int, lang: str) -> list[SelectChoice]:
    choices = [SelectChoice("", _("No logo"))]
    for media in services.image_choices(site_id):
        alt = media.alt(lang)
        choices.append(SelectChoice(str(media.id), f"{media.original_name} — {alt}" if alt
                                    else media.original_name))
    return choices


@bp.route("/", methods=["GET", "POST"])
@permission_required("site.settings")
def edit():
    site = g.site
    form = SettingsForm(data=_form_data(site))
    for lang in LANGUAGES:
        form[f"logo_{lang}"].choices = _logo_choices(site.id, lang)
    if form.validate_on_submit():
        try:
            changed = services.update_settings(site, form.values(), current_user, LANGUAGES)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
            flash(_("The settings were not saved: please correct what is marked below."),
                  "error")
        else:
            flash(_("The settings have been saved.") if changed
                  else _("Nothing was changed."), "info")
            return redirect(url_for("site_admin.edit"))
    return render_template("sites/settings.html", form=form, languages=LANGUAGES,
                           language_names=i18n.LANGUAGE_NAMES,
                           logos={t.lang: t.logo for t in site.translations})


@bp.route("/standard")
@permission_required("site.settings")
def compliance():
    """What the G-Web standard asks of this site, and what is missing or stale."""
    return render_template("sites/compliance.html", problems=checks.check_site(g.site))


@bp.route("/look", methods=["GET", "POST"])
@permission_required("site.settings")
def look_edit():
    """Colours from the palette (contrast checked) and extra footer links."""
    site = g.site
    settings = site.settings or {}
    data = dict(settings.get("colours") or {})
    for number, link in enumerate(settings.get("footer_links") or [], start=1):
        data.update({f"link{number}_label_lo": link["lo"], f"link{number}_label_en": link["en"],
                     f"link{number}_url": link["url"]})
    form = LookForm(data=data)
    if form.validate_on_submit():
        colours = {role: form[role].data for role in look.ROLES}
        links = [{"label_lo": form[f"link{n}_label_lo"].data,
                  "label_en": form[f"link{n}_label_en"].data, "url": form[f"link{n}_url"].data}
                 for n in range(1, look.MAX_FOOTER_LINKS + 1)]
        try:
            changed = look.update_look(site, colours, links, current_user)
            db.session.commit()
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
            flash(_("The look was not saved: please correct what is marked below."), "error")
        else:
            flash(_("The look has been saved.") if changed else _("Nothing was changed."), "info")
            return redirect(url_for("site_admin.look_edit"))
    return render_template("sites/look.html", form=form, palette=look.PALETTE,
                           roles=look.ROLES, links=range(1, look.MAX_FOOTER_LINKS + 1))
