"""Load test: gweb under waitress on 127.0.0.1, many concurrent clients for a
fixed time, mixing visitors' reads with editors saving pages in the admin.
Reports the answers by status, latency percentiles, and two figures that
must be zero: 5xx answers and lost writes (a save the server acknowledged
that is not in the database afterwards).

Run by hand, never in the test suite:

    .venv/bin/python bench/load_test.py                      # 50 clients, 60 s, SQLite
    .venv/bin/python bench/load_test.py --clients 20 --seconds 15
    .venv/bin/python bench/load_test.py --database-url postgresql://postgres@127.0.0.1/gweb_load

With --database-url the database must exist and be empty (its tables are
created). Exits non-zero when there is any 5xx answer or lost write.

Every client logs in as its own editor and owns one page, so that saves
never conflict with each other; each save is a new draft revision whose
body names the client and the save number. After the run the server is
stopped and every acknowledged save is looked up in the database.
"""
from __future__ import annotations

import argparse
import http.client
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "load test passphrase 2026"
SECRET = "load-test-secret-not-for-production"
SERVER = """
import sys, waitress
from gweb import create_app
app = create_app({"SECRET_KEY": sys.argv[2], "SQLALCHEMY_DATABASE_URI": sys.argv[3],
                  "MEDIA_ROOT": sys.argv[1] + "/media", "PLUGINS_ENABLED": []},
                 instance=sys.argv[1])
server = waitress.create_server(app, host="127.0.0.1", port=0, threads=int(sys.argv[4]),
                                connection_limit=1000)
print(server.effective_port, flush=True)
server.run()
"""


def prepare(folder: Path, database_uri: str, clients: int) -> tuple[list[str], list[int]]:
    """Schema, the standard site with demo content, one editor and one page per
    client. Returns the public paths to read and the page id of each client."""
    from gweb import create_app
    from gweb.demo.services import load_demo
    from gweb.extensions import db
    from gweb.pages import editorial, services as pages
    from gweb.pages.models import PageTranslation
    from gweb.schema import upgrade_all
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site
    from gweb.users.services import create_user

    app = create_app({"SECRET_KEY": SECRET, "SQLALCHEMY_DATABASE_URI": database_uri,
                      "MEDIA_ROOT": str(folder / "media"), "PLUGINS_ENABLED": []},
                     instance=str(folder))
    with app.app_context():
        upgrade_all(app)
        site = create_site("ministry.test", {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Tests"})
        build_standard_site(site)
        load_demo(site)
        about = editorial.page_by_key(site.id, "about")
        page_ids = []
        for n in range(clients):
            user = create_user(f"editor{n}@ministry.test", PASSWORD, role="editor",
                               site_id=site.id)
            page = pages.create_page(site, about, {"en": {"title": f"Load page {n}", "slug": ""}},
                                     author=user)
            page_ids.append(page.id)
        db.session.commit()
        paths = sorted({"/" + t.lang + "/" + quote(t.path, safe="/")
                        for t in db.session.query(PageTranslation)
                        .filter(PageTranslation.site_id == site.id,
                                PageTranslation.status == "published")})
        db.session.remove()
        db.engine.dispose()
    searches = [f"/lo/search?q={quote('ກະຊວງ')}", "/en/search?q=ministry"]
    return paths + searches + ["/sitemap.xml"], page_ids


class Client:
    """One browser: a keep-alive connection and its session cookie."""

    def __init__(self, port: int):
        self.port = port
        self.cookie = ""
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def request(self, method: str, path: str, form: dict | None = None):
        headers = {"Cookie": self.cookie} if self.cookie else {}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException):
            # A dropped keep-alive connection: count it, start a new one.
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            raise
        for header in response.headers.get_all("Set-Cookie") or []:
            for morsel in SimpleCookie(header).values():
                self.cookie = f"{morsel.key}={morsel.value}"
        return response, text


def _token(html: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses: Counter = Counter()
        self.latency: dict[str, list[float]] = {"read": [], "save": []}
        self.errors: Counter = Counter()
        self.acknowledged: dict[int, list[str]] = {}

    def record(self, kind: str, status: int, seconds: float) -> None:
        with self.lock:
            self.statuses[status] += 1
            self.latency[kind].append(seconds)


def log_in(n: int, port: int, results: Results) -> Client | None:
    """Client n logged in as its editor (before the clock starts: a login
    hashes a password on purpose slowly, and is not what this test measures)."""
    client = Client(port)
    client.connection.timeout = 300
    try:
        _, html = client.request("GET", "/admin/login")
        response, _ = client.request("POST", "/admin/login", {
            "csrf_token": _token(html), "email": f"editor{n}@ministry.test",
            "password": PASSWORD})
    except (OSError, http.client.HTTPException) as exc:
        response = None
        with results.lock:
            results.errors[f"login {type(exc).__name__}"] += 1
    if response is None or response.status != 302:
        if response is not None:
            with results.lock:
                results.errors[f"login {response.status}"] += 1
        return None
    client.connection.close()
    client.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    return client


def run_client(n: int, client: Client, page_id: int, paths: list[str], deadline: float,
               write_share: float, results: Results) -> None:
    rng = random.Random(n)
    saves = 0
    edit = f"/admin/pages/{page_id}/edit/en"
    while time.monotonic() < deadline:
        try:
            if rng.random() < write_share:
                # An editor's save: open the form (version, token), then save a draft.
                started = time.monotonic()
                response, html = client.request("GET", edit)
                results.record("read", response.status, time.monotonic() - started)
                if response.status != 200:
                    continue
                version = re.search(r'name="version"[^>]*value="(\d+)"', html).group(1)
                marker = f"load-{n}-{saves}"
                started = time.monotonic()
                response, _ = client.request("POST", edit, {
                    "csrf_token": _token(html), "version": version, "action": "save",
                    "title": f"Load page {n}", "slug": "", "summary": "",
                    "body": f"<p>{marker}</p>", "meta_description": ""})
                results.record("save", response.status, time.monotonic() - started)
                if response.status == 302:
                    saves += 1
                    with results.lock:
                        results.acknowledged.setdefault(page_id, []).append(marker)
            else:
                started = time.monotonic()
                response, _ = client.request("GET", rng.choice(paths))
                results.record("read", response.status, time.monotonic() - started)
        except (OSError, http.client.HTTPException) as exc:
            with results.lock:
                results.errors[type(exc).__name__] += 1


def lost_writes(folder: Path, database_uri: str, acknowledged: dict[int, list[str]]) -> int:
    """How many acknowledged saves are missing from the database."""
    from sqlalchemy import select

    from gweb import create_app
    from gweb.extensions import db
    from gweb.pages.models import PageRevision

    app = create_app({"SECRET_KEY": SECRET, "SQLALCHEMY_DATABASE_URI": database_uri,
                      "MEDIA_ROOT": str(folder / "media"), "PLUGINS_ENABLED": []},
                     instance=str(folder))
    lost = 0
    with app.app_context():
        for page_id, markers in acknowledged.items():
            bodies = list(db.session.scalars(
                select(PageRevision.body).where(PageRevision.page_id == page_id,
                                                PageRevision.lang == "en")
                .order_by(PageRevision.id)))
            stored = {re.sub(r"</?p>", "", b) for b in bodies}
            lost += sum(1 for m in markers if m not in stored)
        db.session.remove()
        db.engine.dispose()
    return lost


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] \
        if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--threads", type=int, default=8, help="waitress worker threads")
    parser.add_argument("--write-share", type=float, default=0.2,
                        help="share of a client's turns that are admin saves")
    parser.add_argument("--database-url", default="",
                        help="an empty PostgreSQL database (default: a new SQLite file)")
    args = parser.parse_args()

    from gweb.config import database_uri

    with tempfile.TemporaryDirectory(prefix="gweb-load-") as tmp:
        folder = Path(tmp)
        uri = database_uri(args.database_url) if args.database_url else \
            f"sqlite:///{folder / 'gweb.sqlite'}"
        print(f"preparing {args.clients} editors and pages on {uri.split(':')[0]} ...",
              flush=True)
        paths, page_ids = prepare(folder, uri, args.clients)
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(folder), SECRET, uri, str(args.threads)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=open(folder / "server.log", "wb"),
            text=True)
        try:
            port = int(server.stdout.readline())
            print(f"gweb under waitress on 127.0.0.1:{port} ({args.threads} threads); "
                  f"{args.clients} clients for {args.seconds:.0f} s, "
                  f"{args.write_share:.0%} of turns are admin saves", flush=True)
            results = Results()
            clients: list[Client | None] = [None] * args.clients

            def _log_in(n):
                clients[n] = log_in(n, port, results)

            logins = [threading.Thread(target=_log_in, args=(n,)) for n in range(args.clients)]
            for thread in logins:
                thread.start()
            for thread in logins:
                thread.join()
            print(f"{sum(c is not None for c in clients)} clients logged in", flush=True)
            deadline = time.monotonic() + args.seconds
            threads = [threading.Thread(target=run_client, args=(
                n, clients[n], page_ids[n], paths, deadline, args.write_share, results))
                for n in range(args.clients) if clients[n] is not None]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        log_text = (folder / "server.log").read_text(errors="replace")
        server_errors = log_text.count("Traceback")
        error_lines = [line for line in log_text.splitlines() if " ERROR " in line]
        if error_lines:
            kept = Path(tempfile.gettempdir()) / "gweb-load-server.log"
            kept.write_text(log_text)
            error_lines.insert(0, f"(the whole log is kept in {kept})")
        lost = lost_writes(folder, uri, results.acknowledged)

    total = sum(results.statuses.values())
    five_xx = sum(c for s, c in results.statuses.items() if s >= 500)
    saves = sum(len(m) for m in results.acknowledged.values())
    print(f"\nrequests: {total} in {elapsed:.1f} s ({total / elapsed:.0f}/s)")
    print("by status: " + ", ".join(f"{s}: {c}" for s, c in sorted(results.statuses.items())))
    for kind, values in results.latency.items():
        if values:
            print(f"{kind:5s} latency ms: p50 {percentile(values, 50) * 1000:.0f}, "
                  f"p95 {percentile(values, 95) * 1000:.0f}, "
                  f"p99 {percentile(values, 99) * 1000:.0f}"
                  f" ({len(values)} requests)")
    if results.errors:
        print("client errors: " + ", ".join(f"{k}: {v}" for k, v in results.errors.items()))
    print(f"acknowledged saves: {saves}")
    print(f"5xx answers: {five_xx}")
    print(f"lost writes: {lost}")
    print(f"tracebacks in the server log: {server_errors}")
    if error_lines:
        print(f"errors in the server log: {len(error_lines) - 1}, the first ones:")
        for line in error_lines[:5]:
            print("  " + line[:300])
    return 1 if five_xx or lost or results.errors or server_errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
