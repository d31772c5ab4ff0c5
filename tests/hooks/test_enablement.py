"""Plugins found, enabled for the installation and per site, loaded with
everything they bring, and kept in their box when they are broken."""
from __future__ import annotations

import logging
import sys
from importlib.metadata import EntryPoint

import pytest
import sqlalchemy as sa

from gweb.extensions import db
from gweb.hooks import services
from gweb.hooks.manager import plugin_host
from gweb.users.permissions import can
from tests.conftest import FIXTURE_PLUGINS, standard_site


def test_an_enabled_plugin_brings_its_pages_tables_template_catalogue_and_settings(make_plugin_app):
    app = make_plugin_app(["sampleplug"])
    site = standard_site()
    assert "sampleplug_note" in sa.inspect(db.engine).get_table_names()
    page = app.test_client().get("/lo/sampleplug/")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "ບັນທຶກຕົວຢ່າງ" in html  # its own Lao catalogue
    assert '<p id="greeting">hello</p>' in html  # a setting's default
    assert '<p id="count">0</p>' in html  # its own table, read through its model
    assert 'id="sampleplug-top"' in html  # its template slot
    assert site.id


def test_a_plugin_adds_a_footer_link_and_a_top_line_to_every_public_page(make_plugin_app):
    app = make_plugin_app(["sampleplug"])
    standard_site()
    html = app.test_client().get("/en/").get_data(as_text=True)
    assert "Sample footer link" in html and 'id="sampleplug-top"' in html


def test_a_plugins_static_files_are_served_under_its_own_prefix_and_nothing_outside(
        make_plugin_app):
    app = make_plugin_app(["sampleplug"])
    standard_site()
    client = app.test_client()
    assert client.get("/sampleplug/static/sample.css").status_code == 200
    assert client.get("/sampleplug/static/../__init__.py").status_code == 404
    assert client.get("/sampleplug/static/%2e%2e/__init__.py").status_code == 404


def test_a_site_that_switches_a_plugin_off_loses_its_pages_and_links_while_others_keep_them(
        make_plugin_app):
    app = make_plugin_app(["sampleplug"])
    first = standard_site("first.test", "First")
    standard_site("second.test", "Second")
    services.set_site_state(first.id, "sampleplug", False, plugin_host().plugin_names())
    client = app.test_client()
    assert client.get("/lo/sampleplug/", base_url="http://first.test").status_code == 404
    home = client.get("/en/", base_url="http://first.test").get_data(as_text=True)
    assert "Sample footer link" not in home and "sampleplug-top" not in home
    assert client.get("/lo/sampleplug/", base_url="http://second.test").status_code == 200
    services.set_site_state(first.id, "sampleplug", True, plugin_host().plugin_names())
    assert client.get("/lo/sampleplug/", base_url="http://first.test").status_code == 200


def test_only_a_plugin_running_in_the_installation_can_be_switched_for_a_site(make_plugin_app):
    from gweb.exceptions import ValidationError

    make_plugin_app(["sampleplug"])
    site = standard_site()
    with pytest.raises(ValidationError):
        services.set_site_state(site.id, "brokenimport", True, plugin_host().plugin_names())


def test_an_installation_template_overrides_the_plugins_own(make_plugin_app, tmp_path):
    override = tmp_path / "templates" / "sampleplug"
    override.mkdir(parents=True)
    (override / "index.html").write_text("overridden for this installation", encoding="utf-8")
    app = make_plugin_app(["sampleplug"])
    standard_site()
    assert app.test_client().get("/en/sampleplug/").get_data(as_text=True) == \
        "overridden for this installation"


def test_a_plugin_that_is_not_enabled_is_never_imported(make_plugin_app):
    sys.modules.pop("plugins.brokenimport", None)
    app = make_plugin_app([])
    host = plugin_host()
    assert "brokenimport" in host.available() and "brokenimport" not in host.plugin_names()
    assert "plugins.brokenimport" not in sys.modules and "brokenimport" not in host.failed
    assert app


def test_a_plugin_that_fails_to_import_is_reported_and_the_site_still_serves(make_plugin_app,
                                                                           caplog):
    with caplog.at_level(logging.ERROR, logger="gweb.plugins"):
        app = make_plugin_app(["brokenimport", "sampleplug"])
    standard_site()
    host = plugin_host()
    assert "ModuleNotFoundError" in host.failed["brokenimport"]
    assert host.plugin_names() == ["sampleplug"]
    assert app.test_client().get("/lo/").status_code == 200
    assert any("brokenimport" in r.getMessage() for r in caplog.records)


def test_a_plugin_whose_migration_fails_is_reported_while_the_core_and_others_upgrade(
        make_plugin_app):
    app = make_plugin_app(["badmigration", "sampleplug"])
    failures = app.extensions["gweb.test_upgrade_failures"]
    assert list(failures) == ["badmigration"] and "this migration is broken" in failures["badmigration"]
    with db.engine.connect() as conn:
        versions = {row[0] for row in conn.execute(sa.text("SELECT version_num FROM alembic_version"))}
    assert "sampleplug0001" in versions and "badmigration0001" not in versions
    standard_site()
    assert app.test_client().get("/lo/").status_code == 200


def test_the_installations_recorded_choice_wins_over_the_setting_and_plugins_disabled_wins_over_both(
        make_plugin_app, tmp_path):
    from tests.conftest import make_app

    make_plugin_app(["sampleplug"])
    services.set_installation_state("sampleplug", False)
    uri = str(db.engine.url.render_as_string(hide_password=False))
    off = make_app(tmp_path, uri, PLUGINS_ENABLED=["sampleplug"], PLUGINS_FOLDER=str(FIXTURE_PLUGINS))
    assert off.extensions["gweb.plugins"].plugin_names() == []
    services.set_installation_state("sampleplug", True)
    on = make_app(tmp_path, uri, PLUGINS_FOLDER=str(FIXTURE_PLUGINS))
    assert on.extensions["gweb.plugins"].plugin_names() == ["sampleplug"]
    forced = make_app(tmp_path, uri, PLUGINS_FOLDER=str(FIXTURE_PLUGINS),
                      PLUGINS_DISABLED=["sampleplug"])
    assert forced.extensions["gweb.plugins"].plugin_names() == []
    for extra in (off, on, forced):
        with extra.app_context():
            db.engine.dispose()


def test_a_plugin_may_not_take_the_name_of_a_core_package(tmp_path, make_plugin_app):
    (tmp_path / "plugs" / "search").mkdir(parents=True)
    (tmp_path / "plugs" / "search" / "__init__.py").write_text("raise SystemExit('imported!')\n")
    make_plugin_app(["search"], folder=tmp_path / "plugs", upgrade=False)
    assert "belongs to the core" in plugin_host().failed["search"]


def test_a_plugin_found_twice_is_reported_and_the_folder_copy_is_used(make_plugin_app,
                                                                    monkeypatch, caplog):
    twin = EntryPoint(name="sampleplug", value="some_dist.sampleplug", group="gweb.plugins")
    monkeypatch.setattr("gweb.hooks.manager.entry_points", lambda group: [twin])
    with caplog.at_level(logging.WARNING, logger="gweb.plugins"):
        make_plugin_app(["sampleplug"])
    host = plugin_host()
    assert host.available()["sampleplug"] == "plugins.sampleplug"
    assert "entry point some_dist.sampleplug" in " ".join(host.duplicates["sampleplug"])
    assert any("more than once" in r.getMessage() for r in caplog.records)


def test_a_misspelt_hook_name_stops_the_start_with_a_clear_error(tmp_path, make_plugin_app):
    from pluggy import PluginValidationError

    (tmp_path / "plugs" / "typo").mkdir(parents=True)
    (tmp_path / "plugs" / "typo" / "__init__.py").write_text(
        "from gweb.hooks import hookimpl\n\n@hookimpl\ndef gweb_menu_itmes(site, lang):\n"
        "    return []\n")
    with pytest.raises(PluginValidationError, match="gweb_menu_itmes"):
        make_plugin_app(["typo"], folder=tmp_path / "plugs", upgrade=False)


def test_a_plugin_permission_follows_roles_and_a_core_permission_cannot_be_redefined(
        make_plugin_app):
    from gweb.users.services import create_user

    app = make_plugin_app(["sampleplug"])
    site = standard_site()
    author = create_user("author@ministry.test", "correct horse battery", role="author",
                         site_id=site.id)
    editor = create_user("editor@ministry.test", "correct horse battery", role="editor",
                         site_id=site.id)
    db.session.commit()
    assert can(editor, site.id, "sampleplug.manage") and not can(author, site.id,
                                                                 "sampleplug.manage")
    assert not can(author, site.id, "pages.publish")  # the plugin's claim was refused
    assert app.extensions["gweb.permissions"] == {"sampleplug.manage": "editor"}


def test_a_plugin_url_a_site_switched_off_falls_back_to_the_sites_own_page(make_plugin_app):
    from gweb.pages import editorial
    from gweb.pages.services import create_page

    app = make_plugin_app(["sampleplug"])
    site = standard_site()
    create_page(site, editorial.page_by_key(site.id, "home"), {"en": {"title": "Sample page", "slug": "sampleplug",
                                    "body": "<p>the site's own page</p>"}}, publish=True)
    db.session.commit()
    client = app.test_client()
    assert "Sample notes" in client.get("/en/sampleplug/").get_data(as_text=True)
    services.set_site_state(site.id, "sampleplug", False, plugin_host().plugin_names())
    for path in ("/en/sampleplug", "/en/sampleplug/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "the site's own page" in response.get_data(as_text=True)


def test_a_plugin_tells_the_media_library_where_a_file_is_used(make_plugin_app):
    from gweb.hooks import hookimpl
    from gweb.media.models import Media
    from gweb.media.services import usages

    make_plugin_app(["sampleplug"])
    site = standard_site()
    media = Media(site_id=site.id, kind="document", stored_name="abc.pdf", original_name="law.pdf",
                  mime_type="application/pdf", size=10, sha256="0" * 64)
    db.session.add(media)
    db.session.commit()

    class Library:
        @hookimpl
        def gweb_media_usages(self, site, media):
            return [{"label": "Decree 12/PM", "url": "/admin/library/1"}]

    assert not usages(site.id, media).in_use
    plugin_host().pm.register(Library(), name="library")
    used = usages(site.id, media)
    assert used.in_use and used.others == [{"label": "Decree 12/PM", "url": "/admin/library/1"}]


def test_a_plugins_audit_actions_are_named_in_the_readers_language(make_plugin_app):
    from flask_babel import force_locale

    from gweb.audit.labels import action_label
    from gweb.hooks import hookimpl

    make_plugin_app([])

    class Library:
        @hookimpl
        def gweb_audit_labels(self):
            return {"library.create": "ສ້າງເອກະສານ"}

    plugin_host().pm.register(Library(), name="library")
    with force_locale("lo"):
        assert action_label("library.create") == "ສ້າງເອກະສານ"
    assert action_label("library.unknown") == "library.unknown"
