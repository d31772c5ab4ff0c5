"""News and announcements: what visitors see, and how editors change it.

Every function takes plain arguments and works on one site. The ones that
change something check all their input first (raising ValidationError, which
names the fields, with nothing stored), write an audit event, commit, and
then keep site search current.
"""
from __future__ import annotations

import logging
import math
from itertools import groupby
from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from gweb.audit.services import record
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.media import services as media
from gweb.text.html import plain_text, sanitize_html
from gweb.timeutil import utcnow

from .models import NewsArticle, NewsTranslation

log = logging.getLogger("gweb.plugins.news")
LANGUAGES = ("lo", "en")
PER_PAGE = 10
MAX_PAGE = 1000
TITLE_MAX, SUMMARY_MAX, BODY_MAX = 300, 1000, 200_000
EARLIEST, LATEST = datetime(1975, 12, 2), datetime(2200, 1, 1)  # the Lao PDR's founding day
SEARCH_KIND = "news"
# Categories are fixed so that their names are translated like every other string.
CATEGORIES = {"news": _l("News"), "announcement": _l("Announcements"),
              "notice": _l("Notices"), "event": _l("Events"), "press": _l("Press releases")}


def category_label(key: str) -> str:
    return str(CATEGORIES.get(key, key))


@dataclass
class ArticlePage:
    """One page of a public list."""

    items: list[NewsArticle]
    total: int
    page: int
    pages: int


# -- reading ---------------------------------------------------------------------


def _visible(site_id: int, now: datetime):
    return (NewsArticle.site_id == site_id, NewsArticle.published.is_(True),
            NewsArticle.publish_at <= now)


def public_list(site_id: int, page: int = 1, category: str | None = None,
                now: datetime | None = None, per_page: int = PER_PAGE) -> ArticlePage:
    """A page of the published articles of a site (of one `category` if
    given), newest first; pinned announcements are shown apart (`pinned`).
    Scheduled articles stay out until their time. Translations and images
    come with the articles (no query per item)."""
    now = now or utcnow()
    conditions = list(_visible(site_id, now))
    if category:
        conditions.append(NewsArticle.category == category)
    total = db.session.scalar(select(func.count(NewsArticle.id)).where(*conditions)) or 0
    pages = max(1, math.ceil(total / per_page))
    page = min(max(page, 1), min(pages, MAX_PAGE))
    items = list(db.session.scalars(
        select(NewsArticle).where(*conditions)
        .order_by(NewsArticle.publish_at.desc(), NewsArticle.id.desc())
        .limit(per_page).offset((page - 1) * per_page)))
    return ArticlePage(items, total, page, pages)


def pinned(site_id: int, now: datetime | None = None) -> list[NewsArticle]:
    """Published announcements pinned at `now`, the latest first."""
    now = now or utcnow()
    return list(db.session.scalars(
        select(NewsArticle).where(*_visible(site_id, now), NewsArticle.pinned_until > now)
        .order_by(NewsArticle.publish_at.desc(), NewsArticle.id.desc())))


def latest(site_id: int, limit: int = 4, now: datetime | None = None,
           lang: str | None = None) -> list[NewsArticle]:
    """The newest published articles (in `lang` only, if given)."""
    now = now or utcnow()
    query = select(NewsArticle).where(*_visible(site_id, now))
    if lang:
        query = query.where(NewsArticle.id.in_(select(NewsTranslation.article_id).where(
            NewsTranslation.lang == lang, NewsTranslation.title != "")))
    return list(db.session.scalars(
        query.order_by(NewsArticle.publish_at.desc(), NewsArticle.id.desc()).limit(limit)))


def public_article(site_id: int, article_id: int,
                   now: datetime | None = None) -> NewsArticle | None:
    """A published article of the site, or None (draft, scheduled, other site)."""
    return db.session.scalar(select(NewsArticle).where(
        *_visible(site_id, now or utcnow()), NewsArticle.id == article_id))


def list_articles(site_id: int) -> list[NewsArticle]:
    """Every article of a site, for the admin: newest publish date first."""
    return list(db.session.scalars(select(NewsArticle).where(NewsArticle.site_id == site_id)
                                   .order_by(NewsArticle.publish_at.desc(),
                                             NewsArticle.id.desc())))


def get_article(site_id: int, article_id: int) -> NewsArticle | None:
    """One article of the site, or None (also when it belongs to another site)."""
    article = db.session.get(NewsArticle, article_id)
    return article if article is not None and article.site_id == site_id else None


def image_choices(site_id: int) -> list:
    """The site's images in the media library, newest first."""
    return media.library(site_id, kind="image", per_page=500).items


# -- changing --------------------------------------------------------------------


def save_article(site_id: int, values: dict, user=None, article: NewsArticle | None = None,
                 may_publish: bool = True) -> NewsArticle:
    """Create an article (or change `article`) from `values`: category,
    image_id, published, publish_at, pinned_until (naive UTC or None), and
    per language title_<lang>, summary_<lang>, body_<lang> (HTML, sanitised
    here). Without `may_publish` (an author) it is kept a draft and an
    already published article cannot be changed."""
    if not may_publish and article is not None and article.published:
        raise ValidationError({"published": _("Only an editor can change a published article.")})
    clean = _checked(site_id, values)
    if not may_publish:
        clean["published"], clean["pinned_until"] = False, None
    is_new = article is None
    before = None if is_new else _snapshot(article)
    if is_new:
        article = NewsArticle(site_id=site_id, author_id=getattr(user, "id", None))
        db.session.add(article)
    for name in ("category", "image_id", "published", "publish_at", "pinned_until"):
        setattr(article, name, clean[name])
    article.updated_at = utcnow()
    by_lang = {t.lang: t for t in article.translations}
    for lang in LANGUAGES:
        text = clean["texts"][lang]
        row = by_lang.get(lang)
        if not text["title"]:
            if row is not None:
                article.translations.remove(row)
            continue
        if row is None:
            row = NewsTranslation(lang=lang)
            article.translations.append(row)
        row.title, row.summary, row.body = text["title"], text["summary"], text["body"]
    db.session.flush()
    record(site_id, user, "news.create" if is_new else "news.update", "news_article",
           article.id, summary=_title(article), before=before, after=_snapshot(article))
    db.session.commit()
    _sync_search(site_id, article)
    return article


def set_pin(site_id: int, article: NewsArticle, until: datetime | None, user=None) -> None:
    """Pin `article` above the list until `until` (naive UTC), or unpin it (None)."""
    if until is not None and not (utcnow() < until < LATEST):
        raise ValidationError({"pinned_until": _("Choose an expiry in the future.")})
    article.pinned_until = until
    record(site_id, user, "news.pin" if until else "news.unpin", "news_article", article.id,
           summary=_title(article))
    db.session.commit()


def delete_article(site_id: int, article: NewsArticle, user=None) -> None:
    """Delete an article of the site and take it out of site search."""
    article_id = article.id
    record(site_id, user, "news.delete", "news_article", article_id, summary=_title(article),
           before=_snapshot(article))
    db.session.delete(article)
    db.session.commit()
    _remove_from_search(site_id, [article_id])


def _checked(site_id: int, values: dict) -> dict:
    errors: dict[str, str] = {}
    category = values.get("category") or "news"
    if category not in CATEGORIES:
        errors["category"] = _("Choose a category from the list.")
    image_id = values.get("image_id") or None
    if image_id is not None:
        try:
            image = media.get_media(site_id, int(image_id))
        except (TypeError, ValueError):
            image = None
        if image is None or image.kind != "image":
            errors["image_id"] = _("Choose an image of this site's media library.")
        else:
            image_id = image.id
    publish_at = values.get("publish_at") or utcnow().replace(microsecond=0)
    if not EARLIEST <= publish_at < LATEST:
        errors["publish_at"] = _("Give a publication date between 1975 and 2199.")
    pinned_until = values.get("pinned_until") or None
    if pinned_until is not None and not (publish_at < pinned_until < LATEST):
        errors["pinned_until"] = _(
            "The pin must end after the publication date (and before 2200).")
    texts = {}
    for lang in LANGUAGES:
        text = {"title": " ".join((values.get(f"title_{lang}") or "").split()),
                "summary": (values.get(f"summary_{lang}") or "").strip(),
                "body": sanitize_html(values.get(f"body_{lang}") or "").strip()}
        if len(text["title"]) > TITLE_MAX:
            errors[f"title_{lang}"] = _("Keep the title under %(count)d characters.",
                                        count=TITLE_MAX)
        if len(text["summary"]) > SUMMARY_MAX:
            errors[f"summary_{lang}"] = _("Keep the summary under %(count)d characters.",
                                          count=SUMMARY_MAX)
        if len(text["body"]) > BODY_MAX:
            errors[f"body_{lang}"] = _("The text is too long.")
        if not text["title"] and (text["summary"] or plain_text(text["body"])):
            errors[f"title_{lang}"] = _("Give a title to the text in this language.")
        texts[lang] = text
    if not any(t["title"] for t in texts.values()) and "title_lo" not in errors:
        errors["title_lo"] = _("Give the article a title in Lao, in English or in both.")
    if errors:
        raise ValidationError(errors)
    return {"category": category, "image_id": image_id, "published": bool(values.get("published")),
            "publish_at": publish_at, "pinned_until": pinned_until, "texts": texts}


def _title(article: NewsArticle) -> str:
    text = article.translation("lo")
    return text.title if text else ""


def _snapshot(article: NewsArticle) -> dict:
    return {"category": article.category, "image_id": article.image_id,
            "published": article.published,
            "publish_at": article.publish_at.isoformat() if article.publish_at else None,
            "pinned_until": article.pinned_until.isoformat() if article.pinned_until else None,
            "titles": {t.lang: t.title for t in article.translations}}


# -- search and sitemap ----------------------------------------------------------


def article_url(lang: str, article_id: int) -> str:
    """The stable permalink of an article: it never changes with its title."""
    return f"/{lang}/news/{article_id}/"


def search_documents_of(article: NewsArticle) -> list[dict]:
    """What site search holds for an article (each language it is written
    in); a scheduled one becomes findable at its publication time."""
    if not article.published:
        return []
    return [{"kind": SEARCH_KIND, "key": str(article.id), "lang": t.lang, "title": t.title,
             "body": f"{t.summary} {t.body}", "url": article_url(t.lang, article.id),
             "published_at": article.publish_at, "visible_from": article.publish_at}
            for t in article.translations if t.title]


def search_documents(site_id: int) -> list[dict]:
    """Every published (or scheduled) article of a site, for a full reindex."""
    rows = db.session.scalars(select(NewsArticle).where(NewsArticle.site_id == site_id,
                                                       NewsArticle.published.is_(True)))
    return [doc for article in rows for doc in search_documents_of(article)]


def sitemap_urls(site_id: int, now: datetime | None = None) -> list[dict]:
    """The lists and every public article, each language an alternate of the
    other. Reads ids, dates and languages, not articles with their texts."""
    entries = [{"loc": {lang: f"/{lang}/news/" for lang in LANGUAGES}, "lastmod": None}]
    rows = db.session.execute(
        select(NewsArticle.id, NewsArticle.updated_at, NewsTranslation.lang)
        .join(NewsTranslation, NewsTranslation.article_id == NewsArticle.id)
        .where(*_visible(site_id, now or utcnow()), NewsTranslation.title != "")
        .order_by(NewsArticle.id, NewsTranslation.lang))
    for article_id, group in groupby(rows, key=lambda row: row.id):
        group = list(group)
        entries.append({"loc": {row.lang: article_url(row.lang, article_id) for row in group},
                        "lastmod": group[0].updated_at})
    return entries


def _sync_search(site_id: int, article: NewsArticle) -> None:
    from gweb.search import services as search

    docs = search_documents_of(article)
    try:
        search.remove_documents(site_id, SEARCH_KIND, [str(article.id)])
        if docs:
            search.index_documents(site_id, docs)
    except Exception:  # the editor's save stands; `gweb search reindex` repairs the index
        log.exception("could not update the search index for news article %s", article.id)


def _remove_from_search(site_id: int, keys: list[int]) -> None:
    from gweb.search import services as search

    try:
        search.remove_documents(site_id, SEARCH_KIND, [str(k) for k in keys])
    except Exception:
        log.exception("could not remove news articles %s from the search index", keys)


def next_change(site_id: int, now: datetime) -> datetime | None:
    """The next time after `now` an article of the site appears (its
    publication date) or stops being pinned; for the page cache. One query."""
    soonest = [select(func.min(column)).where(NewsArticle.site_id == site_id,
                                              NewsArticle.published.is_(True), column > now)
               .scalar_subquery()
               for column in (NewsArticle.publish_at, NewsArticle.pinned_until)]
    return min((t for t in db.session.execute(select(*soonest)).one() if t), default=None)
