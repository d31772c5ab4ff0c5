"""Instructions per request in process, counted by callgrind: the rows of
render_cpu.py, which other processes on the machine cannot inflate (CPU
times of the same code moved by +-20% on a shared machine; instruction
counts by a few per cent).

    .venv/bin/python bench/render_instructions.py /tmp/gweb-bench            # an instance run.py built
    .venv/bin/python bench/render_instructions.py /tmp/gweb-bench -n 100

Runs one process under `valgrind --tool=callgrind` (a few minutes: start-up
alone is ~3 min under valgrind): it warms every row, then for each row the
counters are zeroed, `-n` requests run and the counters are dumped. Needs
valgrind (with callgrind_control). Never part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROWS = ("bare", "deep", "home", "section", "404")


def child(instance: Path, requests: int, sync: Path) -> None:
    """Inside valgrind: warm the rows, then run each when the parent says so."""
    sys.path.insert(0, str(HERE.parent))
    sys.path.insert(0, str(HERE))
    import render_cpu
    import servers
    import sitegen

    os.environ["GWEB_INSTANCE_PATH"] = str(instance)
    from gweb import create_app
    from gweb.schema import refresh_planner_statistics

    info = json.loads((instance / "bench-info.json").read_text())
    gweb = create_app()
    refresh_planner_statistics(gweb)
    bare = servers.bare_app(Path(tempfile.mkdtemp(prefix="gweb-bench-bare-")))
    nocache = "?nocache=1"
    rows = {"bare": (bare, "/lo/page"), "deep": (gweb, info["deep"]["lo"] + nocache),
            "home": (gweb, "/lo/" + nocache),
            "section": (gweb, info["deep"]["section"] + nocache),
            "404": (gweb, "/lo/no-such-page" + nocache)}
    for app, path in rows.values():
        render_cpu.warm(app, path, sitegen.DOMAIN)
        render_cpu.cpu_ms(app, path, sitegen.DOMAIN, 10)
    for row in ROWS:
        app, path = rows[row]
        (sync / f"ready-{row}").touch()
        _spin_until(sync / f"go-{row}")
        render_cpu.cpu_ms(app, path, sitegen.DOMAIN, requests)
        (sync / f"done-{row}").touch()
        _spin_until(sync / f"dumped-{row}")


def _spin_until(path: Path) -> None:
    # Busy: callgrind takes commands only while the program runs code.
    while not path.exists():
        sum(range(1000))


def _wait_for(path: Path, process: subprocess.Popen) -> None:
    while not path.exists():
        if process.poll() is not None:
            raise SystemExit(f"the process under valgrind ended ({process.returncode})")
        time.sleep(0.01)  # the child's spinning meanwhile is counted: keep it short


def _dumped_total(sync: Path, row: str) -> int:
    """The instructions of the dump made for `row` (its file can take a moment)."""
    for _ in range(6000):
        for dump in sync.glob("callgrind.out.*"):
            text = dump.read_text(errors="replace")
            if f"Trigger: dump row-{row}\n" in text:
                for line in text.splitlines():
                    if line.startswith(("summary:", "totals:")):
                        return int(line.split()[1])
        time.sleep(0.01)
    raise SystemExit(f"no callgrind dump for {row}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("instance", type=Path, help="a folder bench/run.py --keep built")
    parser.add_argument("-n", "--requests", type=int, default=100)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    instance = options.instance.resolve()
    if options.child:
        child(instance, options.requests, options.child)
        return
    with tempfile.TemporaryDirectory(prefix="gweb-callgrind-") as folder:
        sync = Path(folder)
        process = subprocess.Popen(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={sync}/callgrind.out",
             sys.executable, __file__, str(instance), "-n", str(options.requests),
             "--child", str(sync)],
            env={**os.environ, "PYTHONHASHSEED": "0"}, cwd=sync,
            stdout=subprocess.DEVNULL, stderr=(sync / "valgrind.log").open("w"))
        per_request = {}
        for row in ROWS:
            _wait_for(sync / f"ready-{row}", process)
            subprocess.run(["callgrind_control", "-z", str(process.pid)],
                           check=True, capture_output=True)
            (sync / f"go-{row}").touch()
            _wait_for(sync / f"done-{row}", process)
            # (a bare number after -d would be taken for a process id)
            subprocess.run(["callgrind_control", f"--dump=row-{row}", str(process.pid)],
                           check=True, capture_output=True)
            per_request[row] = _dumped_total(sync, row) / options.requests
            (sync / f"dumped-{row}").touch()
            bare = per_request["bare"]
            print(f"  {row:8} {per_request[row] / 1e6:7.2f} M instructions a request"
                  f"   {bare / per_request[row]:5.0%} of the bare page's rate", flush=True)
        process.wait()


if __name__ == "__main__":
    main()
