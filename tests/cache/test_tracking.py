"""Every change visitors should see shows at once, cache or not; changes to
one site leave the other sites' cached pages alone."""
from __future__ import annotations

from datetime import timedelta

from gweb.extensions import db
from gweb.menus import services as menus
from gweb.pages import editorial, scheduling, services as pages
from gweb.sites import services as sites
from gweb.timeutil import utcnow

ABOUT = "/en/about"


def warm(client, url, **kwargs):
    """View a page until it is in the cache (a host's first answer teaches
    the cache which site it is)."""
    for _ in range(3):
        response = client.get(url, **kwargs)
    assert response.headers.get("X-Gweb-Cache") == "hit", url
    return response


def test_a_published_change_shows_at_once(client, site):
    warm(client, ABOUT)
    about = editorial.page_by_key(site.id, "about")
    pages.save_translation(about, "en", {"title": "Who we are", "slug": "about"}, publish=True)
    assert "<h1>Who we are</h1>" in client.get(ABOUT).get_data(as_text=True)


def test_a_saved_draft_leaves_the_public_page_as_it_was(client, site):
    before = warm(client, ABOUT).get_data(as_text=True)
    about = editorial.page_by_key(site.id, "about")
    pages.save_translation(about, "en", {"title": "Draft title", "slug": "about"})
    html = client.get(ABOUT).get_data(as_text=True)
    assert "Draft title" not in html
    assert html == before


def test_an_unpublished_page_is_gone_at_once(client, site):
    warm(client, ABOUT)
    pages.unpublish(editorial.page_by_key(site.id, "about"), "en")
    assert client.get(ABOUT).status_code in (301, 404)  # or the Lao page's address


def test_a_cached_not_found_cannot_hide_a_page_published_a_second_later(client, site):
    url = "/en/about/new-unit"
    assert warm(client, url).status_code == 404
    about = editorial.page_by_key(site.id, "about")
    pages.create_page(site, about, {"en": {"title": "New unit", "slug": "new-unit"}},
                      publish=True)
    response = client.get(url)
    assert response.status_code == 200
    assert "<h1>New unit</h1>" in response.get_data(as_text=True)


def test_a_new_menu_item_shows_on_cached_pages_at_once(client, site):
    warm(client, ABOUT)
    menus.add_item(site.id, "header", url="https://laoservices.gov.la",
                   labels={"lo": "ບໍລິການລັດ", "en": "Government services"})
    db.session.commit()
    assert "Government services" in client.get(ABOUT).get_data(as_text=True)


def test_a_new_site_name_shows_on_cached_pages_at_once(client, site):
    warm(client, ABOUT)
    sites.update_site_details(site, names={"en": "Ministry of Trials"})
    db.session.commit()
    assert "Ministry of Trials" in client.get(ABOUT).get_data(as_text=True)


def test_a_scheduled_publication_ends_the_cached_not_found_in_time(
        app, client, site, cache, monkeypatch):
    about = editorial.page_by_key(site.id, "about")
    page = pages.create_page(site, about, {"en": {"title": "Decree 12", "slug": "decree-12"}})
    at = utcnow().replace(microsecond=0) + timedelta(hours=1)
    scheduling.schedule(page, "en", at, None)
    url = "/en/about/decree-12"
    assert warm(client, url).status_code == 404
    # An hour and a second later (the cache's clock and the page view's).
    later = at + timedelta(seconds=1)
    real_clock = cache.clock
    monkeypatch.setattr(cache, "clock", lambda: real_clock() + 3601 + 5)
    monkeypatch.setattr("gweb.pages.views.utcnow", lambda: later)
    response = client.get(url)
    assert response.status_code == 200
    assert "<h1>Decree 12</h1>" in response.get_data(as_text=True)


def test_a_change_to_another_site_keeps_this_sites_pages_cached(client, site, count_queries):
    other = sites.create_site("province.test", {"lo": "ແຂວງທົດສອບ", "en": "Province of Tests"})
    db.session.commit()
    ministry = "http://ministry.test"
    warm(client, ABOUT, base_url=ministry)
    sites.update_site_details(other, names={"en": "Province of Trials"})
    db.session.commit()
    assert count_queries(lambda: client.get(ABOUT, base_url=ministry)) == 0


def test_a_change_that_is_rolled_back_changes_nothing(client, site, count_queries):
    warm(client, ABOUT)
    about = editorial.page_by_key(site.id, "about")
    about.translation("en").title = "Never saved"
    db.session.flush()
    db.session.rollback()
    assert count_queries(lambda: client.get(ABOUT)) == 0
