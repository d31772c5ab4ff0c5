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
from gweb.sites import checks, services
from gweb.sites.forms import LANGUAGES, SettingsForm

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
