"""A list of script-injection payloads typed into every field of a page (its
title, summary, body and description) and published: the public page, the
admin's edit screen and the search results show them as text or drop them,
and nothing of them can run."""
import re
from urllib.parse import quote

import pytest

from gweb.extensions import db
from gweb.pages import editorial
from tests.conftest import csrf_token_from
from tests.security.xss import PAYLOADS, dangers



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
        assert dangers(html) == [], where
    assert "{{7*7}}" not in payload or "49" not in shown["public page"].get_data(as_text=True)
