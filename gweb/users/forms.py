"""Forms of the Users screens (CSRF-protected through Flask-WTF)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (BooleanField, EmailField, PasswordField, SelectChoice, SelectField,
                     StringField)
from wtforms.validators import DataRequired, Length

from gweb.users.models import ROLES

TOO_LONG = _l("This is too long (at most %(max)d characters).")
ROLE_LABELS = {"author": _l("Author"), "editor": _l("Editor"), "admin": _l("Administrator")}


def _role_choices():
    return [SelectChoice(role, ROLE_LABELS[role]) for role in ROLES]


def _too_long(limit: int) -> Length:
    return Length(max=limit, message=TOO_LONG)


class InviteForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[
        DataRequired(_l("Please enter the person's e-mail address.")), _too_long(254)])
    name = StringField(_l("Name"), validators=[_too_long(200)])
    role = SelectField(_l("Role on this site"), choices=_role_choices, default="author",
                       validate_choice=False)  # the service explains a bad role


class RoleForm(FlaskForm):
    role = SelectField(_l("Role on this site"), choices=_role_choices, validate_choice=False)


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token travels."""


class PasswordForm(FlaskForm):
    current_password = PasswordField(_l("Current password"), validators=[
        DataRequired(_l("Please enter your current password.")), _too_long(1024)])
    new_password = PasswordField(_l("New password"), validators=[
        DataRequired(_l("Please enter a new password.")), _too_long(1024)])
    repeat_password = PasswordField(_l("New password again"), validators=[
        DataRequired(_l("Please enter the new password a second time.")), _too_long(1024)])


class ResetForm(FlaskForm):
    new_password = PasswordField(_l("New password"), validators=[
        DataRequired(_l("Please enter a new password.")), _too_long(1024)])
    repeat_password = PasswordField(_l("New password again"), validators=[
        DataRequired(_l("Please enter the new password a second time.")), _too_long(1024)])


class NoticesForm(FlaskForm):
    """Each person's own choice of e-mail notices."""

    review_notices = BooleanField(
        _l("E-mail me about the review of pages"),
        description=_l("When a page is sent to you for review, and when a page you sent for "
                       "review is published or sent back."))
