"""Where a gweb process's resident memory goes, layer by layer.

    .venv/bin/python bench/memory.py [INSTANCE_FOLDER]

Without a folder it builds a small instance (200 pages) in a temporary
folder; with `bench/run.py --keep DIR`'s folder it reads that site. Each
layer runs in a fresh process, so a layer's figure is what it adds on top
of the one before: the interpreter, the libraries of the fixed stack
(Flask, Flask-SQLAlchemy, ICU...), `create_app`, then one request of each
kind the bench drives, in one thread. The memory that many server threads
add on top is what `bench/run.py` measures.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

LIBRARIES = ["flask", "flask_sqlalchemy", "sqlalchemy.dialects.sqlite", "icu", "flask_babel",
             "flask_login", "flask_wtf", "pluggy", "nh3", "flask_limiter", "babel.dates"]

PROBE = r"""
import importlib, json, os, sys
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
steps = [("python", rss())]
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
steps.append(("libraries of the fixed stack", rss()))
if sys.argv[2]:
    os.environ["GWEB_INSTANCE_PATH"] = sys.argv[2]
    from gweb import create_app
    app = create_app({"PAGE_CACHE": False})
    steps.append(("create_app (core and every plugin)", rss()))
    client = app.test_client()
    for label, path in json.loads(sys.argv[3]):
        client.get(path, headers={"Host": "bench.test"})
        steps.append((label, rss()))
print(json.dumps(steps))
"""


def requests_of(info: dict) -> list[tuple[str, str]]:
    """One request of each kind bench/run.py drives, first renders included."""
    return [("home page", "/lo/"), ("deep content page", info["deep"]["lo"]),
            ("section page", info["deep"]["section"]), ("news list", "/lo/news/?page=2"),
            ("documents, filtered", "/lo/documents/?type=decree&sort=title"),
            ("search", "/lo/search?q=ກະຊວງ"), ("404", "/lo/no-such-page"),
            ("sitemap index", "/sitemap.xml"), ("sitemap file", "/sitemap-1.xml"),
            ("English home page", "/en/")]


def main() -> None:
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
        info = json.loads((folder / "bench-info.json").read_text())
    else:
        import sitegen

        folder = Path(tempfile.mkdtemp(prefix="gweb-memory-"))
        info = sitegen.build(folder, 200)
    steps = json.loads(subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(LIBRARIES), str(folder),
         json.dumps(requests_of(info))],
        capture_output=True, text=True, check=True, env={**os.environ}).stdout)
    print(f"| {'layer':40} | resident MB | added |")
    print(f"|{'-' * 42}|------------:|------:|")
    before = 0.0
    for label, mb in steps:
        print(f"| {label:40} | {mb:11.1f} | {mb - before:+5.1f} |")
        before = mb


if __name__ == "__main__":
    main()
