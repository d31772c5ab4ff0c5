"""Who gets a cached page, for which addresses, and how browsers revalidate."""
from __future__ import annotations

import unicodedata

from gweb.pages import editorial, services as pages
from gweb.sites import services as sites

ABOUT = "/en/about"


def test_a_visitor_gets_the_second_view_of_a_page_without_a_database_query(
        client, site, count_queries):
    client.get(ABOUT)  # the first answer from a host teaches the cache its site
    first = client.get(ABOUT)
    assert first.status_code == 200
    response = None

    def again():
        nonlocal response
        response = client.get(ABOUT)

    assert count_queries(again) == 0
    assert response.status_code == 200
    assert response.get_data() == first.get_data()
    assert response.headers["X-Gweb-Cache"] == "hit"


def test_an_anonymous_visitor_gets_no_session_cookie_and_no_vary_cookie(client, site):
    for _ in range(2):
        response = client.get(ABOUT)
        assert "Set-Cookie" not in response.headers
        assert "Cookie" not in response.headers.get("Vary", "")


def test_a_logged_in_editor_never_gets_a_cached_page(client, site, login, count_queries):
    client.get(ABOUT)
    client.get(ABOUT)  # cached for visitors now
    login("editor")
    response = None

    def view():
        nonlocal response
        response = client.get(ABOUT)

    assert count_queries(view) > 0
    assert response.status_code == 200
    assert "X-Gweb-Cache" not in response.headers


def test_a_page_an_editor_was_shown_is_not_kept_for_visitors(client, site, login, cache):
    login("editor")
    for _ in range(3):
        assert client.get(ABOUT).status_code == 200
    assert cache.store.count() == 0


def test_another_site_never_gets_this_sites_cached_page(app, site):
    other = sites.create_site("province.test", {"lo": "ແຂວງທົດສອບ", "en": "Province of Tests"})
    from gweb.sites.structure import build_standard_site

    build_standard_site(other)
    client = app.test_client()
    for _ in range(2):
        ministry = client.get("/en/", base_url="http://ministry.test")
        province = client.get("/en/", base_url="http://province.test")
        assert "Ministry of Tests" in ministry.get_data(as_text=True)
        assert "Province of Tests" in province.get_data(as_text=True)
        assert "Ministry of Tests" not in province.get_data(as_text=True)


def test_query_strings_neither_fill_the_cache_nor_get_a_cached_answer(client, site, cache):
    client.get(ABOUT)
    client.get(ABOUT)
    stored = cache.store.count()
    for n in range(30):
        response = client.get(f"{ABOUT}?x={n}")
        assert response.status_code == 200
        assert "X-Gweb-Cache" not in response.headers
    assert cache.store.count() == stored


def test_a_search_asked_for_again_is_answered_from_the_cache_whatever_the_order_of_its_terms(
        client, site):
    client.get(ABOUT)  # teaches the cache the host
    first = client.get("/en/search?q=history&page=1")
    assert first.status_code == 200 and "history" in first.get_data(as_text=True).lower()
    again = client.get("/en/search?page=1&q=history")
    assert again.headers["X-Gweb-Cache"] == "hit"
    assert again.get_data() == first.get_data()


def test_a_cached_search_shows_a_page_published_after_it(client, site):
    client.get(ABOUT)
    assert "Irrigation" not in client.get("/en/search?q=irrigation").get_data(as_text=True)
    pages.create_page(site, editorial.page_by_key(site.id, "about"),
                      {"en": {"title": "Irrigation"}}, publish=True)
    response = client.get("/en/search?q=irrigation")
    assert response.headers.get("X-Gweb-Cache") != "hit"
    assert "Irrigation" in response.get_data(as_text=True)


def test_a_search_with_a_parameter_the_page_does_not_use_or_given_twice_is_never_stored(
        client, site, cache):
    client.get(ABOUT)
    client.get(ABOUT)
    stored = cache.store.count()
    for n in range(10):
        for url in (f"/en/search?q=history&x={n}", f"/en/search?q=history&q=h{n}"):
            response = client.get(url)
            assert response.status_code == 200 and "X-Gweb-Cache" not in response.headers
    assert cache.store.count() == stored


def test_other_spellings_of_an_address_do_not_fill_the_cache(client, site, cache):
    lao = "/lo/ກ່ຽວກັບພວກເຮົາ/ຄະນະນຳ"
    client.get(lao)
    client.get(lao)
    stored = cache.store.count()
    for variant in ("/lo//ກ່ຽວກັບພວກເຮົາ/ຄະນະນຳ", unicodedata.normalize("NFD", lao)):
        for _ in range(2):
            assert client.get(variant).status_code in (200, 308)  # 308: slashes merged
    assert cache.store.count() == stored


def test_made_up_host_names_cannot_fill_the_cache(app, site, cache):
    client = app.test_client()
    for n in range(40):
        client.get(ABOUT, base_url=f"http://made-up-{n}.example")
        client.get(ABOUT, base_url=f"http://made-up-{n}.example")
    # A single-site installation answers any host, but keeps pages for few of them.
    assert cache.store.count() <= 8


def test_a_browser_that_has_the_page_gets_304_by_etag_and_by_date(client, site):
    client.get(ABOUT)
    cached = client.get(ABOUT)
    by_tag = client.get(ABOUT, headers={"If-None-Match": cached.headers["ETag"]})
    assert by_tag.status_code == 304 and by_tag.get_data() == b""
    by_date = client.get(ABOUT, headers={"If-Modified-Since": cached.headers["Last-Modified"]})
    assert by_date.status_code == 304
    stale = client.get(ABOUT, headers={"If-None-Match": 'W/"something-else"'})
    assert stale.status_code == 200 and stale.get_data() == cached.get_data()


def test_a_changed_page_is_not_answered_304_with_the_old_etag(client, site):
    client.get(ABOUT)
    old = client.get(ABOUT).headers["ETag"]
    about = editorial.page_by_key(site.id, "about")
    pages.save_translation(about, "en", {"title": "About the ministry", "slug": "about"},
                           publish=True)
    response = client.get(ABOUT, headers={"If-None-Match": old})
    assert response.status_code == 200
    assert "About the ministry" in response.get_data(as_text=True)


def test_a_head_request_gets_the_headers_of_the_cached_page(client, site):
    client.get(ABOUT)
    body = client.get(ABOUT).get_data()
    head = client.head(ABOUT)
    assert head.status_code == 200
    assert head.headers["Content-Length"] == str(len(body))
    assert head.get_data() == b""


def test_cached_answers_keep_the_security_headers_and_get_their_own_request_id(client, site):
    client.get(ABOUT)
    first = client.get(ABOUT)
    second = client.get(ABOUT)
    assert second.headers["X-Gweb-Cache"] == "hit"
    assert second.headers["Content-Security-Policy"] == first.headers["Content-Security-Policy"]
    assert second.headers["X-Request-ID"] != first.headers["X-Request-ID"]
