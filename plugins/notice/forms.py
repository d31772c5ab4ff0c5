"""The banner editor's forms (CSRF-protected through Flask-WTF)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateTimeLocalField, RadioField, SelectChoice, StringField, TextAreaField
from wtforms.validators import Optional

from gweb.timeutil import local_to_utc, utc_to_local

from .services import TEXT_MAX, URL_MAX

FORMAT = "%Y-%m-%dT%H:%M"


class BannerForm(FlaskForm):
    """A banner: its text per language, an optional link, its level and when it shows.
    Times are typed in Vientiane time and stored in UTC."""

    text_lo = TextAreaField(_l("Announcement in Lao"), render_kw={"rows": 3, "lang": "lo",
                                                                   "maxlength": TEXT_MAX})
    text_en = TextAreaField(_l("Announcement in English"), render_kw={"rows": 3, "lang": "en",
                                                                       "maxlength": TEXT_MAX})
    link_url = StringField(_l("Link for more information (optional)"), description=_l(
        "For example /lo/news or https://www.laogov.gov.la/."),
        render_kw={"maxlength": URL_MAX, "spellcheck": "false", "inputmode": "url"})
    level = RadioField(_l("Importance"), default="info", choices=[
        SelectChoice("info", _l("Information")), SelectChoice("warning", _l("Warning")),
        SelectChoice("urgent", _l("Urgent"))])
    starts_at = DateTimeLocalField(_l("Show from"), format=FORMAT, validators=[Optional()],
                                   description=_l("Vientiane time. Leave empty to show it now."))
    ends_at = DateTimeLocalField(_l("Show until"), format=FORMAT, validators=[Optional()],
                                 description=_l("Vientiane time. Leave empty to show it until "
                                                "you delete it."))

    @classmethod
    def data_of(cls, banner) -> dict:
        """The form's values for an existing banner."""
        return {"text_lo": banner.text_lo, "text_en": banner.text_en,
                "link_url": banner.link_url, "level": banner.level,
                "starts_at": utc_to_local(banner.starts_at),
                "ends_at": utc_to_local(banner.ends_at)}

    def values(self) -> dict:
        """Keyword values for services.save_banner (times in UTC)."""
        return {"text_lo": self.text_lo.data, "text_en": self.text_en.data,
                "link_url": self.link_url.data, "level": self.level.data,
                "starts_at": local_to_utc(self.starts_at.data),
                "ends_at": local_to_utc(self.ends_at.data)}


class ConfirmForm(FlaskForm):
    """A bare form whose CSRF token confirms a deletion."""
