"""Static files under content-hashed addresses, kept by browsers for a year."""
from __future__ import annotations

import re


def _stylesheet(html: str) -> str:
    return re.search(r'href="(/static/css/gweb\.css\?v=[0-9a-f]+)"', html).group(1)


def test_pages_link_the_stylesheet_by_a_hash_of_its_content(client, site):
    html = client.get("/en/about").get_data(as_text=True)
    url = _stylesheet(html)
    response = client.get(url)
    assert response.status_code == 200
    assert "immutable" in response.headers["Cache-Control"]
    assert "max-age=31536000" in response.headers["Cache-Control"]


def test_the_preloaded_font_gets_a_versioned_address_too(client, site):
    html = client.get("/en/").get_data(as_text=True)
    assert re.search(r'/static/fonts/[^"]+\.woff2\?v=[0-9a-f]{12}"', html)


def test_an_address_with_an_old_hash_is_not_kept_for_a_year(client, site):
    response = client.get("/static/css/gweb.css?v=000000000000")
    assert response.status_code == 200
    assert "immutable" not in response.headers.get("Cache-Control", "")
