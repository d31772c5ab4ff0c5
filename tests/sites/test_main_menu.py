"""The main menu is kept per site and language and rendered once; each page
still marks its own link (or its section's), and a change to the menu shows
on the next page rendered afresh."""
from __future__ import annotations

import re

import pytest

from gweb.extensions import db
from gweb.menus import services as menus
from gweb.sites.fragments import mark_current


@pytest.fixture
def memos(app):
    """The page cache on, so that the menu is kept between requests."""
    app.extensions["gweb.cache"].enabled = True


def _fresh(client, url):
    """`url` rendered afresh (never answered from the page cache), after the
    requests that teach the cache the host and fill the kept parts."""
    url += "?nocache=1"
    for _ in range(2):
        client.get(url)
    return client.get(url).get_data(as_text=True)


def _main_menu(html: str) -> str:
    return html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]


def _current_links(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)"[^>]* aria-current="page"', _main_menu(html))


def test_each_page_marks_its_own_link_in_the_kept_main_menu(client, site, memos):
    assert _current_links(_fresh(client, "/en/about")) == ["/en/about"]
    # A page below About marks its section; the home page marks only itself.
    assert _current_links(_fresh(client, "/en/about/history")) == ["/en/about"]
    assert _current_links(_fresh(client, "/en/")) == ["/en/"]
    assert _current_links(_fresh(client, "/en/contact")) == ["/en/contact"]
    assert _current_links(_fresh(client, "/en/privacy")) == []


def test_the_kept_main_menu_is_the_one_rendered_afresh_for_every_page(app, client, site, memos):
    kept = {url: _fresh(client, url) for url in ("/en/about", "/lo/", "/en/no-such-page")}
    app.extensions["gweb.cache"].enabled = False  # every part rendered for each page
    for url, html in kept.items():
        assert _main_menu(client.get(url + "?nocache=1").get_data(as_text=True)) \
            == _main_menu(html), url


def test_a_menu_item_saved_shows_in_the_kept_main_menu_at_once(client, site, memos):
    assert "Government services" not in _main_menu(_fresh(client, "/en/about"))
    item = menus.add_item(site.id, "header", url="/en/services/",
                          labels={"lo": "ບໍລິການລັດ", "en": "Government services"})
    db.session.commit()
    html = client.get("/en/about?nocache=1").get_data(as_text=True)
    assert "Government services" in _main_menu(html)
    menus.update_item(site.id, item.id, url="/en/services/",
                      labels={"en": "Public services"})
    db.session.commit()
    html = client.get("/en/services/?nocache=1").get_data(as_text=True)
    assert "Public services" in _main_menu(html)
    assert "/en/services/" in _current_links(html)


def test_only_links_to_the_page_or_its_sections_are_marked():
    kept = ('<a href="/en/"\x00/en/\x00>Home</a><a href="/en/about"\x00/en/about\x00>About</a>'
            '<a href="/en/news/"\x00/en/news/\x00>News</a>')
    marked = mark_current(kept, "/en/about/history", "/en/")
    assert marked == ('<a href="/en/">Home</a><a href="/en/about" aria-current="page">About</a>'
                      '<a href="/en/news/">News</a>')
    assert 'aria-current' in mark_current(kept, "/en/", "/en/").split("About")[0]


def test_the_layouts_striptags_gives_what_jinjas_gives():
    from jinja2.filters import do_striptags
    from markupsafe import Markup

    from gweb.sites.fragments import striptags

    for value in ("  Fees  and\n charges ", Markup("<b>Fees</b> &amp; charges"), "ກະຊວງ · ທົດສອບ",
                  Markup("Tom &amp; Jerry"), "a <!-- b --> c", 42):
        assert striptags(value) == do_striptags(value), value
