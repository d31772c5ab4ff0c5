"""Every response carries the security headers; HSTS only over HTTPS."""
import pytest


@pytest.mark.parametrize("path", ["/lo/", "/en/about/history", "/admin/login", "/lo/no-such-page",
                                  "/sitemap.xml"])
def test_every_kind_of_response_forbids_inline_scripts_framing_and_sniffing(app, site, client,
                                                                             path):
    headers = client.get(path).headers
    policy = headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["Permissions-Policy"]


def test_hsts_is_sent_over_https_and_not_over_plain_http(app, site, client):
    assert "Strict-Transport-Security" not in client.get("/lo/").headers
    secure = client.get("/lo/", base_url="https://ministry.test")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_no_public_page_of_the_core_carries_an_inline_script(app, site, client):
    for path in ("/lo/", "/en/", "/lo/no-such-page"):
        html = client.get(path).get_data(as_text=True)
        assert "<script>" not in html and " onclick=" not in html
