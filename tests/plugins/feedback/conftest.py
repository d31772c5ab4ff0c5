"""Fixtures for the feedback plugin: an app running it (SQLite and
PostgreSQL), a standard site with the usual topics, logged-in staff, and a
helper that fills in the public form like a visitor."""
from __future__ import annotations

import pytest

from gweb.extensions import db
from tests.conftest import (RequestIsolatedClient, app_with_plugins, csrf_token_from,
                            log_in_new_user, standard_site)


@pytest.fixture
def fb_app(make_plugin_app):
    return app_with_plugins(make_plugin_app, "feedback")


@pytest.fixture
def site(fb_app):
    """The standard site, with the usual topics on its form."""
    from plugins.feedback import services

    site = standard_site()
    services.add_suggested_topics(site.id)
    return site


@pytest.fixture
def client(fb_app):
    return fb_app.test_client()


@pytest.fixture
def topics(site):
    from plugins.feedback import services

    return services.list_topics(site.id)


class _OnSiteHost(RequestIsolatedClient):
    """A client that always asks for the site's own host, so that its login
    holds when a second site joins the installation during a test."""

    def open(self, *args, **kwargs):
        kwargs.setdefault("base_url", "http://ministry.test")
        return super().open(*args, **kwargs)


@pytest.fixture
def staff(fb_app, site):
    """A new client logged in through the real form as a user with `role`
    on the site (at http://ministry.test): staff("editor") -> (client, user)."""

    def _login(role="editor", email=None, name="", ui_lang="lo"):
        client = _OnSiteHost(fb_app, fb_app.response_class, use_cookies=True)
        return log_in_new_user(fb_app, site, role, email=email, name=name, ui_lang=ui_lang,
                               client=client)

    return _login


def send(client, lang="lo", token=None, **values):
    """Fill in the public form at /<lang>/feedback/ like a visitor and send it."""
    page = client.get(f"/{lang}/feedback/")
    assert page.status_code == 200
    data = {"csrf_token": token or csrf_token_from(page.get_data(as_text=True)),
            "topic_id": "", "message": "", "name": "", "contact": "", "website": ""}
    data.update(values)
    return client.post(f"/{lang}/feedback/", data=data)


def submissions():
    from sqlalchemy import select

    from plugins.feedback.models import FeedbackSubmission

    return list(db.session.scalars(select(FeedbackSubmission).order_by(FeedbackSubmission.id)))


@pytest.fixture
def redis_url():
    """The Redis server named by GWEB_TEST_REDIS_URL (skip when unset or silent)."""
    import os

    from tests.conftest import skip_or_fail

    url = os.environ.get("GWEB_TEST_REDIS_URL")
    if not url:
        skip_or_fail("GWEB_TEST_REDIS_URL is not set: the Redis rate-limit test needs a server")
    import redis

    try:
        redis.Redis.from_url(url).ping()
    except redis.exceptions.ConnectionError as exc:
        skip_or_fail(f"Redis at {url} does not answer: {exc}")
    return url
