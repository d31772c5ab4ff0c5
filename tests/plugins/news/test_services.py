"""The news plugin's services: publishing, scheduling, pinning, checks."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.timeutil import utcnow
from tests.conftest import schema_differences


def test_a_scheduled_article_stays_out_of_the_list_until_its_publication_time(site, article):
    from plugins.news import services

    now = utcnow()
    soon = article(title_lo="ຂ່າວມື້ອື່ນ", publish_at=now + timedelta(days=1))
    assert soon.state(now) == "scheduled"
    assert services.public_list(site.id, now=now).items == []
    assert services.public_article(site.id, soon.id, now=now) is None
    later = now + timedelta(days=1, minutes=1)
    assert services.public_list(site.id, now=later).items == [soon]


def test_drafts_are_never_public(site, article):
    from plugins.news import services

    draft = article(published=False)
    assert services.public_list(site.id).total == 0
    assert services.public_article(site.id, draft.id) is None
    assert services.search_documents(site.id) == []


def test_lists_are_newest_first_and_paged(site, article):
    from plugins.news import services

    now = utcnow()
    made = [article(title_lo=f"ຂ່າວ {i}", publish_at=now - timedelta(days=i)) for i in range(12)]
    first = services.public_list(site.id, page=1, per_page=5)
    assert first.total == 12 and first.pages == 3 and first.items == made[:5]
    assert services.public_list(site.id, page=3, per_page=5).items == made[10:]
    assert services.public_list(site.id, page=99, per_page=5).page == 3  # past the end: the last


def test_a_pinned_announcement_shows_until_its_expiry(site, article):
    from plugins.news import services

    now = utcnow()
    pinned = article(category="announcement", pinned_until=now + timedelta(days=2))
    article(title_lo="ທຳມະດາ")
    assert services.pinned(site.id, now) == [pinned]
    assert services.pinned(site.id, now + timedelta(days=3)) == []
    services.set_pin(site.id, pinned, None)
    assert services.pinned(site.id, now) == []


def test_the_body_is_sanitised_on_save(site, article):
    saved = article(body_lo='<p onclick="x()">ສະບາຍດີ</p><script>alert(1)</script>'
                            '<a href="javascript:alert(1)">ລິ້ງ</a>')
    body = saved.translation("lo").body
    assert "<script" not in body and "onclick" not in body and "javascript:" not in body
    assert "ສະບາຍດີ" in body


@pytest.mark.parametrize("values, field", [
    ({"title_lo": "", "title_en": ""}, "title_lo"),
    ({"publish_at": datetime(1900, 1, 1)}, "publish_at"),
    ({"publish_at": datetime(2400, 1, 1)}, "publish_at"),
    ({"pinned_until": datetime(2000, 1, 1)}, "pinned_until"),
    ({"category": "gossip"}, "category"),
    ({"image_id": 999999}, "image_id"),
    ({"title_en": "", "summary_en": "A summary without a title"}, "title_en"),
    ({"title_lo": "ກ" * 301}, "title_lo"),
])
def test_bad_values_are_refused_naming_the_field_and_nothing_is_saved(site, values, field):
    from plugins.news import services
    from plugins.news.models import NewsArticle

    data = {"title_lo": "ຂ່າວ", "title_en": "News", "published": True, **values}
    with pytest.raises(ValidationError) as error:
        services.save_article(site.id, data)
    assert field in error.value.errors
    assert db.session.scalars(select(NewsArticle)).all() == []


def test_an_image_of_another_site_cannot_be_featured(site):
    import io

    from PIL import Image

    from gweb.media import services as media
    from gweb.sites.services import create_site
    from plugins.news import services

    other = create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    db.session.commit()
    data = io.BytesIO()
    Image.new("RGB", (400, 300), (0, 40, 104)).save(data, "PNG")
    data.seek(0)
    from flask import current_app
    foreign = media.upload(current_app.config["MEDIA_ROOT"], other.id, data, "x.png",
                           alts={"lo": "ຮູບ", "en": "Picture"})
    with pytest.raises(ValidationError) as error:
        services.save_article(site.id, {"title_lo": "ຂ່າວ", "image_id": foreign.id})
    assert "image_id" in error.value.errors


def test_an_author_keeps_a_draft_and_cannot_change_a_published_article(site, article):
    from plugins.news import services

    draft = services.save_article(site.id, {"title_lo": "ຮ່າງ", "published": True,
                                            "pinned_until": utcnow() + timedelta(days=1)},
                                  may_publish=False)
    assert draft.published is False and draft.pinned_until is None
    public = article()
    with pytest.raises(ValidationError):
        services.save_article(site.id, {"title_lo": "ປ່ຽນ"}, article=public, may_publish=False)


def test_search_and_sitemap_carry_published_articles_in_each_language(site, article):
    from plugins.news import services

    both = article(title_lo="ຂ່າວສອງພາສາ", title_en="Two languages")
    lao_only = article(title_lo="ລາວຢ່າງດຽວ", title_en="")
    article(title_lo="ຮ່າງ", published=False)
    docs = services.search_documents(site.id)
    assert {(d["key"], d["lang"]) for d in docs} == {
        (str(both.id), "lo"), (str(both.id), "en"), (str(lao_only.id), "lo")}
    assert all(d["kind"] == "news" and d["url"] == f"/{d['lang']}/news/{d['key']}/" for d in docs)
    locs = [e["loc"] for e in services.sitemap_urls(site.id)]
    assert {"lo": "/lo/news/", "en": "/en/news/"} in locs
    assert {"lo": f"/lo/news/{both.id}/", "en": f"/en/news/{both.id}/"} in locs
    assert {"lo": f"/lo/news/{lao_only.id}/"} in locs


def test_site_search_finds_an_article_as_soon_as_it_is_saved_and_loses_it_when_deleted(
        site, article):
    from gweb.search import services as search
    from plugins.news import services

    saved = article(title_lo="ໂຄງການອິນເຕີເນັດໂຮງຮຽນ", title_en="Internet for schools")
    assert [h.url for h in search.search(site.id, "en", "schools").hits] == [
        f"/en/news/{saved.id}/"]
    services.delete_article(site.id, saved)
    assert search.search(site.id, "en", "schools").hits == []


def test_the_demo_adds_eight_articles_once_with_one_pinned_announcement(site):
    from plugins.news import services
    from plugins.news.demo import add_demo

    assert add_demo(site) == 8
    assert add_demo(site) == 0
    assert services.public_list(site.id).total == 8
    assert len(services.pinned(site.id)) == 1
    with_image = [a for a in services.list_articles(site.id) if a.image is not None]
    assert with_image and all(a.image.alt("lo") and a.image.alt("en") for a in with_image)
    assert all(set(a.languages()) == {"lo", "en"} for a in services.list_articles(site.id))


def test_the_migration_builds_exactly_the_tables_the_models_describe(news_app):
    assert schema_differences("news_") == []
    assert {"news_article", "news_translation"} <= set(db.metadata.tables)
