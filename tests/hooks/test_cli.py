"""`gweb plugins list|enable|disable`, run as an operator runs them."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_PLUGINS
from tests.test_cli import run

ENV = {"GWEB_PLUGINS_FOLDER": str(FIXTURE_PLUGINS)}


@pytest.fixture
def instance(tmp_path) -> Path:
    assert run(tmp_path, "init", env=ENV).returncode == 0
    return tmp_path


def _tables(instance: Path) -> set[str]:
    with sqlite3.connect(instance / "gweb.sqlite") as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_list_shows_every_plugin_found_and_that_none_is_on_yet(instance):
    result = run(instance, "plugins", "list", env=ENV)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split("\t")[:2] for line in result.stdout.splitlines() if "\t" in line)
    assert lines == {"badmigration": "disabled", "brokenimport": "disabled",
                     "sampleplug": "disabled"}


def test_enable_switches_a_plugin_on_for_the_installation_and_creates_its_tables(instance):
    result = run(instance, "plugins", "enable", "sampleplug", env=ENV)
    assert result.returncode == 0, result.stderr
    assert "restart gweb" in result.stdout
    assert "sampleplug_note" in _tables(instance)
    assert "sampleplug\tenabled" in run(instance, "plugins", "list", env=ENV).stdout


def test_disable_keeps_the_plugins_data(instance):
    run(instance, "plugins", "enable", "sampleplug", env=ENV)
    with sqlite3.connect(instance / "gweb.sqlite") as conn:
        conn.execute("INSERT INTO sampleplug_note (site_id, text) VALUES (1, 'ບັນທຶກ')")
    result = run(instance, "plugins", "disable", "sampleplug", env=ENV)
    assert result.returncode == 0 and "data is kept" in result.stdout
    assert "sampleplug\tdisabled" in run(instance, "plugins", "list", env=ENV).stdout
    with sqlite3.connect(instance / "gweb.sqlite") as conn:
        assert conn.execute("SELECT text FROM sampleplug_note").fetchall() == [("ບັນທຶກ",)]


def test_a_plugin_can_be_switched_off_for_one_site_only(instance):
    run(instance, "plugins", "enable", "sampleplug", env=ENV)
    result = run(instance, "plugins", "disable", "sampleplug", "--site", "localhost", env=ENV)
    assert result.returncode == 0, result.stderr
    assert "sampleplug\tenabled (off on localhost)" in run(instance, "plugins", "list",
                                                            env=ENV).stdout
    assert run(instance, "plugins", "enable", "sampleplug", "--site", "localhost",
               env=ENV).returncode == 0
    assert "off on" not in run(instance, "plugins", "list", env=ENV).stdout


def test_enabling_a_plugin_whose_migration_fails_says_why_and_leaves_it_off(instance):
    result = run(instance, "plugins", "enable", "badmigration", env=ENV)
    assert result.returncode == 1
    assert "badmigration stays disabled, its tables could not be upgraded" in result.stderr
    assert "this migration is broken" in result.stderr
    assert "badmigration\tdisabled" in run(instance, "plugins", "list", env=ENV).stdout
    assert run(instance, "site", "list", env=ENV).returncode == 0  # the installation still works


def test_enabling_a_plugin_that_cannot_be_imported_says_why_and_leaves_it_off(instance):
    result = run(instance, "plugins", "enable", "brokenimport", env=ENV)
    assert result.returncode == 1
    last_line = result.stderr.strip().splitlines()[-1]  # after the logged traceback
    assert last_line.startswith("Error: brokenimport stays disabled, it could not be loaded")
    assert "ModuleNotFoundError" in last_line
    assert "brokenimport\tdisabled" in run(instance, "plugins", "list", env=ENV).stdout


def test_an_unknown_plugin_or_site_is_refused_in_one_line(instance):
    unknown = run(instance, "plugins", "enable", "nosuchplugin", env=ENV)
    assert unknown.returncode == 1 and "no plugin named 'nosuchplugin'" in unknown.stderr
    no_site = run(instance, "plugins", "disable", "sampleplug", "--site", "nowhere.test", env=ENV)
    assert no_site.returncode == 1 and "no site has the domain" in no_site.stderr


def test_enable_all_switches_on_every_working_plugin_and_names_the_broken_ones(instance):
    result = run(instance, "plugins", "enable", "--all", env=ENV)
    assert result.returncode == 1
    assert "sampleplug is enabled" in result.stdout
    assert "badmigration stays disabled" in result.stderr and "brokenimport stays disabled" in result.stderr
    assert "sampleplug\tenabled" in run(instance, "plugins", "list", env=ENV).stdout
