"""The checkers the quality suite runs, fetched from the npm registry without
npm: axe-core (injected into pages) and vnu-jar (the Nu HTML Checker, run
with the machine's Java).

Each package is pinned to a version and to the sha512 the registry published
for it; the registry's metadata must name the same digest and the tarball
must hash to it, or nothing is unpacked. Packages are unpacked once into
.cache/test-tools/<name>-<version>/ (git-ignored) and reused by later runs;
a file lock and an atomic rename keep parallel pytest-xdist workers from
fetching twice or reading half a folder.

    python -m tests.browser.tools      # fetch both ahead of time
"""
from __future__ import annotations

import base64
import fcntl
import hashlib
import json
import os
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REGISTRY = "https://registry.npmjs.org"
CACHE = Path(__file__).resolve().parents[2] / ".cache" / "test-tools"
TIMEOUT = 60


@dataclass(frozen=True)
class Tool:
    name: str
    version: str
    integrity: str  # "sha512-<base64>", as in the registry's dist.integrity
    entry: str      # the file the tests use, inside the unpacked package

    @property
    def folder(self) -> Path:
        return CACHE / f"{self.name}-{self.version}"


AXE = Tool("axe-core", "4.14.1",
           "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==",
           "axe.min.js")
VNU = Tool("vnu-jar", "26.9.27",
           "sha512-TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0SghgBX6RJRNea0KA==",
           "build/dist/vnu.jar")


class ToolUnavailable(RuntimeError):
    """The registry did not answer, or answered with something we do not trust."""


def tool_path(tool: Tool) -> Path:
    """The path of `tool`'s entry file, fetching and unpacking it first if
    this machine has not done so yet. Raises ToolUnavailable."""
    target = tool.folder / tool.entry
    if target.is_file():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f".{tool.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another worker may be fetching it
        if not target.is_file():
            _install(tool)
    if not target.is_file():
        raise ToolUnavailable(f"{tool.name} {tool.version} has no {tool.entry}")
    return target


def _install(tool: Tool) -> None:
    tarball_url = _checked_tarball_url(tool)
    data = _get(tarball_url)
    if _integrity(data) != tool.integrity:
        raise ToolUnavailable(f"{tool.name} {tool.version}: the tarball's sha512 is not the pinned one")
    staging = Path(tempfile.mkdtemp(prefix=f".{tool.name}-", dir=CACHE))
    try:
        archive = staging / "package.tgz"
        archive.write_bytes(data)
        with tarfile.open(archive) as tar:
            tar.extractall(staging / "unpacked", filter="data")
        package = staging / "unpacked" / "package"
        if not package.is_dir():
            raise ToolUnavailable(f"{tool.name} {tool.version}: the tarball has no package/ folder")
        # A rename within one file system is atomic: readers see all or nothing.
        os.replace(package, tool.folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _checked_tarball_url(tool: Tool) -> str:
    """The tarball URL from the registry's metadata for the pinned version,
    after checking that the registry publishes the pinned digest."""
    try:
        meta = json.loads(_get(f"{REGISTRY}/{tool.name}/{tool.version}"))
        dist = meta["dist"]
    except (ValueError, KeyError) as exc:
        raise ToolUnavailable(f"{tool.name} {tool.version}: unreadable registry metadata") from exc
    if dist.get("integrity") != tool.integrity:
        raise ToolUnavailable(f"{tool.name} {tool.version}: the registry's integrity "
                              f"{dist.get('integrity')!r} is not the pinned one")
    if not dist.get("tarball", "").startswith(REGISTRY + "/"):
        raise ToolUnavailable(f"{tool.name} {tool.version}: tarball outside the registry")
    return dist["tarball"]


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def _get(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return response.read()
    except (urllib.error.URLError, OSError) as exc:
        raise ToolUnavailable(f"the npm registry does not answer ({url}): {exc}") from exc


if __name__ == "__main__":
    for each in (AXE, VNU):
        print(each.name, each.version, tool_path(each))
