"""The public search page and the suggestions endpoint."""
import pytest

from tests.search.helpers import make_page

BASE = "http://ministry.test"


def get(client, url):
    return client.get(url, base_url=BASE)


def test_the_search_page_shows_highlighted_results_in_the_sites_layout(client, site):
    make_page(site, "ແຜນພັດທະນາເຂື່ອນໄຟຟ້າ", "ບົດລາຍງານກ່ຽວກັບເຂື່ອນໄຟຟ້າ")
    response = get(client, "/lo/search?q=ເຂື່ອນໄຟຟ້າ")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<mark>ເຂື່ອນໄຟຟ້າ</mark>" in html and "ກະຊວງທົດສອບ" in html  # the site's name
    assert 'role="search"' in html and 'name="q"' in html
    assert 'hreflang="en"' in html  # the language switcher keeps the search


def test_an_empty_search_shows_the_form_without_results(client, site):
    html = get(client, "/lo/search").get_data(as_text=True)
    assert 'name="q"' in html and '<ol class="search-results"' not in html


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "AND OR", '"open', "title:x", "x" * 600,
                                   "ກ" * 501])
def test_syntax_breaking_or_huge_queries_give_an_ordinary_page(client, site, query):
    response = get(client, f"/en/search?q={query}")
    assert response.status_code == 200


def test_a_nul_character_in_the_query_gets_the_bad_request_page_not_an_error(client, site):
    response = get(client, "/lo/search?q=%E0%BA%81%00")
    assert response.status_code == 400
    assert "Traceback" not in response.get_data(as_text=True)
    assert '<html lang="lo"' in response.get_data(as_text=True)


@pytest.mark.parametrize("args", ["page=abc", "page=-4", "page=99999", "kind=" + "k" * 300,
                                  "from=2026-13-45", "to=yesterday", "from=" + "9" * 50])
def test_bad_paging_filters_or_dates_never_give_an_error(client, site, args):
    make_page(site, "Ministry news", "", lang="en")
    assert get(client, f"/en/search?q=ministry&{args}").status_code == 200


def test_a_date_that_cannot_be_read_is_named_and_ignored(client, site):
    html = get(client, "/en/search?q=ministry&from=31/01/2026").get_data(as_text=True)
    assert "2026-01-31" in html and 'role="alert"' in html


def test_results_link_to_the_next_page(client, site):
    from gweb.search import services

    services.index_documents(site.id, [
        {"kind": "news", "key": str(n), "lang": "en", "title": f"Harvest report {n}", "body": "",
         "url": f"/en/news/{n}", "published_at": None} for n in range(12)])
    html = get(client, "/en/search?q=harvest&kind=news").get_data(as_text=True)
    assert 'rel="next"' in html and "page=2" in html and "kind=news" in html


def test_nothing_found_offers_the_other_language(client, site):
    make_page(site, "Hydropower", "", lang="en")
    html = get(client, "/lo/search?q=hydropower").get_data(as_text=True)
    assert 'href="/en/search?q=hydropower"' in html


def test_suggestions_are_a_small_json_list(client, site):
    make_page(site, "ກະຊວງການເງິນ", "")
    response = get(client, "/lo/search/suggest?q=ກະຊວງກາ")
    assert response.status_code == 200 and response.is_json
    assert [item["title"] for item in response.get_json()] == ["ກະຊວງການເງິນ"]
    assert get(client, "/lo/search/suggest?q=").get_json() == []


def test_the_suggestion_script_is_a_file_as_the_csp_allows_no_inline_script(client, site):
    html = get(client, "/lo/search").get_data(as_text=True)
    assert "<script>" not in html and "search-suggest.js" in html
    response = get(client, "/search/static/search-suggest.js")
    assert response.status_code == 200 and b"dataset.suggest" in response.data
    response.close()
