"""What a server process does before its first request (gweb.serving)."""
import gc
import platform

import pytest
from sqlalchemy import text

from gweb.extensions import db
from gweb import create_app
from gweb.serving import limit_malloc_arenas, prepare_to_serve, settle_start_up_objects


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


def test_a_server_sets_what_start_up_made_aside_from_the_cyclic_collector():
    gc.disable()
    made_at_start_up = [[n] for n in range(1000)]
    try:
        assert settle_start_up_objects() >= len(made_at_start_up)
        assert gc.isenabled()
        assert not any(made_at_start_up[0] is obj for obj in gc.get_objects())
    finally:
        gc.unfreeze()
        gc.enable()


def test_building_an_app_leaves_the_cyclic_collector_as_it_found_it(tmp_path):
    config = {"SECRET_KEY": "x" * 32, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/a.db"}
    assert gc.isenabled()
    create_app(config, instance=str(tmp_path))
    assert gc.isenabled()
    gc.disable()
    try:
        create_app(config, instance=str(tmp_path))
        assert not gc.isenabled()
    finally:
        gc.enable()
