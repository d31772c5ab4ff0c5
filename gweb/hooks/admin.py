"""The Plugins screen of the admin: which plugins run on this site, a switch
for each, and their settings. What runs in the installation is the
operator's choice (`gweb plugins enable|disable`), shown here to superadmins."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from gweb import i18n
from gweb.admin.forms import show_errors
from gweb.admin.guard import permission_required
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks import services, settings
from gweb.hooks.forms import SwitchForm, settings_form, submitted_values
from gweb.hooks.manager import plugin_host

bp = Blueprint("plugins_admin", __name__, url_prefix="/admin/plugins", template_folder="templates")


def _describe(name: str, lang: str) -> dict:
    info = plugin_host().call_plugin(name, "gweb_plugin_info") or {}

    def pick(value):
        return value.get(lang) or value.get("en") or "" if isinstance(value, dict) else (value or "")

    return {"name": name, "label": pick(info.get("label")) or name,
            "description": pick(info.get("description")), "version": info.get("version", ""),
            "has_settings": bool(settings.setting_fields(name))}


@bp.route("/")
@permission_required("plugins.manage")
def index():
    host = plugin_host()
    lang = i18n.current_lang()
    site_off = services.plugins_off_for_site(g.site.id)
    plugins = [{**_describe(name, lang), "on": name not in site_off}
               for name in sorted(host.plugin_names())]
    installation = None
    if current_user.is_superadmin:
        loaded = set(host.plugin_names())
        installation = [{"name": name, "loaded": name in loaded, "failed": host.failed.get(name)}
                        for name in sorted(host.available())]
    return render_template("plugins/index.html", plugins=plugins, installation=installation,
                           form=SwitchForm())


@bp.route("/<name>/switch", methods=["POST"])
@permission_required("plugins.manage")
def switch(name: str):
    form = SwitchForm()
    if not form.validate_on_submit():
        abort(400)
    on = form.enabled.data == "1"
    try:
        services.set_site_state(g.site.id, name, on, plugin_host().plugin_names(), current_user)
    except ValidationError as exc:
        flash(str(exc), "error")
    else:
        label = _describe(name, i18n.current_lang())["label"]
        flash(_("%(plugin)s is now on for this site.", plugin=label) if on
              else _("%(plugin)s is now off for this site; its content is kept.", plugin=label),
              "info")
    return redirect(url_for("plugins_admin.index"))


@bp.route("/<name>/settings", methods=["GET", "POST"])
@permission_required("plugins.manage")
def edit_settings(name: str):
    if name not in plugin_host().plugin_names():
        abort(404)
    fields = settings.setting_fields(name)
    if not fields:
        abort(404)
    languages = current_app.config["LANGUAGES"]
    form = settings_form(fields, languages, settings.plugin_settings(g.site, name))
    if form.validate_on_submit():
        try:
            settings.save_plugin_settings(g.site.id, name, submitted_values(form, fields, languages),
                                          current_user)
        except ValidationError as exc:
            db.session.rollback()
            show_errors(form, exc.errors)
            flash(_("The settings were not saved: please correct what is marked below."), "error")
        else:
            flash(_("The settings have been saved."), "info")
            return redirect(url_for("plugins_admin.index"))
    return render_template("plugins/settings.html", form=form,
                           plugin=_describe(name, i18n.current_lang()))
