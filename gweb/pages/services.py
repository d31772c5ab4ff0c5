"""Editing pages: create, save drafts, publish, schedule, move and delete.

Every function here takes plain arguments, commits its own unit of work and
then tells the hooks (`gweb_page_saved`, `gweb_page_deleted`).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import String, func, literal, select, update

from gweb.audit import services as audit
from gweb.exceptions import ConflictError, ValidationError
from gweb.extensions import db
from gweb.hooks.manager import call_hook
from gweb.pages import notices
from gweb.pages.editorial import latest_revision, root_page
from gweb.pages.models import DRAFT, PUBLISHED, Page, PageRevision, PageTranslation
from gweb.sites.models import Site
from gweb.text import slug_problem, slugify
from gweb.text.html import plain_text, sanitize_html
from gweb.timeutil import utcnow

CONTENT_FIELDS = PageRevision.CONTENT_FIELDS


@dataclass
class Draft:
    """What an editor submits for one language of a page."""

    title: str
    slug: str = ""
    summary: str = ""
    body: str = ""
    meta_description: str = ""

    @classmethod
    def of(cls, fields: dict) -> "Draft":
        return cls(**{k: fields.get(k) or "" for k in CONTENT_FIELDS})


def create_page(site, parent: Page | None, translations: dict[str, dict], *,
                key: str | None = None, author=None, publish: bool = False,
                show_in_menus: bool = True) -> Page:
    """Create a page under `parent` (None: the site's home page) with a
    translation for each language in `translations` (title, slug, summary,
    body, meta_description). Published at once when `publish` is set."""
    if parent is None and root_page(site.id) is not None:
        raise ValidationError(_("This site already has a home page."))
    if parent is not None and parent.site_id != site.id:
        raise ValidationError(_("The parent page belongs to another site."))
    if not translations:
        raise ValidationError({"title": _("A page needs a title in at least one language.")})
    position = 0
    if parent is not None:
        position = (db.session.scalar(
            select(func.max(Page.position)).where(Page.parent_id == parent.id)) or 0) + 1
    page = Page(site_id=site.id, parent=parent, key=key, position=position,
                show_in_menus=show_in_menus)
    db.session.add(page)
    try:
        for lang, fields in translations.items():
            draft = _clean(Draft.of(fields), is_home=parent is None)
            path = _child_path(parent, lang, site.default_lang, draft.slug)
            _check_path_free(site.id, lang, path, None)
            row = PageTranslation(site_id=site.id, lang=lang, title=draft.title, path=path)
            _apply(row, draft)
            page.translations.append(row)
            db.session.flush()
            _record(page, lang, draft, "publish" if publish else "draft", author)
            if publish:
                _make_live(row)
        audit.record(site.id, author, "page.create", "page", page.id,
                     " / ".join(t.get("title", "") for t in translations.values()),
                     after={"languages": sorted(translations)})
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    call_hook("gweb_page_saved", page=page, is_new=True)
    return page


def save_translation(page: Page, lang: str, fields: dict, *, author=None,
                     publish: bool = False, submit: bool = False, action: str | None = None,
                     expected_version: int | None = None,
                     scheduled: bool = False) -> PageTranslation:
    """Save one language of a page as a new revision.

    A page never published shows the new text in its row at once (as a draft);
    a published page keeps its live text until the revision is published.
    `submit` marks the revision for an editor's review; the people who can
    publish are told by e-mail. Any other save ends a waiting review, and the
    author who asked for it is told how: published, scheduled (`scheduled`:
    the caller schedules this text next) or sent back. `expected_version` is
    the page version the editor loaded: if someone saved since, ConflictError
    is raised and nothing is written.
    """
    if expected_version is not None and page.version != expected_version:
        raise ConflictError(page.version)
    draft = _clean(Draft.of(fields), is_home=page.parent_id is None)
    action = action or ("publish" if publish else "submit" if submit else "draft")
    row = page.translation(lang)
    before = _snapshot(row)
    was_in_review = row is not None and row.in_review
    asked_by = notices.requester_id(page, lang) if was_in_review else None
    if row is None:
        row = PageTranslation(site_id=page.site_id, lang=lang, title=draft.title)
        page.translations.append(row)
    try:
        if publish or row.status == DRAFT:
            _rename(page, row, lang, draft.slug)
            _apply(row, draft)
        else:
            row.has_unpublished_changes = True
        row.updated_at = utcnow()
        revision = _record(page, lang, draft, action, author)
        row.in_review = submit and not publish
        if publish:
            _make_live(row)
            row.scheduled_revision_id = row.scheduled_at = None
        page.version += 1
        db.session.flush()
        audit.record(page.site_id, author, f"page.{action}", "page", page.id,
                     f"[{lang}] {draft.title}", before=before,
                     after=_changed(before, _snapshot(row), revision))
        if row.in_review and not was_in_review:
            notices.tell_reviewers(page, lang, draft.title, author)
        elif was_in_review and not row.in_review:
            outcome = notices.PUBLISHED if publish else \
                notices.SCHEDULED if scheduled else notices.SENT_BACK
            notices.tell_requester(page, lang, draft.title, asked_by, author, outcome)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    call_hook("gweb_page_saved", page=page, is_new=False)
    return row


def publish(page: Page, lang: str, *, author=None) -> PageTranslation:
    """Make the latest revision of `lang` the live version."""
    revision = latest_revision(page.id, lang)
    if revision is None:
        raise ValidationError(_("There is nothing to publish in this language yet."))
    return save_translation(page, lang, revision_fields(revision), author=author, publish=True)


def send_back(page: Page, lang: str, fields: dict | None = None, *, author=None,
              expected_version: int | None = None) -> PageTranslation:
    """End the review of `lang` without publishing; the author who asked for
    it is told by e-mail. When `fields` (the editor's screen) differ from the
    text sent for review they are saved as the newest draft, so that nothing
    the editor wrote is lost; otherwise that text stays the newest draft."""
    row = page.translation(lang)
    if row is None or not row.in_review:
        raise ValidationError(_("This page is not waiting for review in this language."))
    if expected_version is not None and page.version != expected_version:
        raise ConflictError(page.version)
    revision = latest_revision(page.id, lang)
    if fields is not None and _clean(Draft.of(fields), page.parent_id is None) \
            != Draft.of(revision_fields(revision)):
        return save_translation(page, lang, fields, author=author)  # ends the review
    asked_by = notices.requester_id(page, lang)
    row.in_review = False
    page.version += 1
    audit.record(page.site_id, author, "page.send_back", "page", page.id,
                 f"[{lang}] {revision.title}", before={"in_review": True},
                 after={"in_review": False})
    notices.tell_requester(page, lang, revision.title, asked_by, author, notices.SENT_BACK)
    db.session.commit()
    call_hook("gweb_page_saved", page=page, is_new=False)
    return row


def restore_revision(page: Page, revision: PageRevision, *, author=None) -> PageTranslation:
    """Bring back an older revision as the newest draft (publish it to go live)."""
    if revision.page_id != page.id:
        raise ValidationError(_("This revision belongs to another page."))
    return save_translation(page, revision.lang, revision_fields(revision), author=author,
                            action="restore")


def unpublish(page: Page, lang: str, *, author=None) -> PageTranslation:
    """Take `lang` off the public site; its content and revisions stay."""
    row = page.translation(lang)
    if row is None:
        raise ValidationError(_("This page has no version in that language."))
    row.status = DRAFT
    row.scheduled_revision_id = row.scheduled_at = None
    page.version += 1
    audit.record(page.site_id, author, "page.unpublish", "page", page.id,
                 f"[{lang}] {row.title}", before={"status": PUBLISHED},
                 after={"status": DRAFT})
    db.session.commit()
    call_hook("gweb_page_saved", page=page, is_new=False)
    return row


def delete_page(page: Page, *, author=None) -> None:
    """Delete a page with all its descendants, translations and revisions."""
    if page.parent_id is None:
        raise ValidationError(_("The home page cannot be deleted."))
    titles = {t.lang: t.title for t in page.translations}
    audit.record(page.site_id, author, "page.delete", "page", page.id,
                 " / ".join(titles.values()), before={"titles": titles})
    db.session.delete(page)
    db.session.commit()
    call_hook("gweb_page_deleted", page=page)


def move_page(page: Page, new_parent: Page, position: int | None = None, *,
              author=None) -> Page:
    """Move `page` under `new_parent`, at `position` among its children (end if None)."""
    if page.parent_id is None:
        raise ValidationError(_("The home page cannot be moved."))
    if new_parent.site_id != page.site_id:
        raise ValidationError(_("A page cannot move to another site."))
    ancestor = new_parent
    while ancestor is not None:
        if ancestor.id == page.id:
            raise ValidationError(_("A page cannot move under itself."))
        ancestor = ancestor.parent
    old_parent_id = page.parent_id
    siblings = [p for p in new_parent.children if p.id != page.id]
    position = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(position, page)
    try:
        page.parent = new_parent
        for index, sibling in enumerate(siblings):
            sibling.position = index
        db.session.flush()
        for row in page.translations:
            _rename(page, row, row.lang, row.slug)
        page.version += 1
        audit.record(page.site_id, author, "page.move", "page", page.id,
                     " / ".join(t.title for t in page.translations),
                     before={"parent_id": old_parent_id},
                     after={"parent_id": new_parent.id, "position": position})
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    call_hook("gweb_page_saved", page=page, is_new=False)
    return page


def move_among_siblings(page: Page, offset: int, *, author=None) -> Page:
    """Move a page `offset` places up (negative) or down among its siblings."""
    if page.parent is None:
        raise ValidationError(_("The home page cannot be moved."))
    index = list(page.parent.children).index(page)
    return move_page(page, page.parent, max(0, index + offset), author=author)


def make_revision_live(page: Page, row: PageTranslation, revision: PageRevision,
                       when=None) -> None:
    """Put a revision's text into the live row (no commit): for scheduled
    publishing, where the text was validated when the revision was saved."""
    draft = Draft.of(revision_fields(revision))
    _rename(page, row, row.lang, draft.slug)
    _apply(row, draft)
    _make_live(row)
    if when is not None:
        row.last_published_at = when
    row.in_review = False
    row.scheduled_revision_id = row.scheduled_at = None


def revision_fields(revision: PageRevision) -> dict:
    """The content fields of a revision, as save_translation takes them."""
    return {k: getattr(revision, k) for k in CONTENT_FIELDS}


# -- internals ----------------------------------------------------------------


def _clean(draft: Draft, is_home: bool) -> Draft:
    """Normalise and validate a draft; raise ValidationError with every problem."""
    errors = {}
    draft.title = unicodedata.normalize("NFC", draft.title.strip())
    if not draft.title:
        errors["title"] = _("Please give the page a title.")
    elif len(draft.title) > 300:
        errors["title"] = _("The title is too long (at most 300 characters).")
    if is_home:
        draft.slug = ""
    else:
        draft.slug = unicodedata.normalize("NFC", draft.slug.strip()) or slugify(draft.title)
        problem = slug_problem(draft.slug)
        if problem and "title" not in errors:
            errors["slug"] = problem
    draft.body = sanitize_html(draft.body)
    draft.summary = plain_text(draft.summary)
    draft.meta_description = plain_text(draft.meta_description)[:320]
    if errors:
        raise ValidationError(errors)
    return draft


def _apply(row: PageTranslation, draft: Draft) -> None:
    for field in CONTENT_FIELDS:
        setattr(row, field, getattr(draft, field))
    row.updated_at = utcnow()


def _make_live(row: PageTranslation) -> None:
    now = utcnow()
    row.status = PUBLISHED
    row.first_published_at = row.first_published_at or now
    row.last_published_at = now
    row.has_unpublished_changes = False


def _record(page: Page, lang: str, draft: Draft, action: str, author) -> PageRevision:
    revision = PageRevision(page_id=page.id, site_id=page.site_id, lang=lang, action=action,
                            author_id=getattr(author, "id", None),
                            **{k: getattr(draft, k) for k in CONTENT_FIELDS})
    db.session.add(revision)
    return revision


def _snapshot(row: PageTranslation | None) -> dict:
    if row is None:
        return {}
    return {"title": row.title, "slug": row.slug, "summary": row.summary, "body": row.body,
            "meta_description": row.meta_description, "status": row.status}


def _changed(before: dict, after: dict, revision: PageRevision) -> dict:
    """What the save changed in the live row, and the revision it made."""
    diff = {k: v for k, v in after.items() if before.get(k) != v}
    diff["revision_id"] = revision.id
    return diff


def _parent_path(parent: Page | None, lang: str, default_lang: str) -> str | None:
    if parent is None:
        return None
    row = parent.translation(lang) or parent.translation(default_lang)
    if row is None and parent.translations:
        row = parent.translations[0]
    return row.path if row else ""


def _child_path(parent: Page | None, lang: str, default_lang: str, slug: str) -> str:
    base = _parent_path(parent, lang, default_lang)
    if base is None:
        return ""  # the home page
    return f"{base}/{slug}" if base else slug


def _check_path_free(site_id: int, lang: str, path: str, own_id: int | None) -> None:
    clash = db.session.scalar(select(PageTranslation.id).where(
        PageTranslation.site_id == site_id, PageTranslation.lang == lang,
        PageTranslation.path == path))
    if clash is not None and clash != own_id:
        raise ValidationError({"slug": _("Another page already uses the address /%(lang)s/%(path)s.",
                                         lang=lang, path=path)})


def _rename(page: Page, row: PageTranslation, lang: str, slug: str) -> None:
    """Give `row` the slug and the path under its parent, and carry the new
    path down to every descendant in the same language."""
    default_lang = db.session.get(Site, page.site_id).default_lang
    new_path = _child_path(page.parent, lang, default_lang, slug)
    old_path = row.path
    if row.id is not None and new_path == old_path and row.slug == slug:
        return
    _check_path_free(page.site_id, lang, new_path, row.id)
    row.slug, row.path = slug, new_path
    if row.id is None or not old_path:
        return
    db.session.flush()
    prefix = old_path + "/"
    db.session.execute(
        update(PageTranslation)
        .where(PageTranslation.site_id == page.site_id, PageTranslation.lang == lang,
               PageTranslation.path.startswith(prefix, autoescape=True))
        .values(path=literal(new_path + "/", String)
                + func.substr(PageTranslation.path, len(prefix) + 1))
        .execution_options(synchronize_session="fetch"))
