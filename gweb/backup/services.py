"""Backups of an installation in one archive, and their restore.

The archive (a .tar.gz) holds `manifest.json`, `data.jsonl` (every row of every
table the running app owns, read in one transaction, so the copy is
consistent while the site keeps serving) and `media/` (the uploaded files).
The manifest records the schema revisions, the plugins, and a SHA-256 and a
size for every member, so that a damaged or tampered archive is refused
before anything is written. The data is logical (JSON), so a backup of
SQLite restores onto PostgreSQL and back.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from gweb.audit.services import replacing_everything
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.hooks.manager import call_hook, plugin_host
from gweb.schema import owned_tables
from gweb.timeutil import utcnow

FORMAT = "gweb-backup/1"
MANIFEST = "manifest.json"
DATA = "data.jsonl"


@dataclass
class BackupSummary:
    path: Path
    tables: int
    rows: int
    media_files: int


def _revisions(connection) -> list[str]:
    try:
        return sorted(r[0] for r in connection.execute(sa.text("SELECT version_num FROM alembic_version")))
    except sa.exc.SQLAlchemyError:
        return []


def _tables() -> list[sa.Table]:
    """The app's tables in an order where every row's parents come first."""
    owned = owned_tables()
    return [t for t in db.metadata.sorted_tables if t.name in owned]


def _encode(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return {"$dt": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode()}
    return value


def _decode(column: sa.Column, value):
    if isinstance(value, dict) and "$dt" in value and len(value) == 1:
        text = value["$dt"]
        return (dt.datetime.fromisoformat(text) if isinstance(column.type, sa.DateTime)
                else dt.date.fromisoformat(text))
    if isinstance(value, dict) and "$b64" in value and len(value) == 1:
        return base64.b64decode(value["$b64"])
    return value


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def create_backup(output: Path, progress: Callable[[Iterable, str], Iterable] = lambda i, l: i
                  ) -> BackupSummary:
    """Write a consistent backup of the database and the media files to `output`."""
    media_root = Path(current_app.config["MEDIA_ROOT"])
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        data_path = work_dir / DATA
        rows = 0
        tables = _tables()
        with db.engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # One snapshot for every table, while others keep writing.
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin(), data_path.open("w", encoding="utf-8") as out:
                revisions = _revisions(connection)
                for table in progress(tables, "Tables"):
                    for row in connection.execute(sa.select(table)).mappings():
                        record = {k: _encode(v) for k, v in row.items()}
                        out.write(json.dumps({"t": table.name, "r": record}, ensure_ascii=False))
                        out.write("\n")
                        rows += 1
        members = {DATA: {"sha256": _sha256(data_path), "size": data_path.stat().st_size}}
        media_files = sorted(p for p in media_root.rglob("*") if p.is_file()) \
            if media_root.is_dir() else []
        for path in media_files:
            members["media/" + path.relative_to(media_root).as_posix()] = {
                "sha256": _sha256(path), "size": path.stat().st_size}
        manifest = {"format": FORMAT, "created_at": utcnow().isoformat() + "Z",
                    "dialect": db.engine.dialect.name, "revisions": revisions,
                    "plugins": sorted(plugin_host().plugin_names()),
                    "tables": [t.name for t in tables], "rows": rows, "members": members}
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=1).encode())
            archive.add(data_path, DATA)
            for path in progress(media_files, "Media"):
                archive.add(path, "media/" + path.relative_to(media_root).as_posix())
        os.replace(partial, output)  # never a half-written archive under the real name
    return BackupSummary(output, len(tables), rows, len(media_files))


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(utcnow().timestamp()), 0o600
    archive.addfile(info, io.BytesIO(data))


def verify_archive(path: Path, into: Path) -> dict:
    """Unpack `path` into the folder `into` and check it against its
    manifest; returns the manifest. A damaged archive raises ValidationError."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            archive.extractall(into, filter="data")  # no links, devices or paths outside
    except (OSError, tarfile.TarError, EOFError) as exc:
        raise ValidationError(_("The backup archive cannot be read: %(error)s", error=exc)) from exc
    try:
        manifest = json.loads((into / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(_("The backup archive has no readable manifest.")) from exc
    if manifest.get("format") != FORMAT:
        raise ValidationError(_("This file is not a gweb backup."))
    found = {p.relative_to(into).as_posix() for p in into.rglob("*") if p.is_file()} - {MANIFEST}
    if found != set(manifest["members"]):
        raise ValidationError(_("The backup archive is damaged: its files do not match its "
                                "manifest."))
    for name, expected in manifest["members"].items():
        member = into / name
        if member.stat().st_size != expected["size"] or _sha256(member) != expected["sha256"]:
            raise ValidationError(_("The backup archive is damaged: %(file)s does not match "
                                    "its checksum.", file=name))
    return manifest


def restore_backup(path: Path, replace: bool = False,
                   progress: Callable[[Iterable, str], Iterable] = lambda i, l: i) -> dict:
    """Restore a backup made by create_backup into this installation, in one
    transaction: nothing is written unless the whole archive checks out and
    every row goes in. The database must be empty of content unless
    `replace`, which deletes the current content first. Returns the manifest."""
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        manifest = verify_archive(path, work_dir)
        with db.engine.connect() as connection:
            current = _revisions(connection)
        if manifest["revisions"] != current:
            raise ValidationError(_("This backup was made with another version of the schema "
                                    "(%(theirs)s; this installation has %(ours)s). Restore it with "
                                    "the gweb version that made it, then upgrade.",
                                    theirs=", ".join(manifest["revisions"]) or "-",
                                    ours=", ".join(current) or "-"))
        missing = sorted(set(manifest["plugins"]) - set(plugin_host().plugin_names()))
        if missing:
            raise ValidationError(_("Enable these plugins before restoring: %(names)s.",
                                    names=", ".join(missing)))
        tables = {t.name: t for t in _tables()}
        with db.engine.begin() as connection:
            has_content = any(connection.execute(sa.select(sa.func.count()).select_from(t)).scalar()
                              for t in tables.values())
            if has_content and not replace:
                raise ValidationError(_("This installation already holds content. Restore into "
                                        "an empty database, or confirm replacing everything."))
            with replacing_everything(connection):
                for table in reversed(list(tables.values())):
                    connection.execute(table.delete())
                _insert_rows(connection, tables, work_dir / DATA, progress)
            _reset_sequences(connection, tables.values())
        _restore_media(work_dir / "media", Path(current_app.config["MEDIA_ROOT"]))
    db.session.expire_all()
    call_hook("gweb_data_restored")
    return manifest


def _insert_rows(connection, tables: dict[str, sa.Table], data: Path, progress) -> None:
    batch: dict[str, list[dict]] = {}
    order = list(tables)
    with data.open(encoding="utf-8") as lines:
        for line in progress(list(lines), "Rows"):
            item = json.loads(line)
            table = tables.get(item["t"])
            if table is None:
                continue  # a table this installation does not own
            columns = table.columns
            batch.setdefault(item["t"], []).append(
                {k: _decode(columns[k], v) for k, v in item["r"].items() if k in columns})
    for name in order:  # parents before children
        if batch.get(name):
            connection.execute(tables[name].insert(), batch[name])


def _reset_sequences(connection, tables) -> None:
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        for column in table.primary_key.columns:
            if isinstance(column.type, sa.Integer) and column.autoincrement is not False:
                connection.execute(sa.text(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{column.name}'), "
                    f"COALESCE((SELECT MAX(\"{column.name}\") FROM \"{table.name}\"), 0) + 1, false)"))


def _restore_media(source: Path, media_root: Path) -> None:
    if media_root.exists():
        shutil.rmtree(media_root)
    if source.is_dir():
        shutil.copytree(source, media_root)
    else:
        media_root.mkdir(parents=True, exist_ok=True)
