"""A news article described for search engines and link previews: schema.org
NewsArticle in JSON-LD, Open Graph as an article with its featured image."""
from __future__ import annotations

from tests.plugins.news.test_views import _image, html_of
from tests.seo.helpers import canonical, head_of, of_type


def test_an_article_is_a_news_article_with_its_headline_dates_language_and_publisher(
        client, site, article):
    saved = article(title_lo="ກະຊວງເປີດຕົວລະບົບໃໝ່", title_en="Ministry launches a new system",
                    summary_en="In short")
    html = html_of(client, f"/en/news/{saved.id}/")
    data = of_type(html, "NewsArticle")
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "Ministry launches a new system" and data["inLanguage"] == "en"
    assert data["description"] == "In short"
    assert data["datePublished"] == saved.publish_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert data["mainEntityOfPage"] == f"http://localhost/en/news/{saved.id}/"
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["publisher"]["name"] == "Ministry of Tests"
    head = head_of(html)
    assert head.meta["og:type"] == ["article"] and head.meta["description"] == ["In short"]
    assert canonical(html) == [f"http://localhost/en/news/{saved.id}/"]


def test_an_article_shown_in_lao_for_want_of_english_says_it_is_in_lao(client, article):
    saved = article(title_lo="ລາວຢ່າງດຽວ", title_en="")
    data = of_type(html_of(client, f"/en/news/{saved.id}/"), "NewsArticle")
    assert data["headline"] == "ລາວຢ່າງດຽວ" and data["inLanguage"] == "lo"


def test_the_featured_image_is_the_picture_of_a_shared_link(client, site, article):
    image = _image(site)
    saved = article(image_id=image.id)
    html = html_of(client, f"/lo/news/{saved.id}/")
    picture = f"http://localhost/media/1280/{image.stored_name}"
    assert head_of(html).meta["og:image"] == [picture]
    assert head_of(html).meta["twitter:card"] == ["summary_large_image"]
    assert of_type(html, "NewsArticle")["image"] == [picture]
