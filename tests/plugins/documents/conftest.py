"""Shared fixtures for the documents plugin: an app with the plugin on (its
branch migrated, on SQLite and PostgreSQL), the standard site, editors
logged in through the real form, and a few documents."""
from __future__ import annotations

from datetime import date

import pytest

from gweb.testing import csrf_token_from
from tests.conftest import app_with_plugins, log_in_new_user, standard_site


@pytest.fixture
def app(make_plugin_app):
    return app_with_plugins(make_plugin_app, "documents")


@pytest.fixture
def site(app):
    return standard_site()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def login(app, site):
    """login("editor", ui_lang="lo") -> a client logged in through the real form."""

    def _login(role: str = "editor", ui_lang: str = "lo", email: str | None = None):
        client, user = log_in_new_user(app, site, role, name=role.title(), ui_lang=ui_lang,
                                       email=email or f"{role}-{ui_lang}@ministry.test")
        client.user = user
        return client

    return _login


@pytest.fixture
def terms(site):
    """Two issuing bodies and two categories of the site."""
    from plugins.documents import services

    return {"na": services.save_term(site.id, "body", {"name_lo": "ສະພາແຫ່ງຊາດ",
                                                        "name_en": "National Assembly"}),
            "pm": services.save_term(site.id, "body", {"name_lo": "ນາຍົກລັດຖະມົນຕີ",
                                                        "name_en": "Prime Minister"}),
            "cyber": services.save_term(site.id, "category", {"name_lo": "ຄວາມປອດໄພທາງໄຊເບີ",
                                                               "name_en": "Cybersecurity"}),
            "gov": services.save_term(site.id, "category", {"name_lo": "ລັດຖະບານດິຈິຕອນ",
                                                             "name_en": "Digital government"})}


@pytest.fixture
def make_document(site, terms):
    """make_document(number="136/ນຍ", title_en=..., **values) -> a saved document."""
    from plugins.documents import services

    def _make(**values):
        data = {"doc_type": "decree", "number": "136/ນຍ", "issuer_id": terms["pm"].id,
                "agency_id": None, "issue_date": date(2021, 3, 15),
                "effective_date": date(2021, 4, 1), "comment_deadline": None,
                "status": "in_force", "title_lo": "ດຳລັດວ່າດ້ວຍການບໍລິການລັດຖະບານດິຈິຕອນ",
                "title_en": "Decree on Digital Government Services",
                "summary_lo": "<p>ສະຫຼຸບ</p>", "summary_en": "<p>Summary</p>",
                "gazette_url": "", "published": True, "category_ids": [terms["gov"].id]}
        data.update(values)
        return services.save_document(site.id, data)

    return _make


def document_form(client, path="/admin/documents/new", **values):
    """Post the document editor with `values` over what the form holds."""
    page = client.get(path)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    data = {"csrf_token": csrf_token_from(html), "doc_type": "decree", "number": "",
            "issuer_id": "", "agency_id": "", "issue_date": "", "effective_date": "",
            "status": "in_force", "comment_deadline": "", "title_lo": "", "title_en": "",
            "summary_lo": "", "summary_en": "", "gazette_url": "", "published": "y"}
    data.update(values)
    return client.post(path, data=data)
