"""What a server process does once, after `create_app` and before its first
request: `gweb serve`, `wsgi.py` and the benchmark all go through here."""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging

from flask import Flask

from gweb.mail.courier import start_courier
from gweb.schema import refresh_planner_statistics

log = logging.getLogger("gweb.serving")
M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)


def prepare_to_serve(app: Flask) -> None:
    """Ready a process that will serve `app`: fresh SQLite planner statistics,
    at most MALLOC_ARENA_MAX malloc arenas for its threads, and what start-up
    made set aside from the cyclic collector; the mail courier starts when
    MAIL_SERVER is set."""
    refresh_planner_statistics(app)
    limit_malloc_arenas(int(app.config.get("MALLOC_ARENA_MAX") or 0))
    start_courier(app)
    settle_start_up_objects()


def settle_start_up_objects() -> int:
    """Move every object the process holds so far (the libraries, the app,
    its URL map, models and templates: ~170,000 objects) into the cyclic
    collector's permanent generation, and turn the collector on.

    A full collection walks every tracked object: ~100 ms over a started
    process, during which no request thread runs, which showed as the slow
    tail of a server's answers. Frozen objects are never walked again.
    Start-up's own cyclic garbage (~3,000 objects) is frozen with them:
    collecting it first would add a full pass to every start. Returns how
    many objects are frozen."""
    gc.freeze()
    gc.enable()
    return gc.get_freeze_count()


def limit_malloc_arenas(count: int) -> bool:
    """Cap glibc's malloc arenas at `count` for threads started from now on.

    With one arena per server thread, memory freed after a burst of requests
    stays scattered over all of them and the process keeps it. Returns False
    (and changes nothing) for 0, or where the C library is not glibc."""
    if count <= 0:
        return False
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        mallopt = libc.mallopt if libc is not None else None
    except (OSError, AttributeError):
        mallopt = None
    if mallopt is None:
        return False
    if not mallopt(M_ARENA_MAX, count):
        log.warning("mallopt(M_ARENA_MAX, %s) was refused", count)
        return False
    return True
