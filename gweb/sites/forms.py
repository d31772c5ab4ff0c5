"""The Site settings form (CSRF-protected through Flask-WTF).

Fields only carry what was typed; gweb.sites.services checks it all, so that
the rules hold for every caller and the messages are the same everywhere.
"""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (BooleanField, EmailField, SelectChoice, SelectField, StringField,
                     TextAreaField, URLField)

from gweb.i18n import LANGUAGE_NAMES
from gweb.sites.services import SOCIAL_NETWORKS

LANGUAGES = ("lo", "en")


def _unchecked_select(label):
    # The service says what is wrong with a choice (in the editor's language).
    return SelectField(label, choices=[], validate_choice=False)


class SettingsForm(FlaskForm):
    name_lo = StringField(_l("Name of the site"))
    tagline_lo = StringField(_l("Tagline"))
    address_lo = TextAreaField(_l("Address"))
    office_hours_lo = TextAreaField(_l("Office hours"))
    logo_lo = _unchecked_select(_l("Logo"))
    name_en = StringField(_l("Name of the site"))
    tagline_en = StringField(_l("Tagline"))
    address_en = TextAreaField(_l("Address"))
    office_hours_en = TextAreaField(_l("Office hours"))
    logo_en = _unchecked_select(_l("Logo"))

    phone = StringField(_l("Phone"))
    email = EmailField(_l("E-mail"))

    social_facebook = URLField(SOCIAL_NETWORKS["facebook"][0])
    social_youtube = URLField(SOCIAL_NETWORKS["youtube"][0])
    social_x = URLField(SOCIAL_NETWORKS["x"][0])
    social_tiktok = URLField(SOCIAL_NETWORKS["tiktok"][0])
    social_instagram = URLField(SOCIAL_NETWORKS["instagram"][0])
    social_linkedin = URLField(SOCIAL_NETWORKS["linkedin"][0])

    default_lang = SelectField(_l("Default language"), validate_choice=False,
                               choices=[SelectChoice(code, LANGUAGE_NAMES[code], {"lang": code})
                                        for code in LANGUAGES])
    buddhist_era = BooleanField(_l("Show years in the Buddhist Era (the year + 543)"))
    lao_digits = BooleanField(_l("Show dates in Lao digits (໐–໙) on Lao pages"))

    def language_fields(self, lang: str) -> list:
        return [self[f"{name}_{lang}"] for name in ("name", "tagline", "address",
                                                     "office_hours", "logo")]

    def social_fields(self) -> list:
        return [self[f"social_{network}"] for network in SOCIAL_NETWORKS]

    def values(self) -> dict:
        """What the service's update_settings expects."""
        values = {name: self[name].data for name in (
            *(f"{f}_{lang}" for lang in LANGUAGES
              for f in ("name", "tagline", "address", "office_hours", "logo")),
            "phone", "email", "default_lang", "buddhist_era", "lao_digits")}
        values["social"] = {network: self[f"social_{network}"].data or ""
                            for network in SOCIAL_NETWORKS}
        return values


class LookForm(FlaskForm):
    """Colours within the standard and extra footer links (checked by gweb.sites.look)."""

    primary = StringField(_l("Main colour (header, buttons)"))
    accent = StringField(_l("Accent colour"))
    link = StringField(_l("Link colour"))


def _footer_link_fields():
    # Fields link1_label_lo ... link5_url, added to LookForm below.
    from gweb.sites.look import MAX_FOOTER_LINKS

    for number in range(1, MAX_FOOTER_LINKS + 1):
        setattr(LookForm, f"link{number}_label_lo", StringField(_l("Label in Lao")))
        setattr(LookForm, f"link{number}_label_en", StringField(_l("Label in English")))
        setattr(LookForm, f"link{number}_url", StringField(_l("Address")))


_footer_link_fields()
