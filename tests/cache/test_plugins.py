"""Plugins' content on cached pages: a saved article or banner shows at
once, a scheduled one shows on time, a citizen's message empties nothing."""
from __future__ import annotations

from datetime import timedelta

import pytest

from gweb.config import PROJECT_ROOT
from gweb.extensions import babel, db
from gweb.timeutil import utcnow

HOME = "/en/"


@pytest.fixture
def plugin_app(make_plugin_app):
    app = make_plugin_app(["news", "notice", "feedback"], folder=PROJECT_ROOT / "plugins",
                          PAGE_CACHE=True)
    babel.domain_instance.cache.clear()
    return app


@pytest.fixture
def site(plugin_app):
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site

    site = create_site("ministry.test", {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Tests"})
    build_standard_site(site)
    db.session.commit()
    return site


@pytest.fixture
def client(plugin_app, site):
    return plugin_app.test_client()


def warm(client, url):
    for _ in range(3):
        response = client.get(url)
    assert response.headers.get("X-Gweb-Cache") == "hit", url
    return response


def _article(title: str, **values):
    texts = {"title_en": title, "summary_en": "", "body_en": "<p>Text</p>",
             "title_lo": "", "summary_lo": "", "body_lo": ""}
    return {"category": "news", "image_id": None, "published": True, "publish_at": None,
            "pinned_until": None, **texts, **values}


def test_a_published_news_article_shows_at_once_in_the_cached_news_list(client, site):
    from plugins.news import services as news

    warm(client, "/en/news/")
    news.save_article(site.id, _article("Rice harvest up ten percent"))
    assert "Rice harvest up ten percent" in client.get("/en/news/").get_data(as_text=True)


def test_the_second_page_of_the_news_is_cached_until_an_article_is_saved_and_utm_tags_skip_it(
        client, site):
    from plugins.news import services as news

    for n in range(12):
        news.save_article(site.id, _article(f"Weekly report {n}"))
    assert "Weekly report" in warm(client, "/en/news/?page=2").get_data(as_text=True)
    news.save_article(site.id, _article("Flood warning for the south"))
    assert "X-Gweb-Cache" not in client.get("/en/news/?page=2&utm_source=x").headers
    assert client.get("/en/news/?page=2").headers.get("X-Gweb-Cache") != "hit"


def test_an_article_dated_for_later_appears_when_its_time_comes(client, site, plugin_app,
                                                                monkeypatch):
    from plugins.news import services as news

    at = utcnow().replace(microsecond=0) + timedelta(hours=2)
    news.save_article(site.id, _article("New decree in force", publish_at=at))
    assert "New decree in force" not in warm(client, "/en/news/").get_data(as_text=True)
    cache = plugin_app.extensions["gweb.cache"]
    real_clock = cache.clock
    monkeypatch.setattr(cache, "clock", lambda: real_clock() + 2 * 3600 + 5)
    later = at + timedelta(seconds=1)
    monkeypatch.setattr("plugins.news.views.utcnow", lambda: later)
    assert "New decree in force" in client.get("/en/news/").get_data(as_text=True)


def test_a_new_notice_banner_shows_at_once_on_cached_pages(client, site):
    from plugins.notice import services as notice

    warm(client, HOME)
    notice.save_banner(site.id, {"text_en": "Offices closed on 2 December", "text_lo": "ປິດ"})
    assert "Offices closed on 2 December" in client.get(HOME).get_data(as_text=True)


def test_a_citizens_message_does_not_empty_the_cache(client, site, count_queries):
    from plugins.feedback import services as feedback

    warm(client, HOME)
    feedback.submit(site.id, {"message": "ສະບາຍດີ"}, "lo")
    assert count_queries(lambda: client.get(HOME)) == 0
