"""Forms of the two-factor screens (CSRF-protected through Flask-WTF)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, StringField
from wtforms.validators import DataRequired, Length

TOO_LONG = _l("This is too long (at most %(max)d characters).")


def _code_field(label):
    return StringField(label, validators=[
        DataRequired(_l("Please enter the code.")), Length(max=32, message=TOO_LONG)])


class LoginCodeForm(FlaskForm):
    """The second login step: a code from the app, or a recovery code."""
    code = _code_field(_l("Code"))


class ConfirmForm(FlaskForm):
    code = _code_field(_l("The 6-digit code the app shows"))


class DisableForm(FlaskForm):
    password = PasswordField(_l("Your password"), validators=[
        DataRequired(_l("Please enter your password.")), Length(max=1024, message=TOO_LONG)])
    code = _code_field(_l("A code from the app, or a recovery code"))


class SiteRuleForm(FlaskForm):
    required = BooleanField(_l("Require two-factor authentication for everyone who edits "
                               "this site"))
