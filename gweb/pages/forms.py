"""The page editor's forms."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (BooleanField, DateTimeLocalField, HiddenField, SelectField, StringField,
                     TextAreaField)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class PageEditForm(FlaskForm):
    """One language of a page; the action comes from the button pressed."""

    version = HiddenField()
    title = StringField(_l("Title"), validators=[InputRequired(_l("Please give the page a title.")),
                                                Length(max=300)])
    slug = StringField(_l("Address (slug)"), validators=[Length(max=200)],
                       description=_l("Leave empty to make it from the title. Lao is kept as written."))
    summary = TextAreaField(_l("Summary"), validators=[Length(max=1000)],
                            description=_l("One or two sentences shown in lists and search results."))
    body = TextAreaField(_l("Text"), render_kw={"data-richtext": "1", "rows": 18})
    meta_description = StringField(_l("Description for search engines"),
                                   validators=[Length(max=320)])
    publish_at = DateTimeLocalField(_l("Publish at"), format=DATETIME_FORMAT,
                                    validators=[Optional()])
    unpublish_at = DateTimeLocalField(_l("Unpublish at"), format=DATETIME_FORMAT,
                                      validators=[Optional()])


class NewPageForm(FlaskForm):
    """A new page under a parent, starting in one language."""

    lang = SelectField(_l("Language"), choices=[SelectChoice("lo", "ພາສາລາວ"), SelectChoice("en", "English")])
    title = StringField(_l("Title"), validators=[InputRequired(_l("Please give the page a title.")),
                                                Length(max=300)])
    slug = StringField(_l("Address (slug)"), validators=[Length(max=200)],
                       description=_l("Leave empty to make it from the title. Lao is kept as written."))
    show_in_menus = BooleanField(_l("List it in its section"), default=True)


class MoveForm(FlaskForm):
    parent_id = SelectField(_l("New parent page"), coerce=int)


class ConfirmForm(FlaskForm):
    """A bare form: its CSRF token confirms a POST (delete, restore, reorder)."""
