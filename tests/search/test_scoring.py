"""Ranking: which of the matching documents comes first, the same on SQLite
and PostgreSQL (the `app` fixture runs each test on both)."""
from datetime import datetime

from gweb.search import services


def index(site, *docs):
    services.index_documents(site.id, [
        {"kind": "news", "key": key, "lang": "en", "title": title, "body": body,
         "url": f"/en/news/{key}", "published_at": datetime(2026, 1, 1)}
        for key, title, body in docs])


def order(site, query: str) -> list[str]:
    return [hit.url.rsplit("/", 1)[-1] for hit in services.search(site.id, "en", query).hits]


def test_a_word_in_the_title_beats_the_same_word_said_often_in_a_long_body(app, site):
    index(site, ("body", "Annual report", "budget " * 40 + "and other matters " * 200),
          ("title", "Budget", "A short note."))
    assert order(site, "budget ") == ["title", "body"]


def test_a_short_text_saying_the_word_beats_a_long_one_saying_it_once(app, site):
    index(site, ("long", "Report", "budget " + "other words of the report " * 300),
          ("short", "Report", "The budget for the year."))
    assert order(site, "budget ") == ["short", "long"]


def test_a_document_with_every_word_more_often_comes_first(app, site):
    index(site, ("once", "Notice", "Water and roads."),
          ("often", "Notice", "Water, water, roads and roads, water for the roads."))
    assert order(site, "water roads ") == ["often", "once"]


def test_equal_matches_keep_the_newest_first(app, site):
    index(site, ("older", "Flood warning", ""))
    index(site, ("newer", "Flood warning", ""))
    assert order(site, "flood ") == ["newer", "older"]
