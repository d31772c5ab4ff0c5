"""The authorisation matrix: every admin URL rule of the app, the core's and
every plugin's of plugins/, asked by an author, an editor and an admin of the
site; each gets in exactly when its role holds the view's permission. An
admin of another site, holding a valid session, is refused on every one."""
from __future__ import annotations

import pytest

from gweb.config import PROJECT_ROOT
from gweb.extensions import db
from gweb.sites.models import SiteDomain
from gweb.users.permissions import minimum_role
from gweb.users.models import ROLES
from tests.conftest import ALL_PLUGINS, csrf_token_from, log_in_client, sample_url, standard_site

SKIPPED = {"admin.login", "admin.logout", "admin.set_language",
           "users_admin.reset_password", "twofactor.login_code", "admin.forgot_password"}


def _admin_of_another_site(app):
    """A client holding a logged-in session of an admin of another site
    (province.test), sent to this site too, as a cookie shared by all the
    sites of a parent domain would be; and a CSRF token valid for it."""
    from gweb.sites.services import create_site
    from gweb.users.services import create_user

    other = create_site("province.test", {"lo": "ແຂວງທົດສອບ", "en": "Province of Tests"})
    create_user("admin@province.test", "correct horse battery", role="admin", site_id=other.id)
    db.session.commit()
    client = log_in_client(app, "admin@province.test", base_url="http://province.test")
    home = client.get("/admin/", base_url="http://province.test")
    assert home.status_code == 200  # the session is good on its own site
    token = csrf_token_from(client.get("/admin/users/me/password",
                                       base_url="http://province.test").get_data(as_text=True))
    cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"], domain="province.test")
    client.set_cookie(app.config["SESSION_COOKIE_NAME"], cookie.value, domain="localhost")
    return client, token


def _refused(response) -> bool:
    """403, or sent to the login page: either way nothing of the site shown or done."""
    return response.status_code == 403 or (
        response.status_code == 302 and "/admin/login" in response.headers["Location"])


# The guard and the CSRF check sit in front of any query: one database is
# enough, and this sweep over every URL is among the slowest tests.
@pytest.mark.parametrize("make_plugin_app", ["sqlite"], indirect=True)
def test_every_admin_page_of_the_core_and_every_plugin_answers_each_role_as_its_permission_says(
        make_plugin_app):
    from gweb.users.services import create_user

    app = make_plugin_app(ALL_PLUGINS, folder=PROJECT_ROOT / "plugins")
    assert app.extensions["gweb.plugins"].failed == {}
    site = standard_site()
    site.domains.append(SiteDomain(domain="localhost"))  # the test clients' host
    clients = {}
    for role in ROLES:
        create_user(f"{role}@ministry.test", "correct horse battery", role=role, site_id=site.id)
        db.session.commit()
        clients[role] = log_in_client(app, f"{role}@ministry.test")
    outsider, token = _admin_of_another_site(app)
    checked = refused = 0
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if not rule.rule.startswith("/admin") or rule.endpoint in SKIPPED:
            continue
        permission = app.view_functions[rule.endpoint].gweb_permission
        url = sample_url(rule)
        # The admin of another site: refused on every address, GET and POST alike.
        for method in sorted(rule.methods & {"GET", "POST"}):
            response = outsider.open(url, method=method, data={"csrf_token": token}
                                     if method == "POST" else None)
            assert _refused(response), \
                f"admin of another site {method} {url} -> {response.status_code}"
            refused += 1
        if "GET" not in rule.methods:
            continue
        for role, client in clients.items():
            minimum = minimum_role(permission)  # "superadmin": no site role reaches it
            allowed = minimum in ROLES and ROLES.index(role) >= ROLES.index(minimum)
            status = client.get(url).status_code
            if allowed:
                # A sample id may not exist (404) or the view may redirect.
                assert status in (200, 204, 302, 404), f"{role} GET {url} -> {status}"
            else:
                assert status == 403, f"{role} GET {url} -> {status}, needs {permission}"
            checked += 1
    assert checked > 100 and refused > 100


@pytest.mark.parametrize("make_plugin_app", ["sqlite"], indirect=True)  # reads URL rules only
@pytest.mark.parametrize("plugin", ALL_PLUGINS)
def test_every_plugin_admin_view_declares_its_permission(plugin, make_plugin_app):
    app = make_plugin_app([plugin], folder=PROJECT_ROOT / "plugins")
    rules = [r for r in app.url_map.iter_rules() if r.rule.startswith(f"/admin/{plugin}")]
    for rule in rules:
        view = app.view_functions[rule.endpoint]
        assert getattr(view, "gweb_permission", None), f"{rule.endpoint} has no permission check"
