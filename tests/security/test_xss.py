"""A list of script-injection payloads typed into every field of a page (its
title, summary, body and description) and published: the public page, the
admin's edit screen and the search results show them as text or drop them,
and nothing of them can run."""
import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

from gweb.extensions import db
from gweb.pages import editorial
from tests.conftest import csrf_token_from

PAYLOADS = [
    "<script>alert('xss1')</script>",
    "<img src=x onerror=alert('xss2')>",
    "<svg/onload=alert('xss3')>",
    "\"><script>alert('xss4')</script>",
    "'><img src=x onerror=alert('xss5')>",
    "<a href=\"javascript:alert('xss6')\">link</a>",
    "<iframe src=\"javascript:alert('xss7')\"></iframe>",
    "<body onload=alert('xss8')>",
    "<div style=\"background:url(javascript:alert('xss9'))\">x</div>",
    "</title><script>alert('xss10')</script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss11')>",
    "{{7*7}}<p>ຂ່າວ {% raw %}</p>",
]
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "style"}


class Danger(HTMLParser):
    """What would run if a payload got through, as a browser parses the page:
    a script element that is not one of the site's own files, an iframe, an
    event handler attribute, a javascript: URL."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not (attributes.get("src") or "").startswith("/"):
            self.found.append(f"<script {attrs}>")
        if tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and "javascript:" in (value or "").replace(" ", "").lower():
                self.found.append(f"<{tag} {name}={value!r}>")


def _dangers(html: str) -> list[str]:
    parser = Danger()
    parser.feed(html)
    return parser.found


def _publish(client, page, fields):
    url = f"/admin/pages/{page.id}/edit/en"
    html = client.get(url).get_data(as_text=True)
    version = re.search(r'name="version"[^>]*value="(\d+)"', html).group(1)
    response = client.post(url, data={"csrf_token": csrf_token_from(html), "version": version,
                                      "action": "publish", "slug": "", **fields})
    assert response.status_code in (200, 302)
    return response


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_in_every_field_of_a_page_never_runs(client, site, login, payload):
    login("editor")
    about = editorial.page_by_key(site.id, "about")
    _publish(client, about, {"title": f"About {payload}", "summary": f"Summary {payload}",
                             "body": f"<p>Body</p>{payload}",
                             "meta_description": f"Described {payload}"})
    db.session.expire_all()
    about = editorial.page_by_key(site.id, "about")
    path = "/en/" + quote(about.translation("en").path)
    shown = {"public page": client.get(path),
             "edit screen": client.get(f"/admin/pages/{about.id}/edit/en"),
             "search": client.get("/en/search", query_string={"q": "About"}),
             "page tree": client.get("/admin/pages/")}
    for where, response in shown.items():
        html = response.get_data(as_text=True)
        assert response.status_code == 200, where
        assert _dangers(html) == [], where
    assert "{{7*7}}" not in payload or "49" not in shown["public page"].get_data(as_text=True)
