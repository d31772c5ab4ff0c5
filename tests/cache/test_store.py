"""The cache in Redis, shared by every process of an installation; and the
in-process store's bounds."""
from __future__ import annotations

import os
import uuid

import pytest

from gweb.cache.store import Entry, MemoryStore
from gweb.extensions import db
from gweb.pages import editorial, services as pages
from tests.conftest import make_app, skip_or_fail

ABOUT = "/en/about"


@pytest.fixture
def redis_url():
    url = os.environ.get("GWEB_TEST_REDIS_URL")
    if not url:
        skip_or_fail("GWEB_TEST_REDIS_URL is not set: the Redis page cache tests need a server")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError as exc:
        skip_or_fail(f"Redis at {url} does not answer: {exc}")
    return url


@pytest.fixture
def two_processes(app, site, redis_url, tmp_path):
    """Two apps on the same database and the same Redis, as two server
    processes of one installation would be."""
    prefix = f"gweb-test-{uuid.uuid4().hex[:8]}:"
    uri = app.config["SQLALCHEMY_DATABASE_URI"]
    made = [make_app(tmp_path / name, uri, PAGE_CACHE=True, PAGE_CACHE_REDIS_URL=redis_url,
                     PAGE_CACHE_PREFIX=prefix) for name in ("one", "two")]
    yield made
    store = made[0].extensions["gweb.cache"].store
    for key in store.redis.scan_iter(match=prefix + "*"):
        store.redis.delete(key)
    for other in made:
        with other.app_context():
            db.session.remove()
            db.engine.dispose()


def _get(app, url, **kwargs):
    return app.test_client().get(url, base_url="http://ministry.test", **kwargs)


def test_with_redis_a_page_cached_by_one_process_is_served_by_the_other(
        two_processes, count_queries):
    one, two = two_processes
    _get(one, ABOUT)  # teaches process one the host
    _get(one, ABOUT)  # stored in Redis
    _get(two, ABOUT)  # teaches process two the host
    with two.app_context():
        responses = []
        sent = count_queries(lambda: responses.append(_get(two, ABOUT)))
    assert responses[0].headers["X-Gweb-Cache"] == "hit"
    assert sent == 0


def test_with_redis_a_change_saved_by_one_process_shows_at_once_in_the_other(
        two_processes, site):
    one, two = two_processes
    for _ in range(3):
        assert _get(one, ABOUT).status_code == 200
    with two.app_context():
        about = editorial.page_by_key(site.id, "about")
        pages.save_translation(about, "en", {"title": "Our mandate", "slug": "about"},
                               publish=True)
        db.session.remove()
    assert "<h1>Our mandate</h1>" in _get(one, ABOUT).get_data(as_text=True)


def test_with_redis_gone_the_site_still_answers_and_saves(app, site, tmp_path):
    uri = app.config["SQLALCHEMY_DATABASE_URI"]
    broken = make_app(tmp_path / "broken", uri, PAGE_CACHE=True,
                      PAGE_CACHE_REDIS_URL="redis://127.0.0.1:1/0")
    with broken.app_context():
        for _ in range(3):
            assert _get(broken, ABOUT).status_code == 200
        about = editorial.page_by_key(site.id, "about")
        pages.save_translation(about, "en", {"title": "Still saved", "slug": "about"},
                               publish=True)
        assert "<h1>Still saved</h1>" in _get(broken, ABOUT).get_data(as_text=True)
        db.session.remove()
        db.engine.dispose()


def _entry(status: int = 200, size: int = 1000) -> Entry:
    return Entry(status, [("Content-Type", "text/html")], b"x" * size, "tag", 0.0, 1e12, (1, 1))


def test_the_memory_store_keeps_within_its_bytes_and_forgets_the_least_used_first():
    store = MemoryStore(max_entries=100, max_bytes=5000)
    for n in range(10):
        store.put(f"page-{n}", _entry(size=1000))
        store.pages.get("page-0")  # the home page, asked for all the time
    assert store.pages.bytes <= 5000
    assert store.pages.get("page-0") is not None
    assert store.pages.get("page-1") is None


def test_not_found_answers_can_only_push_out_other_not_found_answers():
    store = MemoryStore(max_entries=10, max_bytes=10**6, max_missing=5)
    store.put("home", _entry())
    for n in range(100):
        store.put(f"made-up-{n}", _entry(status=404))
    assert store.pages.get("home") is not None
    assert len(store.missing) == 5


def test_made_up_searches_can_only_push_out_other_answers_to_query_strings():
    store = MemoryStore(max_entries=10, max_bytes=10**6, max_queried=5)
    store.put("1|h|/en/about", _entry())
    for n in range(100):
        store.put(f"1|h|/en/search?q=made-up-{n}", _entry())
    assert store.lookup(1, "1|h|/en/about")[1] is not None
    assert len(store.queried) == 5 and len(store.pages) == 1
    assert store.lookup(1, "1|h|/en/search?q=made-up-99")[1] is not None


def test_with_redis_a_site_renamed_by_one_process_shows_at_once_in_the_others_fresh_pages(
        two_processes, site):
    # Process one keeps a read-only copy of the site for the pages it renders;
    # the rename in process two raises the generation it is kept under.
    one, two = two_processes
    fresh = ABOUT + "?nocache=1"
    for _ in range(3):
        assert "Ministry of Tests" in _get(one, fresh).get_data(as_text=True)
    with two.app_context():
        from gweb.sites import services as sites

        sites.update_site_details(sites.load_site(site.id), names={"en": "Ministry of Trials"})
        db.session.commit()
        db.session.remove()
    assert "Ministry of Trials" in _get(one, fresh).get_data(as_text=True)


def test_with_redis_a_menu_changed_by_one_process_shows_at_once_in_the_others_fresh_pages(
        two_processes, site):
    # Process one keeps its main menu rendered; the change saved in process
    # two raises the generation it is kept under.
    one, two = two_processes
    fresh = ABOUT + "?nocache=1"
    for _ in range(3):
        assert "Government services" not in _get(one, fresh).get_data(as_text=True)
    with two.app_context():
        from gweb.menus import services as menus

        menus.add_item(site.id, "header", url="/en/services/",
                       labels={"lo": "ບໍລິການລັດ", "en": "Government services"})
        db.session.commit()
        db.session.remove()
    main_menu = _get(one, fresh).get_data(as_text=True).split('class="main-nav"', 1)[1]
    assert "Government services" in main_menu.split("</nav>", 1)[0]
