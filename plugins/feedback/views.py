"""The public contact/feedback form at /<lang>/feedback/ and its thank-you page.

Sending is POST-redirect-GET: the reference number waits in the session for
the thank-you page, so a refresh shows it again and sends nothing twice.
"""
from __future__ import annotations

import logging

from flask import (Blueprint, current_app, g, make_response, redirect, render_template,
                   request, session, url_for)
from flask_limiter.util import get_remote_address

from gweb.exceptions import ValidationError
from gweb.extensions import csrf, limiter
from gweb.hooks.settings import plugin_settings, shown_plugin_settings
from gweb.sites.current import shown_site
from gweb.sites.services import site_for_host

from . import services
from .forms import FeedbackForm

log = logging.getLogger("gweb.plugins.feedback")
bp = Blueprint("feedback", __name__, url_prefix="/<lang:lang>/feedback",
               template_folder="templates")
SESSION_KEY = "feedback_reference"
DEFAULT_RATE = (5, 10)  # sent messages, minutes


def _site():
    # The limiter may ask before the site is matched to the request.
    return g.get("site") or site_for_host(request.host)


def rate_limit() -> str:
    """The site's limit on sent messages per visitor, e.g. "5 per 10 minutes"."""
    count, minutes = DEFAULT_RATE
    site = _site()
    if site is not None:
        settings = plugin_settings(site, "feedback")
        count = settings.get("rate_count") or count
        minutes = settings.get("rate_minutes") or minutes
    return f"{max(1, int(count))} per {max(1, int(minutes))} minutes"


def client_key() -> str:
    """One visitor on one site: the site and the client's address (the real
    one behind a proxy, see PROXY_FIX)."""
    site = _site()
    return f"feedback:{site.id if site else '-'}:{get_remote_address()}"


def _sent(response) -> bool:
    # Only a message taken (or a robot's, caught by the honeypot) counts;
    # a form sent back to correct a mistake does not.
    return response.status_code in (302, 303)


def _alternates(endpoint: str) -> dict:
    return {code: url_for(endpoint, lang=code) for code in current_app.config["LANGUAGES"]}


def _form(lang: str, formdata=None) -> FeedbackForm:
    form = FeedbackForm(formdata=formdata) if formdata is not None else FeedbackForm()
    form.set_topics(services.list_topics(shown_site().id, active_only=True), lang)
    return form


def _render(form: FeedbackForm, status: int = 200, problem: str | None = None):
    response = make_response(render_template(
        "feedback/form.html", form=form, problem=problem,
        settings_intro=shown_plugin_settings(shown_site().id, "feedback")["intro"].get(g.lang, ""),
        message_max=services.MESSAGE_MAX, alternates=_alternates("feedback.form")), status)
    response.headers["Cache-Control"] = "no-store"
    return response


# The form checks its own CSRF token (FlaskForm) inside the view rather than
# in the app-wide check before it: a token that expired while a visitor was
# typing then gives the form back with what they wrote, never a bare error.
@bp.route("/", methods=["GET", "POST"])
@csrf.exempt
@limiter.limit(rate_limit, methods=["POST"], key_func=client_key, deduct_when=_sent)
def form(lang: str):
    form = _form(lang)
    if request.method == "POST" and form.website.data:
        log.info("feedback honeypot filled on site %s; nothing stored", g.site.id)
        session[SESSION_KEY] = ""
        return redirect(url_for(".thanks", lang=lang), code=303)
    if form.validate_on_submit():
        try:
            submission = services.submit(g.site.id, form.values(), lang)
        except ValidationError as exc:
            for name, message in exc.errors.items():
                field = form._fields.get(name)
                if field is not None:
                    field.errors = [*field.errors, message]
        else:
            session[SESSION_KEY] = submission.reference
            return redirect(url_for(".thanks", lang=lang), code=303)
    if form.csrf_token.errors:  # expired, or cookies switched off: nothing stored
        return _render(form, status=400, problem="expired")
    return _render(form)


@bp.route("/thanks")
def thanks(lang: str):
    if SESSION_KEY not in session:
        return redirect(url_for(".form", lang=lang))
    response = make_response(render_template(
        "feedback/thanks.html", reference=session[SESSION_KEY],
        alternates=_alternates("feedback.thanks")))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.errorhandler(429)
def too_many(error):
    """Too many messages from one visitor: the form again, with what they
    typed, and a word on when to try again."""
    form = _form(g.lang, formdata=request.form)
    response = _render(form, status=429, problem="limited")
    limit = getattr(error, "limit", None)
    seconds = None
    if limit is not None:
        seconds = limit.limit.get_expiry()
    response.headers["Retry-After"] = str(seconds or 600)
    return response
