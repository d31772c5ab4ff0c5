"""Forms of the media library (CSRF-protected through Flask-WTF)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, SearchField, SelectField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from gweb.media.services import ALT_MAX, CAPTION_MAX

_TOO_LONG_ALT = _l("At most %(count)d characters.", count=ALT_MAX)
_TOO_LONG_CAPTION = _l("At most %(count)d characters.", count=CAPTION_MAX)


class TextsForm(FlaskForm):
    """Alt text and caption in each language (Lao first)."""

    alt_lo = TextAreaField(_l("Alt text"), validators=[Length(max=ALT_MAX, message=_TOO_LONG_ALT)])
    alt_en = TextAreaField(_l("Alt text"), validators=[Length(max=ALT_MAX, message=_TOO_LONG_ALT)])
    caption_lo = TextAreaField(_l("Caption"), validators=[
        Optional(), Length(max=CAPTION_MAX, message=_TOO_LONG_CAPTION)])
    caption_en = TextAreaField(_l("Caption"), validators=[
        Optional(), Length(max=CAPTION_MAX, message=_TOO_LONG_CAPTION)])

    def texts(self, prefix: str) -> dict[str, str]:
        """{"lo": ..., "en": ...} of the fields named `prefix`_<lang>."""
        return {name.split("_", 1)[1]: field.data or ""
                for name, field in self._fields.items() if name.startswith(prefix + "_")}


class UploadForm(TextsForm):
    file = FileField(_l("File"), validators=[FileRequired(_l("Choose a file to upload."))])


class ReplaceForm(FlaskForm):
    file = FileField(_l("New file"), validators=[FileRequired(_l("Choose a file to upload."))])


class DeleteForm(FlaskForm):
    confirm = BooleanField(_l("Delete anyway, although it is in use"))


class FilterForm(FlaskForm):
    """The library's search and filter (a GET form that changes nothing, so
    it carries no CSRF token: a token would end up in addresses and logs)."""

    class Meta:
        csrf = False

    q = SearchField(_l("Search by name or alt text"), validators=[Optional(), Length(max=200)])
    kind = SelectField(_l("Type"), choices=[SelectChoice("", _l("All files")),
                                           SelectChoice("image", _l("Images")),
                                           SelectChoice("document", _l("Documents"))],
                       validators=[Optional()], validate_choice=False)
