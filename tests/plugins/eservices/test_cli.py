"""`gweb eservices check-links` against a real HTTP server on 127.0.0.1
started by the test (never the internet)."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Handler(BaseHTTPRequestHandler):
    """/ok answers 200; /gone 404; /no-head 405 to HEAD but 200 to GET; /moved redirects to /ok."""

    def do_HEAD(self):
        self._answer(head=True)

    def do_GET(self):
        self._answer(head=False)

    def _answer(self, head):
        routes = {"/ok": 200, "/gone": 404, "/no-head": 405 if head else 200, "/moved": 301,
                  "/broken": 500}
        status = routes.get(self.path, 404)
        self.send_response(status)
        if status == 301:
            self.send_header("Location", "/ok")
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.server.requests.append((self.command, self.path))

    def log_message(self, *args):
        pass


@pytest.fixture
def http_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_check_links_reports_the_broken_links_and_exits_non_zero(eservices_app, site, service,
                                                                   http_server):
    base, server = http_server
    service(title_en="Fine", online_url=f"{base}/ok")
    service(title_en="Gone", online_url=f"{base}/gone")
    service(title_en="Head refused", online_url=f"{base}/no-head")
    service(title_en="Moved", online_url=f"{base}/moved")
    service(title_en="Server error", online_url=f"{base}/broken")
    service(title_en="Nobody home", online_url=f"http://127.0.0.1:{_closed_port()}/")
    service(title_en="At the office only", online_url="")
    result = eservices_app.test_cli_runner().invoke(args=["eservices", "check-links",
                                                          "--timeout", "2"])
    assert result.exit_code == 1, result.output
    broken = [line for line in result.output.splitlines() if line.startswith("BROKEN")]
    assert len(broken) == 3
    assert any("Gone" in line and "HTTP 404" in line for line in broken)
    assert any("Server error" in line and "HTTP 500" in line for line in broken)
    assert any("Nobody home" in line and "no answer" in line for line in broken)
    assert "6 links checked, 3 broken." in result.output
    assert ("GET", "/no-head") in server.requests  # HEAD refused, asked again with GET


def test_check_links_says_all_is_well_and_exits_zero(eservices_app, site, service, http_server):
    base, _server = http_server
    service(online_url=f"{base}/ok")
    result = eservices_app.test_cli_runner().invoke(
        args=["eservices", "check-links", "--site", "ministry.test"])
    assert result.exit_code == 0, result.output
    assert "1 links checked, 0 broken." in result.output


def test_check_links_refuses_an_unknown_site(eservices_app, site):
    result = eservices_app.test_cli_runner().invoke(
        args=["eservices", "check-links", "--site", "nowhere.test"])
    assert result.exit_code != 0 and "no site with the domain nowhere.test" in result.output
