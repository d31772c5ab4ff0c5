"""gweb's benchmark: one command, ratios against bare-Flask baselines.

    .venv/bin/python bench/run.py                # 10,000 pages, 10 s per row
    .venv/bin/python bench/run.py --pages 2000 --seconds 5 --keep /tmp/gweb-bench

Builds a gweb instance (SQLite, every plugin, the demo, N more pages in Lao
and English), starts gweb, a bare Flask app (one-row read + one template)
and a constant-string Flask app under the same waitress settings on
127.0.0.1, drives each with wrk (16 connections by default) and prints
requests/s, p50 and p99 per row, the ratios against the baselines, the
resident memory after the load and the start-up times, then checks the
targets of issue 9. Never part of the test suite.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import load  # noqa: E402
import sitegen  # noqa: E402

PYTHON = sys.executable
NOCACHE = "?nocache=1"  # a parameter no view names: never answered from the page cache


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def compile_sources() -> None:
    """Byte-compile gweb and the plugins, as installing them does: without
    it (a checkout under PYTHONDONTWRITEBYTECODE) every start would compile
    ~300 modules from source, which no deployed server does."""
    for folder in ("gweb", "plugins"):
        compileall.compile_dir(str(HERE.parent / folder), quiet=1)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(kind: str, folder: Path, probe: str, host: str, threads: int):
    """Start a server; returns (process, port, (wall, CPU) seconds until it
    answered). The CPU seconds say what start-up costs whatever else the
    machine is doing; the wall seconds are what an operator waits."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen([PYTHON, str(HERE / "servers.py"), kind, str(port), str(folder),
                                str(threads)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    while True:
        try:
            status, _h, _b = load.status_of(port, probe, host)
            if status < 500:
                return process, port, (time.perf_counter() - started, cpu_seconds(process.pid))
        except OSError:
            pass
        if process.poll() is not None or time.perf_counter() - started > 60:
            raise RuntimeError(f"{kind} did not start")
        time.sleep(0.01)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=10, help="per row")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=8, help="waitress threads (gweb serve's)")
    parser.add_argument("--keep", type=Path, help="instance folder to build once and reuse")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install -y wrk")

    folder = options.keep or Path(tempfile.mkdtemp(prefix="gweb-bench-"))
    info_file = folder / "bench-info.json"
    kept = json.loads(info_file.read_text()) if info_file.exists() else {}
    if kept.get("pages_added") == options.pages and kept.get("documents") == sitegen.DOCUMENTS:
        info = json.loads(info_file.read_text())
        print(f"reusing the instance in {folder}")
    else:
        if folder.exists():
            shutil.rmtree(folder)
        print(f"building a site of {options.pages:,} pages in Lao and English in {folder} ...",
              flush=True)
        t0 = time.perf_counter()
        info = sitegen.build(folder, options.pages)
        info_file.write_text(json.dumps(info))
        print(f"  built in {time.perf_counter() - t0:.0f} s", flush=True)
    scratch = Path(tempfile.mkdtemp(prefix="gweb-bench-bare-"))
    host, n, secs = sitegen.DOMAIN, options.connections, options.seconds

    compile_sources()
    servers = {}
    try:
        for kind, probe in (("const", "/const"), ("bare", "/lo/page"), ("gweb", "/healthz")):
            servers[kind] = start(kind, scratch if kind != "gweb" else folder, probe, host,
                                  options.threads)
        results, memory = drive(servers, info, host, n, secs)
    finally:
        for process, _port, _t in servers.values():
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(scratch, ignore_errors=True)
    report(results, memory, {k: s[2] for k, s in servers.items()}, options, info)


def drive(servers: dict, info: dict, host: str, n: int, secs: int):
    """Every row against its server; returns the results and the memory after."""
    ports = {kind: s[1] for kind, s in servers.items()}
    deep = info["deep"]["lo"]
    rows = [
        ("const", "constant-string Flask route", "/const", 200),
        ("bare", "bare Flask: one row + one template", "/lo/page", 200),
        ("gweb", "home page, cached", "/lo/", 200),
        ("gweb", "home page, uncached", "/lo/" + NOCACHE, 200),
        ("gweb", "deep content page, cached", deep, 200),
        ("gweb", "deep content page, uncached", deep + NOCACHE, 200),
        ("gweb", "deep content page, cached, gzip", deep, 200),
        ("gweb", "deep content page, uncached, gzip", deep + NOCACHE, 200),
        ("gweb", "section page (99 children), uncached", info["deep"]["section"] + NOCACHE, 200),
        ("gweb", "news list, cached", "/lo/news/", 200),
        ("gweb", "news list, page 2, cached", "/lo/news/?page=2", 200),
        ("gweb", "news list, page 2, uncached", "/lo/news/?page=2&" + NOCACHE[1:], 200),
        ("gweb", "documents, filtered, cached", "/lo/documents/?type=decree&sort=title", 200),
        ("gweb", "documents, filtered, uncached",
         "/lo/documents/?type=decree&sort=title&" + NOCACHE[1:], 200),
        ("gweb", "search, cached", "/lo/search?q=ກະຊວງ", 200),
        ("gweb", "search, uncached", "/lo/search?q=ກະຊວງ&" + NOCACHE[1:], 200),
        ("gweb", "sitemap (index), cached", "/sitemap.xml", 200),
        ("gweb", "404, cached", "/lo/no-such-page", 404),
        ("gweb", "404, uncached", "/lo/no-such-page" + NOCACHE, 404),
    ]
    results = []
    for kind, label, path, expected in rows:
        for _ in range(3):  # learn the host, fill the cache, check
            status, headers, _body = load.status_of(ports[kind], path, host)
        if status != expected:
            raise RuntimeError(f"{label}: {path} answered {status}, not {expected}")
        how = headers.get("X-Gweb-Cache", "-")
        gzip = {"Accept-Encoding": "gzip"} if label.endswith("gzip") else None
        result = load.wrk(ports[kind], path, host, n, secs, headers=gzip)
        if expected != 200:
            result.errors = 0  # wrk counts the expected 404s as non-2xx
        results.append((label, result, how))
        print(f"  {label:40} {result.rps:8.0f} req/s  p50 {result.p50_ms:6.1f} ms  "
              f"p99 {result.p99_ms:6.1f} ms  cache: {how}", flush=True)
    editor = load.Editor(ports["gweb"], host, *sitegen.EDITOR)
    saved = editor.save_loop(info["editor_pages"][:n], secs)
    results.append(("editor saves a page", saved, "-"))
    print(f"  {'editor saves a page':40} {saved.rps:8.0f} req/s  p50 {saved.p50_ms:6.1f} ms  "
          f"p99 {saved.p99_ms:6.1f} ms  answers {saved.statuses}", flush=True)
    memory = {kind: rss_mb(s[0].pid) for kind, s in servers.items()}
    return results, memory


def report(results, memory, startup, options, info) -> None:
    by_label = {label: r for label, r, _how in results}
    const = by_label["constant-string Flask route"].rps
    bare = by_label["bare Flask: one row + one template"].rps
    print(f"\n{options.pages:,} pages, {options.connections} connections, {options.seconds} s per "
          f"row, waitress threads={options.threads}, {os.cpu_count()} CPUs\n")
    print(f"| {'row':40} | req/s | p50 ms | p99 ms | vs bare | vs const | errors |")
    print(f"|{'-' * 42}|------:|-------:|-------:|--------:|---------:|-------:|")
    for label, r, _how in results:
        print(f"| {label:40} | {r.rps:5.0f} | {r.p50_ms:6.1f} | {r.p99_ms:6.1f} | "
              f"{r.rps / bare:7.2f} | {r.rps / const:8.2f} | {r.errors:6d} |")
    print(f"\nresident memory after the load: gweb {memory['gweb']:.0f} MB, bare "
          f"{memory['bare']:.0f} MB, const {memory['const']:.0f} MB")
    print("start-up (process start to first answer), wall (CPU): " + ", ".join(
        f"{kind} {startup[kind][0]:.2f} s ({startup[kind][1]:.2f} s)"
        for kind in ("gweb", "bare", "const")))
    uncached = by_label["deep content page, uncached"].rps / bare
    cached = by_label["deep content page, cached"].rps / const
    gweb_rows = [item for item in results if item[0] not in (
        "constant-string Flask route", "bare Flask: one row + one template")]
    visitors = [item for item in gweb_rows if "cached" in item[0] and "uncached" not in item[0]]
    renders = [item for item in gweb_rows if "uncached" in item[0]]
    saves = [item for item in gweb_rows if item[0] == "editor saves a page"]
    checks = [
        (f"uncached content page >= 60% of bare: {uncached:.0%}", uncached >= 0.6),
        (f"cached page >= 80% of const: {cached:.0%}", cached >= 0.8),
    ]
    for what, rows in (("as visitors get them (cached)", visitors),
                       ("rendered afresh (uncached)", renders), ("of editors' saves", saves)):
        slowest = max(rows, key=lambda item: item[1].p99_ms)
        checks.append((f"p99 < 50 ms at {options.connections} connections, pages {what}: worst "
                       f"{slowest[1].p99_ms:.1f} ms ({slowest[0]})", slowest[1].p99_ms < 50))
    checks += [
        (f"resident memory < 80 MB: {memory['gweb']:.0f} MB", memory["gweb"] < 80),
        (f"start-up < 1 s: {startup['gweb'][0]:.2f} s ({startup['gweb'][1]:.2f} s of CPU)",
         startup["gweb"][0] < 1),
    ]
    print("\ntargets (issue 9):")
    for text, ok in checks:
        print(f"  [{'met' if ok else 'NOT met'}] {text}")
    if options.json:
        options.json.write_text(json.dumps({
            "rows": [{"row": label, "rps": r.rps, "p50_ms": r.p50_ms, "p99_ms": r.p99_ms,
                      "errors": r.errors, "cache": how} for label, r, how in results],
            "memory_mb": memory, "startup_s": {kind: {"wall": wall, "cpu": cpu} for kind, (wall, cpu) in startup.items()},
            "pages": options.pages,
            "connections": options.connections, "info": info}, indent=2))


if __name__ == "__main__":
    main()
