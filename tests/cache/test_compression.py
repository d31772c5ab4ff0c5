"""Pages travel gzipped to browsers that accept it, cached or not."""
from __future__ import annotations

import gzip

ABOUT = "/en/about"
GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def test_a_cached_page_is_sent_gzipped_to_a_browser_that_accepts_it(client, site):
    plain = [client.get(ABOUT) for _ in range(3)][-1]
    packed = client.get(ABOUT, headers=GZIP)
    assert packed.headers["X-Gweb-Cache"] == "hit"
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert gzip.decompress(packed.get_data()) == plain.get_data()
    assert len(packed.get_data()) < len(plain.get_data()) / 2


def test_an_uncached_page_is_sent_gzipped_too(client, site):
    response = client.get(ABOUT + "?utm_source=newsletter", headers=GZIP)
    assert response.headers["Content-Encoding"] == "gzip"
    assert "Ministry of Tests" in gzip.decompress(response.get_data()).decode()


def test_a_browser_that_refuses_gzip_gets_plain_text(client, site):
    for _ in range(3):
        response = client.get(ABOUT, headers={"Accept-Encoding": "gzip;q=0, identity"})
        assert "Content-Encoding" not in response.headers
        assert "Ministry of Tests" in response.get_data(as_text=True)
