"""Fixtures for the news plugin's tests: an app running the plugin (SQLite
and PostgreSQL), the standard site, and clients logged in by role."""
from __future__ import annotations

import pytest

from gweb.config import PROJECT_ROOT
from gweb.extensions import babel, db
from tests.conftest import csrf_token_from

PASSWORD = "correct horse battery"


@pytest.fixture
def news_app(make_plugin_app):
    app = make_plugin_app(["news"], folder=PROJECT_ROOT / "plugins")
    # Flask-Babel caches catalogues per process: forget those of earlier apps.
    babel.domain_instance.cache.clear()
    assert app.extensions["gweb.test_upgrade_failures"] == {}
    return app


@pytest.fixture
def site(news_app):
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site

    site = create_site("ministry.test", {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Tests"},
                       email="info@ministry.test")
    build_standard_site(site)
    db.session.commit()
    return site


@pytest.fixture
def client(news_app, site):
    return news_app.test_client()


@pytest.fixture
def login(news_app, site):
    """login("editor") -> a new client logged in through the real form as a
    new user with that role (Lao interface)."""

    def _login(role: str = "editor", base_url: str = "http://localhost"):
        from gweb.users.services import create_user

        user = create_user(f"{role}@ministry.test", PASSWORD, name=role.title(), role=role,
                           site_id=site.id)
        user.ui_lang = "lo"
        db.session.commit()
        client = news_app.test_client()
        page = client.get("/admin/login", base_url=base_url)
        response = client.post("/admin/login", base_url=base_url, data={
            "csrf_token": csrf_token_from(page.get_data(as_text=True)),
            "email": user.email, "password": PASSWORD})
        assert response.status_code == 302
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
