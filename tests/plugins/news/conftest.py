"""Fixtures for the news plugin's tests: an app running the plugin (SQLite
and PostgreSQL), the standard site, and clients logged in by role."""
from __future__ import annotations

import pytest

from gweb.extensions import db
from tests.conftest import app_with_plugins, log_in_new_user, standard_site


@pytest.fixture
def news_app(make_plugin_app):
    return app_with_plugins(make_plugin_app, "news")


@pytest.fixture
def site(news_app):
    site = standard_site(email="info@ministry.test")
    db.session.commit()
    return site


@pytest.fixture
def client(news_app, site):
    return news_app.test_client()


@pytest.fixture
def login(news_app, site):
    """login("editor") -> a new client logged in through the real form as a
    new user with that role (Lao interface)."""

    def _login(role: str = "editor", base_url: str | None = None):
        client, user = log_in_new_user(news_app, site, role, name=role.title(), base_url=base_url)
        client.user = user
        return client

    return _login


@pytest.fixture
def article(site):
    """article(title_lo=..., **values) -> a saved article (published now by default)."""
    from plugins.news import services

    def _article(**values):
        data = {"title_lo": "ຂ່າວທົດສອບ", "title_en": "Test news", "published": True}
        data.update(values)
        return services.save_article(site.id, data)

    return _article
