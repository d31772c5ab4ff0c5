"""Public pages read a read-only copy of their site, kept while the site is
unchanged: a page rendered afresh shows every change to the site at once,
and admin screens still work on the Site itself."""
from __future__ import annotations

import re

import pytest

from gweb.extensions import db
from gweb.media.models import Media
from gweb.menus import services as menus
from gweb.network import services as network
from gweb.sites import look, services
from gweb.sites.current import PublicSite
from tests.conftest import csrf_token_from, statements_sent

FRESH = "/en/about?nocache=1"  # a query string: rendered, never answered from the cache


@pytest.fixture
def memos(app):
    """The page cache on, so that what pages read of a site is kept between
    requests (as in production)."""
    app.extensions["gweb.cache"].enabled = True


def fresh(client, url=FRESH, **kwargs):
    """A page rendered afresh after the memos are filled (the first request
    teaches the cache the host, the second fills the memos)."""
    for _ in range(2):
        client.get(url, **kwargs)
    return client.get(url, **kwargs)


def test_a_page_rendered_afresh_does_not_read_the_site(client, site, memos):
    fresh(client)
    statements = statements_sent(lambda: client.get(FRESH))
    assert statements
    assert not any("FROM site " in s or "FROM site\n" in s for s in statements), statements


def test_a_renamed_site_shows_on_the_next_page_rendered_afresh(client, site, memos):
    assert "Ministry of Tests" in fresh(client).get_data(as_text=True)
    services.update_site_details(site, names={"en": "Ministry of Trials"},
                                 taglines={"en": "Serving since today"})
    db.session.commit()
    html = client.get(FRESH).get_data(as_text=True)
    assert "Ministry of Trials" in html and "Serving since today" in html
    assert "Ministry of Tests" not in html


def test_new_contact_details_show_on_the_next_page_rendered_afresh(client, site, memos):
    fresh(client)
    services.update_site_details(site, phone="+856 21 999 999", email="desk@ministry.test",
                                 addresses={"en": "Lane Xang Avenue"})
    db.session.commit()
    html = client.get(FRESH).get_data(as_text=True)
    assert "+856 21 999 999" in html and "desk@ministry.test" in html
    assert "Lane Xang Avenue" in html


def test_an_edited_menu_shows_on_the_next_page_rendered_afresh(client, site, memos):
    fresh(client)
    item = menus.add_item(site.id, "header", url="https://laoservices.gov.la",
                          labels={"lo": "ບໍລິການລັດ", "en": "Government services"})
    db.session.commit()
    assert "Government services" in client.get(FRESH).get_data(as_text=True)
    menus.delete_item(site.id, item.id)
    db.session.commit()
    assert "Government services" not in client.get(FRESH).get_data(as_text=True)
    menus.add_item(site.id, "footer", url="https://laogov.gov.la",
                   labels={"lo": "ພອດທັລລັດ", "en": "Government portal"})
    db.session.commit()
    footer = client.get(FRESH).get_data(as_text=True).split('<footer', 1)[1]
    assert "Government portal" in footer


def test_a_new_logo_shows_on_the_next_page_rendered_afresh(client, site, memos):
    assert "site-brand__logo" not in fresh(client).get_data(as_text=True)
    logo = Media(site_id=site.id, kind="image", stored_name="emblem-1.png",
                 original_name="emblem.png", mime_type="image/png", size=10, width=640,
                 height=320, sha256="0" * 64)
    db.session.add(logo)
    db.session.flush()
    for t in site.translations:
        t.logo_media_id = logo.id
    db.session.commit()
    html = client.get(FRESH).get_data(as_text=True)
    assert '<img class="site-brand__logo" src="/media/320/emblem-1.png" alt="" width="320" ' \
           'height="160">' in html


def test_new_colours_footer_and_social_links_show_on_the_next_page_rendered_afresh(
        client, site, memos):
    before = fresh(client).get_data(as_text=True)
    assert "/site.css?v=" not in before
    look.update_look(site, {"primary": "#00703c"},
                     [{"label_lo": "ພອດທັລ", "label_en": "Gov portal", "url": "https://laogov.gov.la"}],
                     actor=None)
    db.session.commit()
    html = client.get(FRESH).get_data(as_text=True)
    assert "/site.css?v=" in html and "Gov portal" in html
    site.settings = {**site.settings, "social": {"facebook": "https://www.facebook.com/mot"}}
    db.session.commit()
    assert 'href="https://www.facebook.com/mot"' in client.get(FRESH).get_data(as_text=True)


def test_a_new_default_language_is_followed_at_once(client, site, memos):
    fresh(client, "/")
    assert client.get("/").headers["Location"].endswith("/lo/")
    site.default_lang = "en"
    db.session.commit()
    assert client.get("/").headers["Location"].endswith("/en/")


def test_a_suspended_site_answers_503_at_once(client, site, memos):
    other = services.create_site("province.test", {"lo": "ແຂວງ", "en": "Province"})
    db.session.commit()
    fresh(client, base_url="http://ministry.test")
    network.suspend(site, current=other)
    assert client.get(FRESH, base_url="http://ministry.test").status_code == 503


def test_a_new_primary_domain_is_redirected_to_at_once(client, site, memos):
    other = services.create_site("province.test", {"lo": "ແຂວງ", "en": "Province"})
    services.add_domain(site, "www.ministry.test")
    db.session.commit()
    fresh(client, base_url="http://ministry.test")
    assert client.get(FRESH, base_url="http://ministry.test").status_code == 200
    services.make_primary_domain(site, "www.ministry.test")
    db.session.commit()
    response = client.get(FRESH, base_url="http://ministry.test")
    assert response.status_code == 301
    assert response.headers["Location"].startswith("http://www.ministry.test/en/about")
    assert other.id != site.id


def test_the_copy_cannot_be_changed(site):
    copy = PublicSite(services.load_site(site.id))
    assert copy.name("en") == "Ministry of Tests" and copy.translation("xx").lang == "lo"
    with pytest.raises(AttributeError):
        copy.default_lang = "en"
    with pytest.raises(TypeError):
        copy.settings["colours"] = {}


def test_a_name_saved_on_the_settings_screen_shows_on_the_next_page_rendered_afresh(
        client, site, login, memos):
    login("admin")
    fresh(client)
    html = client.get("/admin/settings/").get_data(as_text=True)
    assert "Ministry of Tests" in html  # the admin screen reads the Site itself
    data = {"csrf_token": csrf_token_from(html)}
    for name, value in re.findall(r'<input[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"', html):
        if name not in ("buddhist_era", "lao_digits", "csrf_token"):
            data[name] = value
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>\r?\n?(.*?)</textarea>',
                                 html, re.S):
        data[name] = body
    data.update(name_en="Ministry of Posts", default_lang="lo")
    assert client.post("/admin/settings/", data=data).status_code == 302
    assert "Ministry of Posts" in client.get(FRESH).get_data(as_text=True)
    assert "Ministry of Posts" in client.get("/admin/settings/").get_data(as_text=True)
