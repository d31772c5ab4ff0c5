"""Admin forms (CSRF-protected through Flask-WTF), and how a service's
ValidationError reaches the form fields of any admin screen."""
from typing import Any, Callable

from flask import flash, redirect
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length

from gweb.exceptions import ValidationError


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(_l("Please enter your e-mail address.")),
                                                Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(_l("Please enter your password.")),
                                                        Length(max=1024)])


class ForgotPasswordForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(_l("Please enter your e-mail address.")),
                                                Length(max=254)])


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


def save_and_redirect(form, save: Callable[[], Any], message, next_url, category: str = "info"):
    """The usual end of an admin form. When `form` was sent and is valid,
    call `save()`: if the service refuses (ValidationError), its messages go
    on the form's fields and None is returned, so that the view shows the
    form again with what was typed; otherwise `message` is flashed and a
    redirect to `next_url` is returned. `message` and `next_url` may be
    functions of what `save()` returned. None too when nothing was sent."""
    if not form.validate_on_submit():
        return None
    try:
        result = save()
    except ValidationError as exc:
        show_errors(form, exc.errors)
        return None
    flash(message(result) if callable(message) else message, category)
    return redirect(next_url(result) if callable(next_url) else next_url)
