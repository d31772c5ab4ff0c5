"""Every `gweb` command, run as an operator runs it: the real console script
in a fresh process, on its own instance folder."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

GWEB = str(Path(sys.executable).with_name("gweb"))
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def run(instance: Path, *args: str, stdin: str | None = None, env: dict | None = None):
    environment = {**os.environ, "GWEB_INSTANCE_PATH": str(instance), "LANG": "C.UTF-8",
                   **(env or {})}
    environment.pop("LC_ALL", None)
    environment.pop("GWEB_SECRET_KEY", None)
    return subprocess.run([GWEB, *args], capture_output=True, text=True, input=stdin,
                          env=environment, timeout=120)


@pytest.fixture(scope="module")
def instance(tmp_path_factory) -> Path:
    """An instance folder set up once by `gweb init` and `gweb demo`."""
    folder = tmp_path_factory.mktemp("instance")
    assert run(folder, "init").returncode == 0
    assert run(folder, "demo").returncode == 0
    return folder


def test_init_creates_the_instance_with_a_secret_key_a_database_and_a_standard_site(tmp_path):
    result = run(tmp_path, "init")
    assert result.returncode == 0, result.stderr
    config = (tmp_path / "config.py").read_text()
    assert "SECRET_KEY = '" in config and len(config.split("'")[1]) == 64
    assert (tmp_path / "config.py").stat().st_mode & 0o077 == 0
    assert (tmp_path / "gweb.sqlite").exists() and (tmp_path / "media").is_dir()
    assert "standard pages" in result.stdout


def test_init_a_second_time_keeps_the_secret_and_the_content(instance):
    key_before = (instance / "config.py").read_text()
    result = run(instance, "init")
    assert result.returncode == 0, result.stderr
    assert (instance / "config.py").read_text() == key_before
    assert "Created the site" not in result.stdout
    assert "ກະຊວງການພັດທະນາດິຈິຕອນ" in run(instance, "site", "list").stdout


def test_demo_prints_the_admin_address_and_a_password_only_the_first_time(tmp_path):
    run(tmp_path, "init")
    first = run(tmp_path, "demo", "--base-url", "http://127.0.0.1:9000")
    assert first.returncode == 0, first.stderr
    assert "http://127.0.0.1:9000/admin/login" in first.stdout
    assert "Admin password (shown once" in first.stdout
    second = run(tmp_path, "demo")
    assert "already present" in second.stdout and "shown once" not in second.stdout


def test_a_command_without_an_instance_says_what_to_do_in_one_line(tmp_path):
    result = run(tmp_path / "nowhere", "site", "list")
    assert result.returncode != 0
    assert "gweb init" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_lao_operator_gets_the_messages_in_lao(instance):
    result = run(instance, "user", "create", "not-an-email", "--role", "editor",
                 env={"LANG": "lo_LA.UTF-8"})
    assert result.returncode == 1 and "ບໍ່ແມ່ນທີ່ຢູ່ອີເມວ" in result.stderr


def test_serve_without_an_instance_says_what_to_do_in_one_line(tmp_path):
    result = run(tmp_path / "nowhere", "serve")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1


def test_user_create_reads_the_password_from_stdin(instance):
    result = run(instance, "user", "create", "Editor@Ministry.LA", "--role", "editor",
                 "--name", "ທ່ານ ສົມພອນ", "--password-stdin", stdin="a long enough password\n")
    assert result.returncode == 0, result.stderr
    assert "editor@ministry.la (editor" in result.stdout and "Password" not in result.stdout


def test_user_create_without_stdin_prints_a_generated_password(instance):
    result = run(instance, "user", "create", "author@ministry.la", "--role", "author")
    assert result.returncode == 0, result.stderr
    assert "Password (shown once):" in result.stdout


@pytest.mark.parametrize("args, stdin, reason", [
    (("not-an-email", "--role", "editor"), None, "is not an e-mail address"),
    (("short@ministry.la", "--role", "editor", "--password-stdin"), "short\n", "at least 12"),
    (("x@ministry.la", "--role", "editor", "--site", "nosuch.la"), None, "no site has the domain"),
])
def test_user_create_refuses_bad_input_in_one_line(instance, args, stdin, reason):
    result = run(instance, "user", "create", *args, stdin=stdin)
    assert result.returncode == 1
    assert reason in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_site_create_builds_a_second_site_with_the_standard_structure(instance):
    result = run(instance, "site", "create", "--domain", "mof.gov.la",
                 "--name-lo", "ກະຊວງການເງິນ", "--name-en", "Ministry of Finance")
    assert result.returncode == 0, result.stderr
    assert "mof.gov.la" in run(instance, "site", "list").stdout


def test_site_create_refuses_a_bad_domain_and_writes_nothing(instance):
    before = run(instance, "site", "list").stdout
    result = run(instance, "site", "create", "--domain", "not a domain",
                 "--name-lo", "ກ", "--name-en", "X")
    assert result.returncode == 1
    assert "not a valid domain name" in result.stderr
    assert run(instance, "site", "list").stdout == before


def test_site_check_passes_for_the_demo_site_and_fails_for_a_site_without_contacts(instance):
    demo = run(instance, "site", "check", "--site", "localhost")
    assert demo.returncode == 0, demo.stdout
    run(instance, "site", "create", "--domain", "bare.gov.la", "--name-lo", "ກ", "--name-en", "B")
    bare = run(instance, "site", "check", "--site", "bare.gov.la")
    assert bare.returncode == 1
    assert "no postal address" in bare.stdout


def test_db_upgrade_and_current_report_the_core_head(instance):
    assert run(instance, "db", "upgrade").returncode == 0
    assert "(head)" in run(instance, "db", "current").stdout


def test_plugins_list_runs(instance):
    result = run(instance, "plugins", "list")
    assert result.returncode == 0, result.stderr


def test_routes_lists_the_public_and_admin_urls(instance):
    out = run(instance, "routes").stdout
    assert "/<lang:lang>/<path:path>" in out and "/admin/login" in out and "/sitemap.xml" in out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_over_http_with_waitress(instance):
    port = _free_port()
    env = {**os.environ, "GWEB_INSTANCE_PATH": str(instance)}
    server = subprocess.Popen([GWEB, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                # The demo site's domain: other tests added sites, so the host matters.
                request = urllib.request.Request(f"http://127.0.0.1:{port}/lo/",
                                                 headers={"Host": "localhost"})
                with NO_PROXY.open(request, timeout=2) as resp:
                    body = resp.read().decode()
                break
            except urllib.error.HTTPError:
                raise
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("gweb serve did not answer: "
                                + (server.stdout.read().decode() if server.poll() is not None else ""))
                time.sleep(0.2)
        assert "ກະຊວງການພັດທະນາດິຈິຕອນ" in body
        with NO_PROXY.open(f"http://127.0.0.1:{port}/healthz", timeout=2) as resp:
            assert resp.status == 200
    finally:
        server.terminate()
        server.wait(timeout=10)
