"""The feedback forms (CSRF-protected through Flask-WTF). Checking happens in
the services; these only carry what was typed."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (BooleanField, HiddenField, RadioField, SelectChoice, SelectField, StringField,
                     TextAreaField)

from .models import STATUSES
from .services import CONTACT_MAX, MESSAGE_MAX, NAME_MAX, STATUS_LABELS, TOPIC_MAX


class FeedbackForm(FlaskForm):
    """The public form. `website` is the honeypot: hidden from people and
    from screen readers, so only a robot fills it in."""

    topic_id = RadioField(_l("What is your message about?"), choices=[], validate_choice=False)
    message = TextAreaField(_l("Your message"), description=_l(
        "At most %(count)d characters.", count=MESSAGE_MAX), render_kw={"rows": 8})
    name = StringField(_l("Your name (optional)"), render_kw={
        "autocomplete": "name", "maxlength": NAME_MAX})
    contact = StringField(_l("Phone number or e-mail address (optional)"), description=_l(
        "Only if you would like an answer. We use it for nothing else."), render_kw={
        "maxlength": CONTACT_MAX, "spellcheck": "false"})
    website = StringField(_l("Leave this field empty"), render_kw={
        "autocomplete": "off", "tabindex": "-1"})

    def set_topics(self, topics, lang: str) -> None:
        """Offer the site's shown topics, labelled in `lang`."""
        self.topic_id.choices = [SelectChoice(str(t.id), t.label(lang)[0]) for t in topics]
        self.topic_langs = {str(t.id): t.label(lang)[1] for t in topics}

    def values(self) -> dict:
        return {"topic_id": self.topic_id.data, "message": self.message.data,
                "name": self.name.data, "contact": self.contact.data}


class HandlingForm(FlaskForm):
    """Status and assignee of one submission."""

    status = SelectField(_l("Status"), validate_choice=False,
                         choices=[SelectChoice(s, STATUS_LABELS[s]) for s in STATUSES])
    assignee_id = SelectField(_l("Assigned to"), choices=[], validate_choice=False)

    def set_people(self, people) -> None:
        self.assignee_id.choices = [SelectChoice("", _l("Nobody"))] + [
            SelectChoice(str(u.id), u.name or u.email) for u in people]


class NoteForm(FlaskForm):
    body = TextAreaField(_l("Internal note"), description=_l(
        "Only the people who handle feedback see it."), render_kw={"rows": 4})


class TopicForm(FlaskForm):
    label_lo = StringField(_l("Topic in Lao"), render_kw={"lang": "lo", "maxlength": TOPIC_MAX})
    label_en = StringField(_l("Topic in English"), render_kw={"lang": "en", "maxlength": TOPIC_MAX})
    active = BooleanField(_l("Offer it on the form"), default=True)


class ConfirmForm(FlaskForm):
    """A bare form whose CSRF token confirms an action."""

    action = HiddenField()
