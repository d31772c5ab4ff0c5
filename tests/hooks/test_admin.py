"""The Plugins screen: a site admin switches plugins on and off for the site
and edits their settings; superadmins also see the installation's plugins."""
from __future__ import annotations

import pytest

from gweb.extensions import db
from gweb.hooks.models import PluginSetting
from gweb.hooks.settings import plugin_settings, save_plugin_settings
from tests.conftest import csrf_token_from, standard_site


@pytest.fixture
def plugin_admin(make_plugin_app):
    """An app running sampleplug (brokenimport fails), a site, and a client
    logged in as `role` on it: plugin_admin("admin")."""

    def _make(role="admin", superadmin=False):
        from gweb.users.services import create_user

        app = make_plugin_app(["sampleplug", "brokenimport"])
        site = standard_site()
        user = create_user(f"{role}@ministry.test", "correct horse battery", role=role,
                           site_id=site.id)
        user.is_superadmin = superadmin
        user.ui_lang = "lo"
        db.session.commit()
        client = app.test_client()
        page = client.get("/admin/login")
        response = client.post("/admin/login", data={
            "csrf_token": csrf_token_from(page.get_data(as_text=True)),
            "email": user.email, "password": "correct horse battery"})
        assert response.status_code == 302
        return client, site

    return _make


def test_a_site_admin_sees_the_running_plugins_in_lao_with_a_switch_each(plugin_admin):
    client, _site = plugin_admin("admin")
    html = client.get("/admin/plugins/").get_data(as_text=True)
    assert "ສ່ວນເສີມທົດສອບ" in html and "1.2" in html
    assert "ປິດສຳລັບເວັບໄຊນີ້" in html  # "Switch off for this site"
    assert "brokenimport" not in html  # the installation's part is for superadmins


def test_switching_a_plugin_off_on_the_screen_takes_its_pages_off_the_site_at_once(plugin_admin):
    client, _site = plugin_admin("admin")
    page = client.get("/admin/plugins/").get_data(as_text=True)
    response = client.post("/admin/plugins/sampleplug/switch",
                           data={"csrf_token": csrf_token_from(page), "enabled": "0"})
    assert response.status_code == 302
    assert client.get("/lo/sampleplug/").status_code == 404
    listing = client.get("/admin/plugins/").get_data(as_text=True)
    assert "ເປີດສຳລັບເວັບໄຊນີ້" in listing  # now offers "Switch on for this site"
    from gweb.audit.models import AuditEvent

    assert db.session.query(AuditEvent).filter_by(action="plugin.site_off").count() == 1


def test_the_switch_refuses_a_request_without_its_csrf_token(plugin_admin):
    client, _site = plugin_admin("admin")
    assert client.post("/admin/plugins/sampleplug/switch", data={"enabled": "0"}).status_code == 400
    assert client.get("/lo/sampleplug/").status_code == 200


def test_an_editor_cannot_open_the_plugins_screen(plugin_admin):
    client, _site = plugin_admin("editor")
    assert client.get("/admin/plugins/").status_code == 403
    assert client.get("/admin/plugins/sampleplug/settings").status_code == 403


def test_a_superadmin_also_sees_every_plugin_of_the_installation_and_why_one_is_broken(
        plugin_admin):
    client, _site = plugin_admin("admin", superadmin=True)
    html = client.get("/admin/plugins/").get_data(as_text=True)
    assert "brokenimport" in html and "ModuleNotFoundError" in html
    assert "badmigration" in html  # found, not enabled


def test_settings_are_edited_per_language_and_read_back_by_the_plugin(plugin_admin):
    client, site = plugin_admin("admin")
    form = client.get("/admin/plugins/sampleplug/settings").get_data(as_text=True)
    assert "Greeting (ພາສາລາວ)" in form and "Greeting (English)" in form
    response = client.post("/admin/plugins/sampleplug/settings", data={
        "csrf_token": csrf_token_from(form), "greeting-lo": "ສະບາຍດີ", "greeting-en": "Welcome",
        "per_page": "25", "tone": "loud"})
    assert response.status_code == 302
    assert "ສະບາຍດີ" in client.get("/lo/sampleplug/").get_data(as_text=True)
    values = plugin_settings(site, "sampleplug")
    assert values == {"greeting": {"lo": "ສະບາຍດີ", "en": "Welcome"}, "per_page": 25,
                      "show_top": False, "tone": "loud"}
    assert "sampleplug-top" not in client.get("/en/").get_data(as_text=True)


def test_a_bad_number_is_explained_in_lao_and_nothing_is_saved(plugin_admin):
    client, site = plugin_admin("admin")
    form = client.get("/admin/plugins/sampleplug/settings").get_data(as_text=True)
    response = client.post("/admin/plugins/sampleplug/settings", data={
        "csrf_token": csrf_token_from(form), "greeting-lo": "ສະບາຍດີ", "greeting-en": "Hi",
        "per_page": "ສິບ", "show_top": "y", "tone": "calm"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "ກະລຸນາໃສ່ຕົວເລກຖ້ວນ" in html  # "Enter a whole number."
    assert 'value="ສະບາຍດີ"' in html  # what was typed is kept on the form
    assert db.session.query(PluginSetting).filter_by(site_id=site.id).count() == 0


def test_settings_of_one_site_do_not_reach_another(make_plugin_app):
    make_plugin_app(["sampleplug"])
    first, second = standard_site("first.test"), standard_site("second.test")
    save_plugin_settings(first.id, "sampleplug", {
        "greeting": {"lo": "ກ", "en": "A"}, "per_page": "3", "show_top": True, "tone": "calm"})
    assert plugin_settings(first, "sampleplug")["per_page"] == 3
    assert plugin_settings(second, "sampleplug")["per_page"] == 10
