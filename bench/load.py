"""Driving a server: wrk for GET requests (bounded by time, fixed number of
connections), and a Python client for an editor saving pages, which needs
a login, a CSRF token and each page's version."""
from __future__ import annotations

import http.client
import re
import subprocess
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


@dataclass
class Result:
    """What one load run measured."""

    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int = 0  # transport errors and answers other than the expected status
    statuses: dict = field(default_factory=dict)


def _ms(text: str) -> float:
    match = re.match(r"([\d.]+)(us|ms|s|m)\b", text.strip())
    if match is None:
        raise RuntimeError(f"wrk gave a latency of {text!r}")
    return float(match.group(1)) * UNITS[match.group(2)]


def wrk(port: int, path: str, host: str, connections: int, seconds: int,
        threads: int = 2, headers: dict | None = None) -> Result:
    """Run wrk against http://127.0.0.1:port/path with `connections` open
    connections for `seconds`; requests/s and latency percentiles."""
    url = f"http://127.0.0.1:{port}" + quote(path, safe="/?=&%")
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s",
         "-H", f"Host: {host}",
         *[arg for k, v in (headers or {}).items() for arg in ("-H", f"{k}: {v}")], url],
        capture_output=True, text=True, check=True).stdout
    if "Latency Distribution" not in out:
        raise RuntimeError(f"wrk answered:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    # The percentiles of the distribution table, not a "75.50%" of the thread stats.
    table = out.split("Latency Distribution", 1)[1]
    p50 = _ms(re.search(r"^\s*50%\s+(\S+)", table, re.M).group(1))
    p99 = _ms(re.search(r"^\s*99%\s+(\S+)", table, re.M).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non_ok = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return Result(rps, p50, p99, total,
                  (int(non_ok.group(1)) if non_ok else 0)
                  + (sum(int(g) for g in errors.groups()) if errors else 0))


def status_of(port: int, path: str, host: str) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", quote(path, safe="/?=&%"), headers={"Host": host})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


class Editor:
    """A logged-in editor session (cookie and CSRF token), shared by threads."""

    def __init__(self, port: int, host: str, email: str, password: str):
        self.port, self.host = port, host
        self.cookie = ""
        status, headers, body = self._request("GET", "/admin/login")
        self.cookie = _cookie(headers)
        token = _token(body)
        status, headers, body = self._request("POST", "/admin/login", {
            "csrf_token": token, "email": email, "password": password})
        if status != 302:
            raise RuntimeError(f"the bench editor could not log in ({status})")
        self.cookie = _cookie(headers) or self.cookie

    def _request(self, method: str, path: str, form: dict | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": self.host}
        if getattr(self, "cookie", None):
            headers["Cookie"] = self.cookie
        data = None
        if form is not None:
            data = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        result = response.status, dict(response.getheaders()), response.read()
        connection.close()
        # The session cookie changes (a CSRF token added, activity noted): keep the newest.
        if getattr(self, "cookie", None) is not None and _cookie(result[1]).startswith("session="):
            self.cookie = _cookie(result[1])
        return result

    def form_of(self, page_id: int) -> dict:
        """The edit form's fields for the English text of a page."""
        _status, _headers, body = self._request("GET", f"/admin/pages/{page_id}/edit/en")
        html = body.decode()
        fields = {"csrf_token": _token(body), "action": "save"}
        for name in ("version", "title", "slug", "meta_description"):
            match = re.search(rf'name="{name}"[^>]*value="([^"]*)"', html) or re.search(
                rf'value="([^"]*)"[^>]*name="{name}"', html)
            fields[name] = _unescape(match.group(1)) if match else ""
        for name in ("summary", "body"):
            match = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', html, re.S)
            fields[name] = _unescape(match.group(1)).strip() if match else ""
        return fields

    def save_loop(self, pages: list[int], seconds: float) -> Result:
        """Each thread saves its own page again and again for `seconds`."""
        times: list[float] = []
        statuses: dict[int, int] = {}
        lock = threading.Lock()
        forms = {page_id: self.form_of(page_id) for page_id in pages}
        deadline = time.perf_counter() + seconds

        def work(page_id: int):
            form = forms[page_id]
            n = 0
            while time.perf_counter() < deadline:
                n += 1
                form["summary"] = f"Saved by the benchmark, round {n}."
                t0 = time.perf_counter()
                status, _h, _b = self._request("POST", f"/admin/pages/{page_id}/edit/en", form)
                elapsed = (time.perf_counter() - t0) * 1000
                with lock:
                    times.append(elapsed)
                    statuses[status] = statuses.get(status, 0) + 1
                if status == 302:
                    form["version"] = str(int(form["version"]) + 1)
                else:
                    form = self.form_of(page_id)

        started = time.perf_counter()
        workers = [threading.Thread(target=work, args=(p,)) for p in pages]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        took = time.perf_counter() - started
        times.sort()
        pick = lambda pct: times[min(len(times) - 1, int(pct / 100 * (len(times) - 1)))]  # noqa: E731
        return Result(len(times) / took, pick(50), pick(99), len(times),
                      sum(c for s, c in statuses.items() if s != 302), statuses)


def _cookie(headers: dict) -> str:
    value = headers.get("Set-Cookie", "")
    return value.split(";", 1)[0] if value else ""


def _token(body: bytes) -> str:
    match = re.search(rb'name="csrf_token"[^>]*value="([^"]+)"', body)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1).decode()


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)
