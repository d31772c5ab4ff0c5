"""`gweb backup` and `gweb restore` as an operator runs them."""
from pathlib import Path

from tests.test_cli import run


def test_backup_then_restore_round_trip_through_the_commands(tmp_path):
    instance = tmp_path / "instance"
    assert run(instance, "init").returncode == 0
    assert run(instance, "demo").returncode == 0
    archive = tmp_path / "nightly.tar.gz"
    made = run(instance, "backup", "--output", str(archive))
    assert made.returncode == 0, made.stderr
    assert "Backup written to" in made.stdout and archive.is_file()

    refused = run(instance, "restore", str(archive))
    assert refused.returncode == 1 and "already holds content" in refused.stderr

    restored = run(instance, "restore", str(archive), "--replace")
    assert restored.returncode == 0, restored.stderr
    assert "ກະຊວງການພັດທະນາດິຈິຕອນ" in run(instance, "site", "list").stdout


def test_restore_refuses_a_file_that_is_not_a_backup_in_one_line(tmp_path):
    instance = tmp_path / "instance"
    run(instance, "init")
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not an archive at all")
    result = run(instance, "restore", str(junk), "--replace")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error: The backup archive cannot be read")
    assert len(result.stderr.strip().splitlines()) == 1
