"""Raising generations on every committed change, seen through the ORM.

After each flush the session notes the sites whose rows changed: a row's
`site_id` (before and after the change), or that of the parent it belongs
to (a news article's translation, a menu item's label). When the commit
succeeds those sites' generations are raised; a rollback forgets them. A
change that cannot be tied to one site (a new or deleted site, a domain,
an orphan row) raises the installation's generation. Tables that never
show on a public page (`gweb_cache_neutral_tables`) are left out.
"""
from __future__ import annotations

import logging

from flask import Flask, current_app, has_app_context
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import MANYTOONE

log = logging.getLogger("gweb.cache")
SITES = "gweb_cache_sites"
EVERYTHING = "gweb_cache_everything"
# Rows of the installation-wide map from hosts to sites.
SITE_MAP_TABLES = {"site", "site_domain"}


def init_app(app: Flask) -> None:
    """Learn which tables are neutral and listen to every session's commits."""
    from gweb.cache.services import EXTENSION_KEY
    from gweb.hooks.manager import EXTENSION_KEY as PLUGINS

    neutral: set[str] = set()
    for names in app.extensions[PLUGINS].call("gweb_cache_neutral_tables"):
        neutral.update(names)
    app.extensions[EXTENSION_KEY].neutral = frozenset(neutral)
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_rollback", _after_rollback)
        event.listen(Session, "do_orm_execute", _on_execute)


def _cache():
    if not has_app_context():
        return None
    from gweb.cache.services import EXTENSION_KEY

    return current_app.extensions.get(EXTENSION_KEY)


def _after_flush(session: Session, _context) -> None:
    cache = _cache()
    if cache is None:
        return
    sites: set[int] = session.info.setdefault(SITES, set())
    changed = [(o, True) for o in session.new] + [(o, True) for o in session.deleted] \
        + [(o, False) for o in session.dirty]
    for obj, added_or_gone in changed:
        table = getattr(getattr(obj, "__table__", None), "name", None)
        if table is None or table in cache.neutral:
            continue
        if not added_or_gone and not session.is_modified(obj, include_collections=False):
            continue
        if table in SITE_MAP_TABLES and (added_or_gone or table == "site_domain"):
            session.info[EVERYTHING] = True
            continue
        found = _sites_of(session, obj, table)
        if found:
            sites.update(found)
        else:
            session.info[EVERYTHING] = True


def _sites_of(session: Session, obj, table: str) -> set[int]:
    """The sites a changed row belongs to (empty when none can be told)."""
    state = inspect(obj)
    if table == "site":
        return {obj.id}
    found: set[int] = set()
    if "site_id" in state.mapper.attrs:
        history = state.attrs.site_id.history
        found.update(v for v in (*history.added, *history.unchanged, *history.deleted)
                     if v is not None)
        return found
    for rel in state.mapper.relationships:
        if rel.direction is not MANYTOONE or "site_id" not in rel.mapper.attrs:
            continue
        parent = state.attrs[rel.key].loaded_value
        if parent is None or not hasattr(parent, "site_id"):
            # Not loaded: find it by its key among what the session holds.
            values = [state.attrs[c.key].value for c in rel.local_columns
                      if c.key in state.attrs]
            if values and None not in values:
                parent = session.identity_map.get(rel.mapper.identity_key_from_primary_key(values))
        if parent is not None and getattr(parent, "site_id", None) is not None:
            found.add(parent.site_id)
    return found


def _after_commit(session: Session) -> None:
    sites = session.info.pop(SITES, None)
    everything = session.info.pop(EVERYTHING, False)
    cache = _cache()
    if cache is None:
        return
    try:
        if everything:
            cache.store.bump_all()
        elif sites:
            cache.store.bump(sorted(sites))
    except Exception:  # Redis away: the change is saved; entries end by their expiry
        log.exception("page cache: could not mark sites %s as changed", sites or "all")


def _after_rollback(session: Session) -> None:
    session.info.pop(SITES, None)
    session.info.pop(EVERYTHING, False)


def _on_execute(state) -> None:
    """Bulk UPDATE/DELETE statements skip the flush: count them as a change
    to every site unless all their tables are neutral."""
    if not (state.is_update or state.is_delete):
        return
    cache = _cache()
    if cache is None:
        return
    tables = {m.local_table.name for m in state.all_mappers}
    if not tables or not tables <= cache.neutral:
        state.session.info[EVERYTHING] = True
