"""Every admin address, core and plugin, is closed to visitors who are not logged in."""
from tests.conftest import sample_url


def test_every_admin_page_sends_anonymous_visitors_to_the_login_page(app, client, site):
    rules = [r for r in app.url_map.iter_rules()
             if r.rule.startswith("/admin") and r.endpoint not in ("admin.login", "admin.set_language", "users_admin.reset_password",
                                                                                        "admin.forgot_password")]
    assert len(rules) > 10
    for rule in rules:
        url = sample_url(rule)
        method = "GET" if "GET" in rule.methods else "POST"
        response = client.open(url, method=method)
        # A POST without a CSRF token is refused (400) before anything else.
        expected = (302,) if method == "GET" else (302, 400)
        assert response.status_code in expected, f"{method} {url} answered {response.status_code}"
        if response.status_code == 302:
            assert "/admin/login" in response.headers["Location"], url


def test_every_admin_view_declares_the_permission_it_needs(app):
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/admin") or rule.endpoint in (
                "admin.login", "admin.logout", "admin.set_language",
                "users_admin.reset_password", "twofactor.login_code",
                "admin.forgot_password"):
            continue
        view = app.view_functions[rule.endpoint]
        assert getattr(view, "gweb_permission", None), f"{rule.endpoint} has no permission check"
