"""No address a visitor is sent on to can lead off the site: not after
logging in (`next=`), not after the two-factor step, not after switching the
admin's language."""
from urllib.parse import quote, urlsplit

import pytest

from tests.conftest import csrf_token_from

ATTEMPTS = ["https://evil.example/", "//evil.example/", "///evil.example/", "/\\evil.example/",
            "\\\\evil.example/", "http:evil.example", "https:/evil.example",
            "javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
            " //evil.example/", "/\t/evil.example/", "/\n/evil.example/", "%2F%2Fevil.example",
            "/%5Cevil.example", "https://ministry.test@evil.example/",
            "//ministry.test.evil.example/"]


def _stays_here(location: str) -> bool:
    """A Location a browser would follow to this site only."""
    # Browsers drop tabs and newlines and read a backslash as a slash.
    cleaned = location.replace("\t", "").replace("\n", "").replace("\r", "").replace("\\", "/")
    parts = urlsplit(cleaned.strip())
    if parts.scheme and parts.scheme not in ("http", "https"):
        return False
    if parts.netloc and parts.netloc != "localhost":
        return False
    return cleaned.startswith("/") and not cleaned.startswith("//") or \
        parts.netloc == "localhost"


@pytest.mark.parametrize("target", ATTEMPTS)
def test_a_login_never_sends_on_to_another_site(client, make_user, target):
    make_user("editor")
    url = f"/admin/login?next={quote(target, safe='')}"
    html = client.get(url).get_data(as_text=True)
    response = client.post(url, data={"csrf_token": csrf_token_from(html),
                                      "email": "editor@ministry.test",
                                      "password": "correct horse battery"})
    assert response.status_code == 302
    assert _stays_here(response.headers["Location"]), response.headers["Location"]


@pytest.mark.parametrize("target", ATTEMPTS)
def test_switching_the_language_never_sends_on_to_another_site(client, site, target):
    html = client.get("/admin/login").get_data(as_text=True)
    response = client.post("/admin/language/en", data={"csrf_token": csrf_token_from(html),
                                                       "next": target})
    assert response.status_code == 302
    assert _stays_here(response.headers["Location"]), response.headers["Location"]


def test_a_path_on_this_site_is_still_followed(client, site):
    html = client.get("/admin/login").get_data(as_text=True)
    response = client.post("/admin/language/en", data={"csrf_token": csrf_token_from(html),
                                                       "next": "/admin/pages/"})
    assert response.headers["Location"] == "/admin/pages/"
