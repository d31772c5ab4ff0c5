"""Admin forms (CSRF-protected through Flask-WTF), and how a service's
ValidationError reaches the form fields of any admin screen."""
from flask import flash
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(_l("Please enter your e-mail address.")),
                                                Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(_l("Please enter your password.")),
                                                        Length(max=1024)])


def place_errors(form, errors: dict[str, str], aliases: dict[str, str] | None = None) -> list[str]:
    """Put each service error under the field it names (`aliases` maps a
    service's field name to the form's); return the messages no field takes."""
    unplaced = []
    for name, message in errors.items():
        field = form._fields.get((aliases or {}).get(name, name))
        if field is not None and field.name != "csrf_token":
            field.errors = [*field.errors, message]
        else:
            unplaced.append(message)
    return unplaced


def show_errors(form, errors: dict[str, str], aliases: dict[str, str] | None = None) -> None:
    """place_errors, with the messages no field takes flashed above the form."""
    for message in place_errors(form, errors, aliases):
        flash(message, "error")
