"""E-mail notices of the review workflow: the people who can publish on a
site hear of a page sent to them for review, and the author who sent it
hears how the review ended (published, scheduled, or sent back).

Written in the site's own language (that of its admin), with an absolute
link to the page's editing screen. Queued only when the installation sends
e-mail, in the caller's transaction but inside a savepoint: a notice that
cannot be queued is logged and never costs an editor their save. Nobody is
told of what they did themselves, and anyone may turn the notices off
(`User.review_notices`, on their "My e-mail notices" screen).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from gweb.extensions import db
from gweb.mail.services import mail_enabled, queue_mail, site_link
from gweb.pages.editorial import latest_revision
from gweb.pages.models import Page
from gweb.sites.models import Site
from gweb.users.models import ROLES, SiteRole, User
from gweb.users.permissions import minimum_role

log = logging.getLogger("gweb.pages")
PUBLISHED, SCHEDULED, SENT_BACK = "published", "scheduled", "sent_back"


def requester_id(page: Page, lang: str) -> int | None:
    """Who asked for the review of `lang` that is waiting: the author of its
    latest revision (a review request is always the newest revision). Ask
    before saving the revision that ends the review."""
    revision = latest_revision(page.id, lang)
    return revision.author_id if revision is not None and revision.action == "submit" else None


def reviewers(site_id: int, except_id: int | None) -> list[User]:
    """The active accounts whose role on the site lets them publish and who
    take review notices, except the one with `except_id`. Only roles on the
    site count: the installation's superadmins are not told of every site."""
    roles = ROLES[ROLES.index(minimum_role("pages.publish")):]
    query = (select(User).join(SiteRole, SiteRole.user_id == User.id)
             .where(SiteRole.site_id == site_id, SiteRole.role.in_(roles),
                    User.active.is_(True), User.review_notices.is_(True)))
    if except_id is not None:
        query = query.where(User.id != except_id)
    return list(db.session.scalars(query.order_by(User.id)))


def tell_reviewers(page: Page, lang: str, title: str, requester) -> int:
    """Queue the notice that `requester` sent `lang` of `page` (titled
    `title`) for review, to every reviewer of the site but them. Returns how
    many were queued (0 when e-mail is off or it could not be queued)."""
    def queue() -> int:
        recipients = reviewers(page.site_id, getattr(requester, "id", None))
        if not recipients:
            return 0
        site = db.session.get(Site, page.site_id)
        with force_locale(site.default_lang):
            subject = _("Page to review: %(title)s", title=title)
            body = _lines(lang, title, _("%(who)s sent a page of %(site)s for review.",
                                         who=_who(requester), site=site.name(site.default_lang)),
                          _("Read it, then publish it or send it back: %(url)s",
                            url=_edit_link(site, page, lang)),
                          _("You receive this e-mail because you can publish pages on this "
                            "website."))
        return len(queue_mail([u.email for u in recipients], subject, body, site_id=site.id))

    return _safely(queue, page, lang)


def tell_requester(page: Page, lang: str, title: str, requester_id: int | None, actor,
                   outcome: str) -> int:
    """Queue the notice to the author who asked for the review of `lang` of
    `page` that `actor` ended with `outcome` (PUBLISHED, SCHEDULED or
    SENT_BACK). Nothing when they ended it themselves, have no active
    account or turned the notices off. Returns how many were queued (0 or 1)."""
    def queue() -> int:
        requester = db.session.get(User, requester_id) if requester_id is not None else None
        if (requester is None or not requester.active or not requester.review_notices
                or requester.id == getattr(actor, "id", None)):
            return 0
        site = db.session.get(Site, page.site_id)
        with force_locale(site.default_lang):
            who, name = _who(actor), site.name(site.default_lang)
            subject, what = {
                PUBLISHED: (_("Published: %(title)s", title=title),
                            _("%(who)s published the page you sent for review on %(site)s.",
                              who=who, site=name)),
                SCHEDULED: (_("Scheduled: %(title)s", title=title),
                            _("%(who)s approved the page you sent for review on %(site)s. It "
                              "goes live at the time set for it.", who=who, site=name)),
                SENT_BACK: (_("Sent back: %(title)s", title=title),
                            _("%(who)s sent back the page you sent for review on %(site)s. It "
                              "was not published and is a draft again.", who=who, site=name)),
            }[outcome]
            body = _lines(lang, title, what,
                          _("Open the page: %(url)s", url=_edit_link(site, page, lang)),
                          _("You receive this e-mail because you sent this page for review."))
        return len(queue_mail([requester.email], subject, body, site_id=site.id))

    return _safely(queue, page, lang)


def _safely(queue: Callable[[], int], page: Page, lang: str) -> int:
    # In a savepoint of the caller's transaction: the notice goes out only if
    # the change is committed, and whatever goes wrong with it, the change stays.
    if not mail_enabled(current_app.config):
        return 0
    try:
        with db.session.begin_nested():
            return queue()
    except Exception:
        log.exception("no review notice queued for page %s [%s]", page.id, lang)
        return 0


def _lines(lang: str, title: str, what: str, link: str, why: str) -> str:
    """The body every notice shares: what happened, which page in which
    language, the link to its editing screen, and why the reader gets it."""
    language = {"lo": _("Lao"), "en": _("English")}.get(lang, lang)
    return "\n".join([what, "", _("Page: %(title)s", title=title),
                      _("Language: %(language)s", language=language), "", link, "", why,
                      _("You can turn these notices off under “My e-mail notices” in the "
                        "admin.")]) + "\n"


def _edit_link(site: Site, page: Page, lang: str) -> str:
    return site_link(site, "pages_admin.edit", page_id=page.id, lang=lang)


def _who(user) -> str:
    """How a notice names a person: their name, else their address."""
    if user is None:
        return _("Someone")
    return user.name or user.email
