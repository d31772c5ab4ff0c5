"""The admin's forms (CSRF-protected through Flask-WTF). Choices that come
from the site's data (bodies, categories, documents) are set by the views."""
from __future__ import annotations

from datetime import datetime

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (BooleanField, DateField, SelectChoice, SelectField, SelectMultipleField,
                     StringField, TextAreaField)
from wtforms.validators import Optional
from wtforms.widgets import CheckboxInput, ListWidget

from .labels import RELATION_KIND_LABELS, STATUS_LABELS, TYPE_LABELS
from .services import NAME_MAX, NUMBER_MAX, TITLE_MAX, URL_MAX


def choices(pairs) -> list[SelectChoice]:
    """(value, label) pairs as WTForms choices."""
    return [SelectChoice(value, label) for value, label in pairs]


class LocalDateField(DateField):
    """A date field (YYYY-MM-DD) whose parse error is in the editor's language."""

    def process_formdata(self, valuelist):
        if not valuelist or not valuelist[0].strip():
            self.data = None
            return
        try:
            self.data = datetime.strptime(valuelist[0].strip(), "%Y-%m-%d").date()
        except ValueError:
            self.data = None
            raise ValueError(_l("Give the date as day, month and year (YYYY-MM-DD)."))


class CheckboxesField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()

    def pre_validate(self, form):  # the service checks that each belongs to the site
        pass


class DocumentForm(FlaskForm):
    doc_type = SelectField(_l("Type of document"),
                           choices=choices(TYPE_LABELS.items()))
    number = StringField(_l("Number"), render_kw={"maxlength": NUMBER_MAX, "spellcheck": "false"},
                         description=_l("As printed on the document, with the issuer's code: "
                                        "136/ນຍ or 14/PLBR. A draft may have none."))
    issuer_id = SelectField(_l("Issued by"), choices=[], validate_choice=False)
    agency_id = SelectField(_l("Responsible agency (optional)"), choices=[],
                            validate_choice=False,
                            description=_l("The body that applies the document or answers "
                                           "questions about it."))
    issue_date = LocalDateField(_l("Date of issue"), validators=[Optional()],
                                description=_l("For a draft: the day it was published "
                                               "for comment."))
    effective_date = LocalDateField(_l("Takes effect on (optional)"), validators=[Optional()])
    status = SelectField(_l("Status"), choices=choices(STATUS_LABELS.items()))
    comment_deadline = LocalDateField(_l("Comments until"), validators=[Optional()],
                                      description=_l("Only for a draft open for comment: "
                                                     "the last day for comments."))
    title_lo = StringField(_l("Title in Lao"), render_kw={"maxlength": TITLE_MAX, "lang": "lo"})
    title_en = StringField(_l("Title in English"), render_kw={"maxlength": TITLE_MAX,
                                                               "lang": "en"})
    summary_lo = TextAreaField(_l("Summary in Lao"), render_kw={"rows": 5, "lang": "lo"},
                               description=_l("Simple HTML is allowed: paragraphs, lists, "
                                              "bold, links."))
    summary_en = TextAreaField(_l("Summary in English"), render_kw={"rows": 5, "lang": "en"})
    category_ids = CheckboxesField(_l("Subject categories"), choices=[], coerce=str)
    gazette_url = StringField(_l("Address in the official gazette (optional)"),
                              render_kw={"maxlength": URL_MAX, "spellcheck": "false",
                                         "inputmode": "url"},
                              description=_l("For example https://laoofficialgazette.gov.la/..."))
    published = BooleanField(_l("Published on the site"), default=True)

    FIELDS = ("doc_type", "number", "issuer_id", "agency_id", "issue_date", "effective_date",
              "status", "comment_deadline", "title_lo", "title_en", "summary_lo",
              "summary_en", "category_ids", "gazette_url", "published")

    @classmethod
    def data_of(cls, document) -> dict:
        data = {name: getattr(document, name) for name in cls.FIELDS if name != "category_ids"}
        data["issuer_id"] = str(document.issuer_id)
        data["agency_id"] = str(document.agency_id or "")
        data["category_ids"] = [str(c.id) for c in document.categories]
        return data

    def values(self) -> dict:
        return {name: getattr(self, name).data for name in self.FIELDS}


class FilterForm(FlaskForm):
    class Meta:
        csrf = False

    q = StringField(_l("Number or title"))
    type = SelectField(_l("Type"), choices=choices([("", _l("All types")), *TYPE_LABELS.items()]))
    status = SelectField(_l("Status"), choices=choices([("", _l("Any status")),
                                                          *STATUS_LABELS.items()]))


class RelationForm(FlaskForm):
    kind = SelectField(_l("This document"), choices=choices(RELATION_KIND_LABELS.items()))
    target_id = SelectField(_l("Other document"), choices=[], validate_choice=False)


class AttachmentForm(FlaskForm):
    lang = SelectField(_l("Language of the file"), choices=[])
    file = FileField(_l("PDF file"))


class TermForm(FlaskForm):
    name_lo = StringField(_l("Name in Lao"), render_kw={"maxlength": NAME_MAX, "lang": "lo"})
    name_en = StringField(_l("Name in English"), render_kw={"maxlength": NAME_MAX,
                                                             "lang": "en"})


class ConfirmForm(FlaskForm):
    """A bare form whose CSRF token confirms a deletion."""
