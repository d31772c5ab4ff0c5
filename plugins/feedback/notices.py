"""A notice by e-mail of each new message, to the addresses a site's admin
gives in the plugin's settings ("notify"). The notice names the reference,
the topic and the inbox's address, never the message or who sent it: what
citizens write stays where only those who handle feedback can read it, and
every reading is logged."""
from __future__ import annotations

from flask_babel import force_locale
from flask_babel import gettext as _

from gweb.hooks.settings import plugin_settings
from gweb.mail.services import parse_addresses, queue_mail, site_link
from gweb.sites.models import Site

from .models import FeedbackSubmission


def check_addresses(text: str) -> str:
    """The "notify" setting as stored: one address per line, each once.
    Raises ValueError naming the first that is not an address."""
    return "\n".join(parse_addresses(text))


def queue_notice(site: Site, submission: FeedbackSubmission) -> int:
    """Queue the notice of `submission` (flushed, not yet committed) in the
    site's own language; it goes out only if the submission is committed.
    Returns how many addresses it is queued for."""
    addresses = parse_addresses(plugin_settings(site, "feedback").get("notify") or "")
    if not addresses:
        return 0
    lang = site.default_lang
    with force_locale(lang):
        name = site.name(lang)
        subject = _("New feedback %(reference)s on %(site)s", reference=submission.reference,
                    site=name)
        lines = [_("A visitor sent a message through the feedback form of %(site)s.", site=name),
                 "", _("Reference: %(reference)s", reference=submission.reference)]
        if submission.topic is not None:
            lines.append(_("Topic: %(topic)s", topic=submission.topic.label(lang)[0]))
        inbox = site_link(site, "feedback_admin.show", submission_id=submission.id)
        lines += ["", _("Read and answer it in the inbox: %(url)s", url=inbox),
                  "", _("The message itself stays in the inbox, where only the people who "
                        "handle feedback can read it."),
                  _("You receive this e-mail because your address is in the feedback "
                    "settings of this website.")]
    return len(queue_mail(addresses, subject, "\n".join(lines) + "\n", site_id=site.id))

