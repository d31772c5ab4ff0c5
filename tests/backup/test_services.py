"""A backup holds the whole installation, restores it exactly, even onto the
other database, and a damaged archive is refused before anything changes."""
from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from gweb.backup import services
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.pages import editorial
from gweb.sites.models import Site


def _snapshot():
    """What a person would notice: sites, page texts, users, media files."""
    with db.engine.connect() as conn:
        return {
            "pages": sorted(conn.execute(sa.text(
                "SELECT lang, title, body, status FROM page_translation")).all()),
            "users": sorted(conn.execute(sa.text("SELECT email, password_hash FROM \"user\"")).all()),
            "sites": sorted(conn.execute(sa.text("SELECT id, default_lang FROM site")).all()),
        }


def _media_file(app, name="photo.bin", data=b"\x00\x01 binary \xff"):
    root = Path(app.config["MEDIA_ROOT"]) / "1"
    root.mkdir(parents=True, exist_ok=True)
    (root / name).write_bytes(data)
    return data


def test_a_backup_restores_every_page_user_and_file_exactly(app, site, make_user, tmp_path):
    from gweb.pages.services import save_translation

    make_user("editor")
    page = editorial.page_by_key(site.id, "history")
    save_translation(page, "lo", {"title": "ປະຫວັດ", "slug": "ປະຫວັດ",
                                  "body": "<p>ສ້າງຕັ້ງໃນປີ ໑໙໗໕</p>"}, publish=True)
    data = _media_file(app)
    before = _snapshot()
    archive = services.create_backup(tmp_path / "backup.tar.gz").path

    services.restore_backup(archive, replace=True)
    assert _snapshot() == before
    assert (Path(app.config["MEDIA_ROOT"]) / "1" / "photo.bin").read_bytes() == data
    # New rows still get fresh ids after a restore (sequences follow on PostgreSQL).
    make_user("author", email="new@ministry.test")


def test_a_restore_does_not_overwrite_content_unless_asked(app, site, tmp_path):
    archive = services.create_backup(tmp_path / "b.tar.gz").path
    with pytest.raises(ValidationError, match="already holds content"):
        services.restore_backup(archive)
    assert db.session.query(Site).count() == 1


def test_a_damaged_archive_is_refused_and_nothing_changes(app, site, tmp_path):
    archive = services.create_backup(tmp_path / "b.tar.gz").path
    before = _snapshot()
    # Flip one byte of the data inside an otherwise valid archive.
    with tarfile.open(archive) as original:
        members = [(m, original.extractfile(m).read()) for m in original.getmembers()]
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(tampered, "w:gz") as out:
        for member, content in members:
            if member.name == services.DATA:
                content = content.replace(b"ministry.test", b"ministry.evil", 1)
            member.size = len(content)
            out.addfile(member, io.BytesIO(content))
    with pytest.raises(ValidationError, match="damaged"):
        services.restore_backup(tampered, replace=True)
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[:200])
    with pytest.raises(ValidationError):
        services.restore_backup(truncated, replace=True)
    assert _snapshot() == before


def test_a_backup_of_another_schema_version_is_refused(app, site, tmp_path):
    archive = services.create_backup(tmp_path / "b.tar.gz").path
    work = tmp_path / "w"
    with tarfile.open(archive) as original:
        original.extractall(work, filter="data")
    manifest = json.loads((work / services.MANIFEST).read_text())
    manifest["revisions"] = ["0001core"]
    (work / services.MANIFEST).write_text(json.dumps(manifest))
    older = tmp_path / "older.tar.gz"
    with tarfile.open(older, "w:gz") as out:
        for path in sorted(work.rglob("*")):
            if path.is_file():
                out.add(path, path.relative_to(work).as_posix())
    with pytest.raises(ValidationError, match="another version of the schema"):
        services.restore_backup(older, replace=True)


def test_a_sqlite_backup_restores_onto_postgresql(tmp_path, migrated_sqlite, pg_app):
    import shutil

    from gweb.schema import upgrade_all
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site
    from tests.conftest import make_app

    upgrade_all(pg_app)  # pg_app's context is the current one
    shutil.copy(migrated_sqlite, tmp_path / "small.sqlite")
    office = make_app(tmp_path / "office", f"sqlite:///{tmp_path / 'small.sqlite'}")
    with office.app_context():
        site = create_site("office.test", {"lo": "ຫ້ອງການ", "en": "Office"})
        build_standard_site(site)
        archive = services.create_backup(tmp_path / "b.tar.gz").path
        before = _snapshot()
        db.session.remove()
        db.engine.dispose()
    services.restore_backup(archive)
    assert _snapshot() == before
