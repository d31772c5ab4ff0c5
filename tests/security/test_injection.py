"""SQL-injection-shaped and otherwise hostile values in every query parameter
the app reads, and ids too large for the database in every address, on every
GET address of the core and every plugin, public and admin: never a 500 (nor
a 503), and the data is still there afterwards."""
from __future__ import annotations

import re
from types import SimpleNamespace

from sqlalchemy import func, select

from gweb.config import PROJECT_ROOT
from gweb.extensions import db
from gweb.pages.models import Page
from gweb.users.models import User
from tests.conftest import ALL_PLUGINS, log_in_client, sample_url, standard_site

# Every name a view of the core or a plugin reads from the query string
# (grep request.args, FilterForm(request.args), Filters.from_args, _arg()).
PARAMETERS = ("q", "page", "per_page", "sort", "status", "type", "kind", "from", "to", "year",
              "category", "topic", "audience", "lang", "next", "parent", "view", "v", "for",
              "site", "filename", "target_id")
PAYLOADS = ("' OR '1'='1", "1; DROP TABLE page;--", "\" UNION SELECT password_hash FROM \"user\"--",
            "%' AND 1=1 AND '%'='", "ລາວ'); DELETE FROM page;--", "-1", "99999999999999999999999",
            "\x00", "%00", "1e309")


def _sample_url_of(rule, path: str) -> str:
    """`path` with the rule's other variables filled in as _sample_url does."""
    others = {k: v for k, v in rule._converters.items() if f"<int:{k}>" not in rule.rule}
    return sample_url(SimpleNamespace(rule=path, _converters=others))


def test_hostile_query_values_and_huge_ids_never_give_a_500_and_change_nothing(make_plugin_app):
    from gweb.users.services import create_user

    app = make_plugin_app(ALL_PLUGINS, folder=PROJECT_ROOT / "plugins")
    assert app.extensions["gweb.plugins"].failed == {}
    site = standard_site()
    create_user("admin@ministry.test", "correct horse battery", role="admin", site_id=site.id)
    db.session.commit()
    pages = db.session.scalar(select(func.count(Page.id)))
    visitor, admin = app.test_client(), log_in_client(app, "admin@ministry.test")
    checked, failures = 0, []
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if "GET" not in rule.methods or rule.endpoint in ("static", "admin.keepalive") \
                or rule.endpoint.endswith("_static.static"):
            continue
        url = sample_url(rule)
        client = admin if rule.rule.startswith("/admin") else visitor
        for payload in PAYLOADS:
            response = client.get(url, query_string={name: payload for name in PARAMETERS})
            if response.status_code >= 500:
                failures.append(f"GET {url} with {payload!r} -> {response.status_code}")
            checked += 1
        # Ids in the path past what an INTEGER column holds.
        for huge in (2**31, 10**23):
            path = re.sub(r"<int:[^>]+>", str(huge), rule.rule)
            if path != rule.rule:
                response = client.get(_sample_url_of(rule, path))
                if response.status_code >= 500:
                    failures.append(f"GET {path} -> {response.status_code}")
    assert failures == [], "\n".join(failures)
    assert checked > 500
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Page.id))) == pages
    assert db.session.scalar(select(func.count(User.id))) == 1
