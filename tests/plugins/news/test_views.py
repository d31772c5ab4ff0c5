"""The public news pages, the Atom feed and the home-page slot, in Lao and English."""
from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest

from gweb.extensions import db
from gweb.timeutil import utcnow


def html_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.get_data(as_text=True)


def _image(site, width=1280, height=720):
    from flask import current_app
    from PIL import Image

    from gweb.media import services as media

    data = io.BytesIO()
    Image.new("RGB", (width, height), (0, 40, 104)).save(data, "PNG")
    data.seek(0)
    return media.upload(current_app.config["MEDIA_ROOT"], site.id, data, "photo.png",
                        alts={"lo": "ຮູບກອງປະຊຸມ", "en": "The meeting"})


def test_visitors_read_the_news_list_in_lao_and_in_english(client, article):
    article(title_lo="ກະຊວງເປີດຕົວລະບົບໃໝ່", title_en="Ministry launches a new system",
            summary_lo="ສະຫຼຸບຫຍໍ້", summary_en="In short")
    lao = html_of(client, "/lo/news/")
    assert '<html lang="lo">' in lao and "<h1>ຂ່າວ</h1>" in lao
    assert "ກະຊວງເປີດຕົວລະບົບໃໝ່" in lao and "ສະຫຼຸບຫຍໍ້" in lao
    english = html_of(client, "/en/news/")
    assert "Ministry launches a new system" in english and "In short" in english
    assert 'hreflang="lo" href="http://localhost/lo/news/"' in english


def test_an_article_missing_in_english_is_shown_in_lao_and_marked_so(client, article):
    saved = article(title_lo="ລາວຢ່າງດຽວ", title_en="")
    listing = html_of(client, "/en/news/")
    assert '<article class="news-teaser" lang="lo">' in listing
    page = html_of(client, f"/en/news/{saved.id}/")
    assert "not available in English yet" in page
    assert '<article class="news-article" lang="lo">' in page


def test_each_article_has_a_stable_permalink_that_keeps_working_after_its_title_changes(
        client, site, article):
    from plugins.news import services

    saved = article(title_lo="ຫົວຂໍ້ເກົ່າ", body_lo="<p>ເນື້ອໃນ</p>")
    assert "ຫົວຂໍ້ເກົ່າ" in html_of(client, f"/lo/news/{saved.id}/")
    services.save_article(site.id, {"title_lo": "ຫົວຂໍ້ໃໝ່", "published": True,
                                    "publish_at": saved.publish_at}, article=saved)
    page = html_of(client, f"/lo/news/{saved.id}/")
    assert "<h1>ຫົວຂໍ້ໃໝ່</h1>" in page and "<p>ເນື້ອໃນ</p>" not in page
    assert f'<link rel="canonical" href="http://localhost/lo/news/{saved.id}/">' in page


def test_a_scheduled_or_draft_article_answers_404_until_it_is_published(client, article):
    later = article(publish_at=utcnow() + timedelta(hours=2))
    draft = article(published=False)
    assert client.get(f"/lo/news/{later.id}/").status_code == 404
    assert client.get(f"/lo/news/{draft.id}/").status_code == 404
    assert "ຂ່າວທົດສອບ" not in html_of(client, "/lo/news/")


def test_the_list_is_paged_with_links_to_older_and_newer_news(client, article):
    now = utcnow()
    for i in range(12):
        article(title_lo=f"ຂ່າວລຳດັບ {i:02d}", publish_at=now - timedelta(hours=i))
    first = html_of(client, "/lo/news/")
    assert "ຂ່າວລຳດັບ 00" in first and "ຂ່າວລຳດັບ 10" not in first
    assert 'href="/lo/news/?page=2" rel="next"' in first
    second = html_of(client, "/lo/news/?page=2")
    assert "ຂ່າວລຳດັບ 10" in second and 'rel="prev"' in second
    assert client.get("/lo/news/?page=abc").status_code == 200


def test_a_category_has_its_own_list_and_an_unknown_one_is_404(client, article):
    article(title_lo="ກິດຈະກຳໃຫຍ່", title_en="Big event", category="event")
    article(title_lo="ຂ່າວທົ່ວໄປ", title_en="General news", category="news")
    events = html_of(client, "/en/news/category/event/")
    assert "Big event" in events and "General news" not in events and "<h1>Events</h1>" in events
    assert client.get("/en/news/category/gossip/").status_code == 404


def test_a_pinned_announcement_stands_above_the_list_until_it_expires(client, site, article):
    from plugins.news import services

    pinned = article(title_lo="ປະກາດສຳຄັນ", category="announcement",
                     pinned_until=utcnow() + timedelta(days=1))
    html = html_of(client, "/lo/news/")
    box = html.split('class="news-pinned"', 1)[1].split("</section>", 1)[0]
    assert "ປະກາດສຳຄັນ" in box
    pinned.pinned_until = utcnow() - timedelta(minutes=1)
    db.session.commit()
    assert 'class="news-pinned"' not in html_of(client, "/lo/news/")
    assert services.pinned(site.id) == []


def test_the_featured_image_uses_the_cores_renditions_with_a_srcset_and_alt_text(
        client, site, article):
    image = _image(site)
    saved = article(image_id=image.id)
    page = html_of(client, f"/en/news/{saved.id}/")
    stored = image.stored_name
    assert f"/media/320/{stored} 320w" in page and f"/media/1280/{stored} 1280w" in page
    assert 'alt="The meeting"' in page and 'width="1280" height="720"' in page
    stem = stored.rsplit(".", 1)[0]
    assert f"/media/640/{stem}.webp 640w" in page
    rendition = client.get(f"/media/640/{stored}")
    assert rendition.status_code == 200 and rendition.mimetype == "image/png"
    assert 'alt="ຮູບກອງປະຊຸມ"' in html_of(client, "/lo/news/")


def test_a_small_image_is_never_offered_wider_than_it_is(client, site, article):
    image = _image(site, width=500, height=300)
    article(image_id=image.id)
    html = html_of(client, "/lo/news/")
    assert f"/media/320/{image.stored_name} 320w" in html and "/media/640/" not in html


def test_the_home_page_shows_the_latest_news_and_the_pinned_announcement(client, article):
    now = utcnow()
    for i in range(6):
        article(title_lo=f"ຂ່າວໜ້າຫຼັກ {i}", title_en=f"Home news {i}",
                publish_at=now - timedelta(hours=i + 1))
    article(title_lo="ປະກາດປັກໝຸດ", title_en="Pinned notice", pinned_until=now + timedelta(days=1))
    html = html_of(client, "/en/")
    home = html.split('class="news-home"', 1)[1].split("</section>\n</section>", 1)[0]
    assert "Latest news" in html and "Pinned notice" in home
    assert "Home news 0" in home and "Home news 3" in home and "Home news 4" not in home
    assert "ຂ່າວຫຼ້າສຸດ" in html_of(client, "/lo/")


def test_the_home_page_has_no_news_section_when_nothing_is_published(client):
    assert 'class="news-home"' not in html_of(client, "/lo/")


def test_the_standard_news_page_of_the_tree_leads_to_the_news_list(client):
    response = client.get("/lo/news")
    assert response.status_code in (301, 302, 308)
    assert response.headers["Location"].endswith("/lo/news/")


@pytest.mark.parametrize("lang", ["lo", "en"])
def test_the_atom_feed_of_each_language_is_accepted_by_a_real_feed_reader(
        client, site, article, lang):
    import feedparser  # the real parser (setup.cfg, extra "test")

    image = _image(site)
    first = article(title_lo="ຂ່າວທຳອິດ & ສອງ", title_en="First <news> & more",
                    summary_lo="ສະຫຼຸບ", summary_en="Summary",
                    body_lo="<p>ເນື້ອໃນ <strong>ສຳຄັນ</strong></p>",
                    body_en="<p>Body <strong>bold</strong></p>",
                    image_id=image.id, publish_at=utcnow() - timedelta(days=1))
    article(title_lo="ຂ່າວລາວເທົ່ານັ້ນ", title_en="")  # not in the English feed
    article(title_lo="ຂ່າວອະນາຄົດ", title_en="Future news", publish_at=utcnow() + timedelta(days=1))
    response = client.get(f"/{lang}/news/feed.xml")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.namespaces.get("") == "http://www.w3.org/2005/Atom"
    feed = parsed.feed
    assert feed.language == lang and feed.id == f"http://localhost/{lang}/news/"
    assert feed.updated_parsed is not None and feed.author
    links = {link.rel: link.href for link in feed.links}
    assert links == {"self": f"http://localhost/{lang}/news/feed.xml",
                     "alternate": f"http://localhost/{lang}/news/"}
    titles = [entry.title for entry in parsed.entries]
    if lang == "lo":
        assert titles == ["ຂ່າວລາວເທົ່ານັ້ນ", "ຂ່າວທຳອິດ & ສອງ"]
    else:
        assert titles == ["First <news> & more"]
    entry = parsed.entries[-1]
    assert entry.id == entry.link == f"http://localhost/{lang}/news/{first.id}/"
    assert entry.published_parsed and entry.updated_parsed
    assert entry.summary == ("ສະຫຼຸບ" if lang == "lo" else "Summary")
    content = entry.content[0]
    assert content.type == "text/html"
    assert ("<strong>ສຳຄັນ</strong>" if lang == "lo" else "<strong>bold</strong>") in content.value
    assert f"http://localhost/media/640/{image.stored_name}" in content.value
    list_page = html_of(client, f"/{lang}/news/")
    assert f'type="application/atom+xml" title=' in list_page


def test_the_sitemap_lists_the_news_with_its_languages_as_alternates(client, article):
    saved = article()
    xml = client.get("/sitemap.xml").get_data(as_text=True)
    assert f"/lo/news/{saved.id}/" in xml and f"/en/news/{saved.id}/" in xml
    assert re.search(r'hreflang="en" href="[^"]*/en/news/', xml)


def test_with_the_cache_on_the_home_pages_news_follow_new_articles_and_pins_that_end(
        news_app, client, article, monkeypatch):
    # The news block of the home page is kept per site while nothing changes:
    # a new article shows on the next page rendered afresh, and a pin that
    # ends by the clock alone ends the kept block in time.
    cache = news_app.extensions["gweb.cache"]
    cache.enabled = True
    now = utcnow()
    article(title_en="First news", publish_at=now - timedelta(hours=2))
    # Within the cache's TTL (600 s): only the pin's end can end the kept block.
    article(title_en="Pinned notice", pinned_until=now + timedelta(minutes=5))
    for _ in range(3):
        html = html_of(client, "/en/?nocache=1")
    assert "First news" in html and "Second news" not in html
    assert 'class="news-pinned"' in html and "Pinned notice" in html
    article(title_en="Second news", publish_at=now - timedelta(hours=1))
    assert "Second news" in html_of(client, "/en/?nocache=1")
    later = now + timedelta(minutes=5, seconds=5)
    real_clock = cache.clock
    monkeypatch.setattr(cache, "clock", lambda: real_clock() + 300 + 10)
    monkeypatch.setattr("plugins.news.services.utcnow", lambda: later)
    assert 'class="news-pinned"' not in html_of(client, "/en/?nocache=1")
