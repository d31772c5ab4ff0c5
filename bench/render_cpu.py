"""CPU time per request in process (no server, no network): gweb's pages
rendered afresh against the bare Flask page of servers.py, back to back.

    .venv/bin/python bench/render_cpu.py /tmp/gweb-bench            # an instance run.py built
    .venv/bin/python bench/render_cpu.py /tmp/gweb-bench --profile  # where gweb's time goes

Each request is a direct WSGI call (a copied environ, the body read), so
what is measured is the application alone; each row's figure is the best of
`--rounds` rounds (interleaved) of `--requests` requests, in
`time.process_time()`. The
instance is the one `bench/run.py --keep DIR` builds. Never part of the
test suite.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import servers  # noqa: E402
import sitegen  # noqa: E402


def environ(path: str, host: str) -> dict:
    path, _, query = path.partition("?")
    path = path.encode("utf-8").decode("latin-1")  # as a WSGI server hands it over
    return {"REQUEST_METHOD": "GET", "SCRIPT_NAME": "", "PATH_INFO": path,
            "QUERY_STRING": query, "SERVER_NAME": host, "SERVER_PORT": "80",
            "HTTP_HOST": host, "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr, "wsgi.multithread": True,
            "wsgi.multiprocess": False, "wsgi.run_once": False, "REMOTE_ADDR": "127.0.0.1"}


def call(app, base: dict) -> str:
    """One request; returns its status line."""
    seen = []

    def start_response(status, headers, exc_info=None):
        seen.append(status)

    body = app(dict(base, **{"wsgi.input": io.BytesIO()}), start_response)
    try:
        b"".join(body)
    finally:
        if hasattr(body, "close"):
            body.close()
    return seen[0]


def cpu_ms(app, path: str, host: str, requests: int) -> float:
    """CPU milliseconds per request, over `requests` requests."""
    base = environ(path, host)
    started = time.process_time()
    for _ in range(requests):
        call(app, base)
    return (time.process_time() - started) * 1000 / requests


def warm(app, path: str, host: str) -> None:
    base = environ(path, host)
    for _ in range(5):  # learn the host, fill the memos
        status = call(app, base)
    if not status.startswith(("200", "404")):
        raise RuntimeError(f"{path}: {status}")


# Pages whose output `--dump` writes: every kind of public page, in both
# languages where they differ, rendered afresh.
DUMPED = ("/lo/", "/en/", "/lo/ກ່ຽວກັບພວກເຮົາ", "/en/about/structure", "/lo/ຕິດຕໍ່ພວກເຮົາ",
          "/en/contact", "/lo/ການເຂົ້າເຖິງ", "/en/accessibility", "/lo/ແຜນຜັງເວັບໄຊ",
          "/en/privacy", "/en/news/", "/lo/news/", "/en/news/mid-year-review-meeting",
          "/en/documents/", "/lo/services/", "/en/search?q=digital", "/lo/no-such-page",
          "/en/no/such/page", "/en/ໜ້າ-1-28", "/lo", "/", "/robots.txt", "/sitemap.xml")
# Headers that differ between two requests for the same page.
VOLATILE = {"x-request-id", "date"}


def dump(app, host: str, info: dict, folder: Path) -> None:
    """Write what gweb answers for DUMPED and the bench's own pages to `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [*DUMPED, info["deep"]["lo"], info["deep"]["en"], info["deep"]["section"]]
    for number, path in enumerate(paths):
        base = environ(path + ("&" if "?" in path else "?") + "nocache=1", host)
        seen = []
        body = app(dict(base, **{"wsgi.input": io.BytesIO()}),
                   lambda status, headers, exc_info=None: seen.append((status, headers)))
        try:
            data = b"".join(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        status, headers = seen[0]
        head = "".join(f"{k}: {v}\n" for k, v in headers if k.lower() not in VOLATILE)
        (folder / f"{number:02d}.txt").write_bytes(
            f"{path}\n{status}\n{head}\n".encode() + data)
    print(f"{len(paths)} pages written to {folder}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("instance", type=Path, help="a folder bench/run.py --keep built")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile the deep page instead")
    parser.add_argument("--dump", type=Path, metavar="DIR",
                        help="write the status, headers and HTML of gweb's pages to DIR instead"
                             " (diff two dumps to check that a change left the output alone)")
    options = parser.parse_args()
    info = json.loads((options.instance / "bench-info.json").read_text())
    os.environ["GWEB_INSTANCE_PATH"] = str(options.instance)
    from gweb import create_app
    from gweb.schema import refresh_planner_statistics

    gweb = create_app()
    refresh_planner_statistics(gweb)
    bare = servers.bare_app(Path(tempfile.mkdtemp(prefix="gweb-bench-bare-")))
    host, nocache = sitegen.DOMAIN, "?nocache=1"
    deep = info["deep"]["lo"] + nocache
    if options.dump:
        dump(gweb, host, info, options.dump)
        return
    if options.profile:
        import cProfile
        import pstats

        base = environ(os.environ.get("PROFILE_PATH", deep), host)
        for _ in range(5):
            call(gweb, base)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(options.requests):
            call(gweb, base)
        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(40)
        by_package: dict[str, float] = {}
        for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in stats.stats.items():
            parts = Path(filename).parts
            where = next((parts[i + 1] for i, p in enumerate(parts) if p == "site-packages"),
                         "gweb" if "gweb" in parts else filename if filename.startswith("<")
                         else Path(filename).name)
            by_package[where] = by_package.get(where, 0.0) + own
        total = sum(by_package.values())
        print("own time by package:")
        for where, own in sorted(by_package.items(), key=lambda kv: -kv[1])[:15]:
            print(f"  {where:30} {own / total:6.1%}")
        return
    rows = [("bare Flask: one row + one template", bare, "/lo/page"),
            ("deep content page, uncached", gweb, deep),
            ("home page, uncached", gweb, "/lo/" + nocache),
            ("section page (99 children), uncached", gweb, info["deep"]["section"] + nocache),
            ("404, uncached", gweb, "/lo/no-such-page" + nocache),
            ("/healthz (no site, SELECT 1)", gweb, "/healthz"),
            ("/robots.txt (site, no template)", gweb, "/robots.txt")]
    for _label, app, path in rows:
        warm(app, path, host)
    # Rounds interleave the rows, and the best round of each counts: another
    # process taking the CPU can only make a round slower.
    best = [min(cpu_ms(app, path, host, options.requests) for _ in range(1))
            for _label, app, path in rows]
    for _ in range(options.rounds - 1):
        best = [min(b, cpu_ms(app, path, host, options.requests))
                for b, (_label, app, path) in zip(best, rows)]
    for (label, _app, _path), ms in zip(rows, best):
        print(f"  {label:40} {ms:6.2f} ms CPU   {best[0] / ms:5.0%} of the bare page's rate")


if __name__ == "__main__":
    main()
