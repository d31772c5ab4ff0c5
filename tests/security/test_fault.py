"""A server killed with SIGKILL in the middle of a stream of admin saves
leaves a SQLite database that opens clean, in WAL mode, with every save it
had acknowledged and nothing half-written."""
from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.cookies import SimpleCookie

from gweb.config import PROJECT_ROOT
from tests.conftest import TEST_SECRET, make_app

WRITERS = 4
KILL_AFTER = 40  # acknowledged saves before the kill; more are in flight when it lands
PASSWORD = "correct horse battery"

SERVER = """
import sys, waitress
from gweb import create_app
app = create_app({"SECRET_KEY": sys.argv[2], "SQLALCHEMY_DATABASE_URI": "sqlite:///" + sys.argv[3],
                  "MEDIA_ROOT": sys.argv[1] + "/media", "PLUGINS_ENABLED": []},
                 instance=sys.argv[1])
server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
print(server.effective_port, flush=True)
server.run()
"""


def _prepare(folder, template) -> tuple[str, int]:
    """A SQLite file with the standard site and an editor; the About page's id."""
    from gweb.extensions import db
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site
    from gweb.users.services import create_user

    path = folder / "gweb.sqlite"
    shutil.copy(template, path)
    app = make_app(folder, f"sqlite:///{path}")
    with app.app_context():
        site = create_site("ministry.test", {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Tests"})
        build_standard_site(site)
        create_user("editor@ministry.test", PASSWORD, role="editor", site_id=site.id)
        db.session.commit()
        about = next(p for p in site_pages(site) if p.translation("en").slug == "about")
        about_id = about.id
        db.session.remove()
        db.engine.dispose()
    return str(path), about_id


def site_pages(site):
    from sqlalchemy import select

    from gweb.extensions import db
    from gweb.pages.models import Page

    return db.session.scalars(select(Page).where(Page.site_id == site.id)).all()


class Browser:
    """Just enough of a browser: one connection, the session cookie, CSRF tokens."""

    def __init__(self, port: int, cookie: str = ""):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        self.cookie = cookie

    def request(self, method, path, body: dict | None = None):
        from urllib.parse import urlencode

        headers = {"Cookie": self.cookie} if self.cookie else {}
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=data, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            jar = SimpleCookie(header)
            for morsel in jar.values():
                self.cookie = f"{morsel.key}={morsel.value}"
        return response, text


def _token(html: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


def test_a_server_killed_mid_stream_keeps_every_acknowledged_write(tmp_path, migrated_sqlite):
    db_path, about_id = _prepare(tmp_path, migrated_sqlite)
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(tmp_path), TEST_SECRET, db_path],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=open(tmp_path / "server.log", "wb"),
        text=True)
    try:
        port = int(server.stdout.readline())
        login = Browser(port)
        _, page = login.request("GET", "/admin/login")
        response, _ = login.request("POST", "/admin/login", {
            "csrf_token": _token(page), "email": "editor@ministry.test", "password": PASSWORD})
        assert response.status == 302
        _, form = login.request("GET", f"/admin/pages/new?parent={about_id}")
        token = _token(form)

        acknowledged: list[tuple[int, str]] = []
        lock, killed = threading.Lock(), threading.Event()

        def write(writer: int):
            browser = Browser(port, login.cookie)
            for n in range(10_000):
                title = f"fault {writer}-{n}"
                try:
                    response, _ = browser.request(
                        "POST", f"/admin/pages/new?parent={about_id}",
                        {"csrf_token": token, "lang": "en", "title": title, "slug": ""})
                except (OSError, http.client.HTTPException):
                    return  # the server is gone
                assert response.status == 302, response.status
                page_id = int(re.search(r"/admin/pages/(\d+)/edit/", response.getheader(
                    "Location")).group(1))
                with lock:
                    acknowledged.append((page_id, title))
                    if len(acknowledged) >= KILL_AFTER and not killed.is_set():
                        killed.set()
                        os.kill(server.pid, signal.SIGKILL)

        threads = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert killed.is_set(), "the stream ended before the kill"
        server.wait(timeout=10)
        assert server.returncode == -signal.SIGKILL
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()

    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        for page_id, title in acknowledged:
            assert connection.execute(
                "SELECT count(*) FROM page_translation WHERE page_id = ? AND title = ?",
                (page_id, title)).fetchone() == (1,), f"acknowledged page {title} is lost"
        # Nothing half-written: every page that exists has its translation.
        assert connection.execute(
            "SELECT count(*) FROM page LEFT JOIN page_translation t ON t.page_id = page.id "
            "WHERE t.id IS NULL").fetchone() == (0,)
        stored = connection.execute(
            "SELECT count(*) FROM page_translation WHERE title LIKE 'fault %'").fetchone()[0]
        assert stored >= len(acknowledged) >= KILL_AFTER
    finally:
        connection.close()
