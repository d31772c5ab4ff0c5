"""Forms of the menus editor (CSRF-protected through Flask-WTF)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice, SelectField, StringField
from wtforms.validators import AnyOf, InputRequired

from gweb.admin.forms import place_errors
from gweb.menus.services import LABEL_MAX, URL_MAX

PAGE, ADDRESS = "page", "address"


class ItemForm(FlaskForm):
    """A menu item: a page of this site or an address, and a label per language."""

    target = RadioField(_l("Link to"), default=PAGE, validators=[InputRequired()],
                        choices=[SelectChoice(PAGE, _l("A page of this site")),
                                 SelectChoice(ADDRESS, _l("An address: another website, an "
                                                          "e-mail address, a phone number "
                                                          "or a path"))])
    # Checked in validate() and by the service (a page of this site), so that
    # an address, which sends no page, is not told its page is wrong.
    page_id = SelectField(_l("Page"), validate_choice=False, description=_l(
        "Pages that are not published are hidden from the menu until they are."))
    url = StringField(_l("Address"), description=_l(
        "For example https://www.laogov.gov.la/, mailto:info@ministry.gov.la, "
        "tel:+85621000000 or /lo/news."), render_kw={"maxlength": URL_MAX, "spellcheck": "false",
                                                "autocomplete": "off", "inputmode": "url"})
    label_lo = StringField(_l("Label in Lao"), render_kw={"maxlength": LABEL_MAX, "lang": "lo"})
    label_en = StringField(_l("Label in English"), render_kw={"maxlength": LABEL_MAX,
                                                              "lang": "en"})

    def __init__(self, *args, page_options=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.general_errors: list[str] = []
        self.page_id.choices = [SelectChoice("", _l("Choose a page"))] + [
            SelectChoice(str(page_id), title, {"lang": lang})
            for page_id, title, lang in page_options]

    @classmethod
    def data_of(cls, item) -> dict:
        """The form's values for an existing item."""
        return {"target": PAGE if item.page_id else ADDRESS,
                "page_id": str(item.page_id or ""), "url": item.url,
                "label_lo": item.label("lo"), "label_en": item.label("en")}

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if self.target.data == PAGE and not (self.page_id.data or "").isdigit():
            self.page_id.errors = [*self.page_id.errors, _l("Choose a page.")]
            valid = False
        if self.target.data == ADDRESS and not (self.url.data or "").strip():
            self.url.errors = [*self.url.errors, _l("Type the address.")]
            valid = False
        return valid

    def values(self) -> dict:
        """Keyword arguments for services.add_item / update_item."""
        labels = {"lo": self.label_lo.data or "", "en": self.label_en.data or ""}
        if self.target.data == PAGE:
            return {"page_id": int(self.page_id.data), "url": "", "labels": labels}
        return {"page_id": None, "url": self.url.data or "", "labels": labels}

    def add_errors(self, errors: dict[str, str]) -> None:
        """Show a service's ValidationError on the fields it names."""
        self.general_errors.extend(place_errors(self, errors, {"label": "label_lo"}))


class MoveForm(FlaskForm):
    """One step up or down (the buttons carry the direction)."""

    direction = StringField(validators=[AnyOf(["up", "down"])])


class OrderForm(FlaskForm):
    """A whole new order: item ids separated by commas, and which one moved."""

    ids = StringField(validators=[InputRequired()])
    moved = StringField()

    def id_list(self) -> list[str]:
        return [part for part in (self.ids.data or "").replace(" ", ",").split(",") if part]


class ConfirmForm(FlaskForm):
    """A confirmation step with nothing but its CSRF token."""
