"""Every state-changing request of the app, the core's and every plugin's,
refuses a missing or forged CSRF token, even from a logged-in admin, and
changes nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from gweb.audit.models import AuditEvent
from gweb.config import PROJECT_ROOT
from gweb.extensions import db
from tests.conftest import ALL_PLUGINS, log_in_client, sample_url, standard_site

FORGED = "IjVhYzI3ZTYzNWM0ZjM1YjM0ZGQ1NjQ5NGQ0MjQ0ZjUxNjE0MjZhNzQi.Z0abcd.forged-signature-0000"


# The guard and the CSRF check sit in front of any query: one database is
# enough, and this sweep over every URL is among the slowest tests.
@pytest.mark.parametrize("make_plugin_app", ["sqlite"], indirect=True)
def test_every_post_of_the_core_and_every_plugin_refuses_a_missing_or_forged_token(
        make_plugin_app):
    from gweb.users.services import create_user

    app = make_plugin_app(ALL_PLUGINS, folder=PROJECT_ROOT / "plugins")
    assert app.extensions["gweb.plugins"].failed == {}
    site = standard_site()
    create_user("admin@ministry.test", "correct horse battery", role="admin", site_id=site.id,
                superadmin=True)
    db.session.commit()
    client = log_in_client(app, "admin@ministry.test")
    events = db.session.scalar(select(func.count(AuditEvent.id)))
    checked = 0
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if "POST" not in rule.methods:
            continue
        url = sample_url(rule)
        for data in ({}, {"csrf_token": FORGED}):
            response = client.post(url, data=data)
            assert response.status_code == 400, \
                f"POST {url} with {data or 'no token'} -> {response.status_code}"
            checked += 1
    assert checked > 60
    db.session.expire_all()
    assert db.session.scalar(select(func.count(AuditEvent.id))) == events
    assert client.get("/admin/").status_code == 200  # still logged in: nothing was done
