"""`gweb plugins new`: the plugin it writes passes its own tests, installs as
its own distribution and is found through its entry point. Run as a plugin
author runs it: the real console script, in fresh processes."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

PYTHON = sys.executable
GWEB = str(Path(sys.executable).with_name("gweb"))


def run(args: list[str], instance: Path, plugins: Path, cwd: Path | None = None,
        pythonpath: str | None = None, timeout: int = 300):
    environment = {**os.environ, "GWEB_INSTANCE_PATH": str(instance),
                   "GWEB_PLUGINS_FOLDER": str(plugins), "LANG": "C.UTF-8"}
    for variable in ("LC_ALL", "GWEB_SECRET_KEY", "GWEB_PLUGINS_ENABLED"):
        environment.pop(variable, None)
    if pythonpath:
        environment["PYTHONPATH"] = os.pathsep.join(
            filter(None, [pythonpath, os.environ.get("PYTHONPATH")]))
    return subprocess.run(args, capture_output=True, text=True, env=environment, cwd=cwd,
                          timeout=timeout)


def gweb(*args: str, **kwargs):
    return run([GWEB, *args], **kwargs)


def pytest_plugin_args() -> list[str]:
    """`-p gweb.testing` unless gweb's pytest plugin is already installed
    (loading it twice is an error)."""
    installed = any(ep.value == "gweb.testing" for ep in entry_points(group="pytest11"))
    return [] if installed else ["-p", "gweb.testing"]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """An instance set up by `gweb init`, and the plugin `faq` written by
    `gweb plugins new` into an empty plugins folder."""
    root = tmp_path_factory.mktemp("scaffold")
    instance, plugins = root / "instance", root / "plugins"
    plugins.mkdir()
    assert gweb("init", instance=instance, plugins=plugins).returncode == 0
    result = gweb("plugins", "new", "faq", "--dest", str(plugins),
                  "--label-lo", "ຄຳຖາມທີ່ພົບເລື້ອຍ", "--label-en", "Questions",
                  instance=instance, plugins=plugins)
    assert result.returncode == 0, result.stderr
    return root, instance, plugins


def test_new_writes_a_plugin_package_with_every_part_a_plugin_needs(made):
    _root, _instance, plugins = made
    folder = plugins / "faq"
    for part in ("__init__.py", "models.py", "services.py", "views.py", "forms.py",
                 "templates/faq/index.html", "templates/faq/admin/form.html",
                 "migrations/versions/0001_faq_first.py", "tests/test_faq.py",
                 "translations/lo/LC_MESSAGES/messages.po",
                 "translations/lo/LC_MESSAGES/messages.mo", "pyproject.toml", "README.md"):
        assert (folder / part).is_file(), part
    assert not list(folder.rglob("*.tmpl"))
    assert 'msgstr "ຄຳຖາມທີ່ພົບເລື້ອຍ"' in (
        folder / "translations/lo/LC_MESSAGES/messages.po").read_text(encoding="utf-8")
    assert 'branch_labels = ("faq",)' in (
        folder / "migrations/versions/0001_faq_first.py").read_text()


def test_the_new_plugin_passes_its_own_tests_straight_away(made):
    _root, instance, plugins = made
    folder = plugins / "faq"
    result = run([PYTHON, "-m", "pytest", *pytest_plugin_args(), str(folder / "tests"), "-q",
                  "-p", "no:cacheprovider"], instance=instance, plugins=plugins, cwd=folder)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


def test_the_new_plugin_installs_as_a_distribution_found_through_its_entry_point(made):
    root, instance, _plugins = made
    if importlib.util.find_spec("wheel") is None and not _setuptools_builds_wheels():
        skip_or_fail("pip cannot build the plugin without build isolation: install `wheel` "
                     "(or setuptools>=70.1) in the test environment")
    site, empty = root / "site", root / "no-folder-plugins"
    empty.mkdir()
    install = run([PYTHON, "-m", "pip", "install", "--quiet", "--no-deps",
                   "--no-build-isolation", "--no-index", "--target", str(site),
                   str(root / "plugins" / "faq")], instance=instance, plugins=empty)
    assert install.returncode == 0, install.stderr
    assert (site / "faq" / "translations/lo/LC_MESSAGES/messages.mo").is_file()
    assert (site / "faq" / "migrations/versions/0001_faq_first.py").is_file()
    listed = gweb("plugins", "list", instance=instance, plugins=empty, pythonpath=str(site))
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if line.startswith("faq"))
    assert "entry point faq" in line


def _setuptools_builds_wheels() -> bool:
    import setuptools

    major, minor = (int(part) for part in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1)


@pytest.mark.parametrize("name, why", [
    ("pages", "core"), ("admin", "core"), ("healthz", "core"), ("search", "core"),
    ("Faq", "not a valid plugin name"), ("faq-2", "not a valid plugin name"),
    ("2faq", "not a valid plugin name"), ("_faq", "not a valid plugin name"),
    ("class", "not a valid plugin name"),
])
def test_new_refuses_a_name_that_cannot_name_a_plugin_in_one_line(made, name, why):
    _root, instance, plugins = made
    result = gweb("plugins", "new", name, "--dest", str(plugins), instance=instance,
                  plugins=plugins)
    assert result.returncode != 0
    assert why in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (plugins / name).exists()


def test_new_refuses_to_overwrite_an_existing_folder(made):
    _root, instance, plugins = made
    before = (plugins / "faq" / "models.py").read_text()
    result = gweb("plugins", "new", "faq", "--dest", str(plugins), instance=instance,
                  plugins=plugins)
    assert result.returncode != 0 and "already exists" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (plugins / "faq" / "models.py").read_text() == before


def test_new_writes_to_the_installations_plugins_folder_by_default(made, tmp_path):
    _root, instance, _plugins = made
    result = gweb("plugins", "new", "opening_hours", instance=instance, plugins=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "opening_hours" / "models.py").is_file()
    assert "class OpeningHoursItem(" in (tmp_path / "opening_hours" / "models.py").read_text()
