"""The e-services editor's forms (CSRF-protected through Flask-WTF). Fields
carry what was typed; the services check it all."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (BooleanField, DateTimeLocalField, RadioField, SelectChoice,
                     SelectMultipleField, StringField, TextAreaField)
from wtforms.validators import Optional
from wtforms.widgets import CheckboxInput, ListWidget

from gweb.timeutil import local_to_utc

from .services import AUDIENCE_LABELS, LANGUAGES, NOTICE_KINDS, TEXT_FIELDS, URL_MAX

FORMAT = "%Y-%m-%dT%H:%M"
BAD_DATE = _l("Give a date and time such as 2026-01-31 09:00.")


class ServiceForm(FlaskForm):
    """A service: who it is for, its link, and its description per language."""

    audiences = SelectMultipleField(
        _l("Who the service is for"), validate_choice=False,
        choices=[SelectChoice(k, v) for k, v in AUDIENCE_LABELS.items()],
        widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())
    online_url = StringField(_l("Address of the online service"), description=_l(
        "The full address, for example https://tax.gov.la/. Leave empty for a service "
        "given at the office only."),
        render_kw={"maxlength": URL_MAX, "spellcheck": "false", "inputmode": "url"})
    published = BooleanField(_l("Shown in the directory"), default=True)

    @classmethod
    def data_of(cls, service) -> dict:
        data = {"audiences": service.audience_list(), "online_url": service.online_url,
                "published": service.published}
        for t in service.translations:
            data.update({f"{name}_{t.lang}": getattr(t, name) for name in TEXT_FIELDS})
        return data

    def values(self) -> dict:
        values = {"audiences": self.audiences.data or [], "online_url": self.online_url.data,
                  "published": self.published.data}
        for lang in LANGUAGES:
            values.update({f"{name}_{lang}": self[f"{name}_{lang}"].data for name in TEXT_FIELDS})
        return values


_LABELS = {"title": (_l("Name of the service"), None),
           "summary": (_l("Summary"), None),
           "steps": (_l("Steps"), _l("One step a line, in order.")),
           "documents": (_l("Required documents"), _l("One document a line.")),
           "fees": (_l("Fees"), _l("For example: 50,000 kip, or free of charge.")),
           "processing_time": (_l("Processing time"), _l("For example: 3 working days.")),
           "office": (_l("Responsible office"), _l("Its name, address and phone."))}
for _lang in LANGUAGES:
    for _name, (_label, _hint) in _LABELS.items():
        _kw = {"lang": _lang}
        if _name in ("title", "processing_time"):
            _field = StringField(_label, description=_hint, render_kw=_kw)
        else:
            _field = TextAreaField(_label, description=_hint, render_kw={**_kw, "rows": 4})
        setattr(ServiceForm, f"{_name}_{_lang}", _field)


class NoticeForm(FlaskForm):
    """A downtime/maintenance notice, times in Vientiane time."""

    kind = RadioField(_l("Kind of notice"), default="maintenance",
                      choices=[SelectChoice(k, v) for k, v in NOTICE_KINDS.items()])
    message_lo = TextAreaField(_l("Notice in Lao"), render_kw={"rows": 3, "lang": "lo"})
    message_en = TextAreaField(_l("Notice in English"), render_kw={"rows": 3, "lang": "en"})
    starts_at = DateTimeLocalField(_l("From"), format=FORMAT, validators=[Optional()],
                                   description=_l("Vientiane time."))
    ends_at = DateTimeLocalField(_l("Until"), format=FORMAT, validators=[Optional()],
                                 description=_l("Vientiane time."))

    def validate(self, extra_validators=None):
        ok = super().validate(extra_validators)
        for name in ("starts_at", "ends_at"):  # WTForms' own message is English only
            if self[name].errors:
                self[name].errors = [str(BAD_DATE)]
        return ok

    def values(self) -> dict:
        return {"kind": self.kind.data, "message_lo": self.message_lo.data,
                "message_en": self.message_en.data,
                "starts_at": local_to_utc(self.starts_at.data),
                "ends_at": local_to_utc(self.ends_at.data)}


class ConfirmForm(FlaskForm):
    """A bare form whose CSRF token confirms a deletion."""


