"""Fixtures for the e-services plugin's tests: an app running the plugin (SQLite
and PostgreSQL), the standard site, and clients logged in by role."""
from __future__ import annotations

import pytest

from gweb.extensions import db
from tests.conftest import app_with_plugins, log_in_new_user, standard_site


@pytest.fixture
def eservices_app(make_plugin_app):
    return app_with_plugins(make_plugin_app, "eservices")


@pytest.fixture
def site(eservices_app):
    site = standard_site(email="info@ministry.test")
    db.session.commit()
    return site


@pytest.fixture
def client(eservices_app, site):
    return eservices_app.test_client()


@pytest.fixture
def login(eservices_app, site):
    """login("editor") -> a new client logged in through the real form as a
    new user with that role (Lao interface)."""

    def _login(role: str = "editor", base_url: str | None = None):
        client, user = log_in_new_user(eservices_app, site, role, name=role.title(), base_url=base_url)
        client.user = user
        return client

    return _login


@pytest.fixture
def service(site):
    """service(**values) -> a saved, published service."""
    from plugins.eservices import services

    def _service(**values):
        data = {"title_lo": "ຊຳລະພາສີອາກອນ", "title_en": "Pay taxes", "audiences": ["citizens"],
                "online_url": "https://tax.example.la/pay"}
        data.update(values)
        return services.save_service(site.id, data)

    return _service
