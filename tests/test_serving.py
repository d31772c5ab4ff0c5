"""What a server process does before its first request (gweb.serving)."""
import platform

import pytest
from sqlalchemy import text

from gweb.extensions import db
from gweb.serving import limit_malloc_arenas, prepare_to_serve


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the arena cap is glibc's")
def test_a_server_process_caps_its_malloc_arenas_on_glibc():
    assert limit_malloc_arenas(2) is True


def test_no_arena_cap_is_asked_for_when_the_setting_is_zero():
    assert limit_malloc_arenas(0) is False


@pytest.mark.parametrize("app", ["sqlite"], indirect=True)
def test_each_sqlite_connection_keeps_the_configured_page_cache(app):
    assert db.session.execute(text("PRAGMA cache_size")).scalar() == \
        -app.config["SQLITE_CACHE_KIB"]


@pytest.mark.parametrize("app", ["sqlite"], indirect=True)
def test_preparing_to_serve_gives_sqlite_its_planner_statistics(app, site):
    prepare_to_serve(app)
    tables = {row[0] for row in db.session.execute(text("SELECT tbl FROM sqlite_stat1"))}
    assert "page_translation" in tables
