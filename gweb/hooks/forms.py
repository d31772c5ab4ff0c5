"""Forms of the plugins screen: the on/off switch, and a settings form built
from what a plugin declares in `gweb_plugin_settings`."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectChoice, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import AnyOf, Length

from gweb.i18n import LANGUAGE_NAMES


class SwitchForm(FlaskForm):
    """Switch a plugin on or off for the current site."""

    enabled = HiddenField(validators=[AnyOf(["0", "1"])])


def settings_form(fields: list[dict], languages: tuple[str, ...], data: dict) -> FlaskForm:
    """A form with one input per declared setting (one per language for a
    translated one), filled from `data` (name -> value or {lang: value})."""

    class PluginSettingsForm(FlaskForm):
        pass

    initial = {}
    for field in fields:
        names = ([(f"{field['name']}-{lang}", lang) for lang in languages]
                 if field["translated"] else [(field["name"], None)])
        for form_name, lang in names:
            label = str(field.get("label") or field["name"])
            if lang:
                label = f"{label} ({LANGUAGE_NAMES.get(lang, lang)})"
            setattr(PluginSettingsForm, form_name, _input(field, label))
            value = data.get(field["name"])
            initial[form_name] = value.get(lang) if lang else value
    form = PluginSettingsForm(data=initial)
    form.setting_names = [name for name in form._fields if name != "csrf_token"]
    return form


def _input(field: dict, label: str):
    description = str(field.get("help") or "")
    kind = field["kind"]
    if kind == "bool":
        return BooleanField(label, description=description)
    if kind == "int":
        # Text, so that the service's message (in the editor's language) explains a bad number.
        return StringField(label, description=description, render_kw={"inputmode": "numeric"},
                           filters=[lambda v: "" if v is None else str(v)])
    if kind == "choice":
        return SelectField(label, description=description,
                           choices=[SelectChoice(str(v), str(text)) for v, text in field["choices"]])
    if kind == "textarea":
        return TextAreaField(label, description=description, validators=[Length(max=5000)])
    return StringField(label, description=description, validators=[Length(max=5000)])


def submitted_values(form, fields: list[dict], languages: tuple[str, ...]) -> dict:
    """The form's values in the shape `save_plugin_settings` takes."""
    values = {}
    for field in fields:
        name = field["name"]
        if field["translated"]:
            values[name] = {lang: form[f"{name}-{lang}"].data for lang in languages}
        else:
            values[name] = form[name].data
    return values
