"""Forms of the network administration (CSRF-protected through Flask-WTF)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (BooleanField, EmailField, SelectChoice, SelectField, SelectMultipleField,
                     StringField)
from wtforms.validators import DataRequired, Length

from gweb.users.forms import ROLE_LABELS
from gweb.users.models import ROLES

TOO_LONG = _l("This is too long (at most %(max)d characters).")


class CreateSiteForm(FlaskForm):
    domain = StringField(_l("Domain name"), validators=[
        DataRequired(_l("Please enter the site's domain name.")),
        Length(max=253, message=TOO_LONG)],
        description=_l("For example mof.gov.la. Lao letters are allowed; they are stored in "
                       "their international (xn--) form."))
    name_lo = StringField(_l("Name in Lao"), validators=[Length(max=200, message=TOO_LONG)])
    name_en = StringField(_l("Name in English"), validators=[Length(max=200, message=TOO_LONG)])
    default_lang = SelectField(_l("Default language"),
                               choices=[SelectChoice("lo", "ພາສາລາວ"), SelectChoice("en", "English")],
                               validate_choice=False)
    template = SelectField(_l("Start from"), validate_choice=False)
    copy_plugins = BooleanField(_l("Copy which plugins are switched on or off"), default=True)
    copy_menus = BooleanField(_l("Copy the menus"), default=True)


class DeleteSiteForm(FlaskForm):
    confirmation = StringField(_l("Type the site's domain name to confirm"), validators=[
        Length(max=253, message=TOO_LONG)])


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token travels."""


class RolesForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[
        DataRequired(_l("Please enter the person's e-mail address.")),
        Length(max=254, message=TOO_LONG)])
    role = SelectField(_l("Role"), choices=[SelectChoice(r, ROLE_LABELS[r]) for r in ROLES],
                       default="editor", validate_choice=False)
    sites = SelectMultipleField(_l("On these sites"), coerce=int, validate_choice=False)


class DomainForm(FlaskForm):
    """Add a domain to a site, or (with the domain given) remove it or make it primary."""

    domain = StringField(_l("Domain name"), validators=[
        DataRequired(_l("Please enter the site's domain name.")),
        Length(max=253, message=TOO_LONG)])
    action = SelectField(choices=[SelectChoice("add", _l("Add")), SelectChoice("remove", _l("Remove")),
                                  SelectChoice("primary", _l("Make primary"))],
                         default="add", validate_choice=False)
