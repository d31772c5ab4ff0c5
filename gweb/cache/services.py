"""The page cache's public API and its per-application state.

Plugins and core packages need nothing to keep the cache right: every
committed change to a row that carries a `site_id` raises that site's
generation (see `tracking`). What they may use:

- `invalidate_site(site_id)` / `invalidate_all()`: after a change the ORM
  does not see (raw SQL, files);
- the `gweb_cache_horizon(site_id, now)` hook: the next time something of
  theirs changes by itself (a scheduled start or end), so that no entry
  outlives it;
- `do_not_cache()`: keep this response out of the cache;
- `cache_by_query(*names)`: let a response asked for with a query string
  (a search, a filtered list) be kept under it, when it names nothing else;
- `site_memo(site_id, name, compute)`: per-site data kept in the process
  while the site's content is unchanged (menus, plugin switches).
"""
from __future__ import annotations

import threading
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable

from flask import Flask, current_app, g, has_app_context, has_request_context, request

from gweb.cache.store import MemoryStore, RedisStore
from gweb.sites.current import shown_site

EXTENSION_KEY = "gweb.cache"
PROBE = "gweb.cache.probe"  # WSGI environ: what the middleware found before Flask ran
STORE = "gweb.cache.store"  # WSGI environ: Flask's consent to store this response
SKIP = "gweb_cache_skip"  # flask.g flag set by do_not_cache()
QUERY_NAMES = "gweb_cache_query"  # flask.g: the query parameters a view's output depends on
MAX_UNREGISTERED_HOSTS = 8  # host names answered by fallback that may have entries
CACHED_TYPES = ("text/html", "application/xml", "application/atom+xml", "text/plain")


@dataclass
class Probe:
    """What the middleware knew of a request before Flask saw it."""

    host_key: str  # scheme://host/script of the request
    site_id: int | None  # None: the host is not known yet
    generation: tuple[int, int] | int  # (installation, site), or the installation's alone
    key: str | None = None  # the entry key, when the request may be served from the cache


class PageCache:
    """The cache of one application: its store, the hosts it has seen, the
    per-site memos and the time until which each site stays as it is."""

    def __init__(self, store, ttl: int, languages: tuple[str, ...], session_cookies: tuple[str, ...]):
        self.store = store
        self.ttl = ttl
        self.languages = languages
        self.session_cookies = session_cookies
        self.clock: Callable[[], float] = time.time
        self.hosts: dict[str, tuple[int, int, bool]] = {}  # host_key -> (site, gen, registered)
        self.memos: dict[tuple, tuple] = {}
        self.horizons: dict[int, tuple[tuple[int, int], float]] = {}
        self.lock = threading.Lock()

    # -- hosts -----------------------------------------------------------------

    def site_of_host(self, host_key: str, installation: int) -> int | None:
        """The site a host was matched to, while no site or domain changed."""
        known = self.hosts.get(host_key)
        if known is None or known[1] != installation:
            return None
        return known[0]

    def learn_host(self, host_key: str, site_id: int, installation: int, registered: bool) -> None:
        """Remember that `host_key` reaches `site_id`. Host names a site
        answers only by fallback are few, so made-up Host headers cannot fill
        the cache."""
        with self.lock:
            stale = [k for k, v in self.hosts.items() if v[1] != installation]
            for k in stale:
                del self.hosts[k]
            if not registered and sum(1 for v in self.hosts.values() if not v[2]) \
                    >= MAX_UNREGISTERED_HOSTS:
                return
            if len(self.hosts) < 1024:
                self.hosts[host_key] = (site_id, installation, registered)

    def forget_host(self, host_key: str) -> None:
        with self.lock:
            self.hosts.pop(host_key, None)

    # -- time --------------------------------------------------------------------

    def horizon(self, site_id: int, generation: tuple[int, int]) -> float:
        """Epoch seconds of the next change of the site that no one saves
        (a scheduled publication, a notice that starts or ends): no entry or
        memo may live past it. Asked of the hooks once per generation."""
        now = self.clock()
        known = self.horizons.get(site_id)
        if known is not None and known[0] == generation and known[1] > now:
            return known[1]
        from gweb.hooks.manager import call_hook

        moment = datetime.fromtimestamp(now, timezone.utc).replace(tzinfo=None)
        times = [t for t in call_hook("gweb_cache_horizon", site_id=site_id, now=moment) if t]
        until = min([_epoch(t) for t in times if t > moment] or [now + self.ttl])
        self.horizons[site_id] = (generation, until)
        return until

    # -- memos -------------------------------------------------------------------

    def memo(self, site_id: int, name: Any, compute: Callable[[], Any],
             timeless: bool = False) -> Any:
        """`compute()` once per site generation (and horizon, unless the value
        does not depend on the time), in this process."""
        probe = request.environ.get(PROBE) if has_request_context() else None
        trusted = probe is not None and probe.site_id == site_id
        # The generation must be read before the data it guards: the probe's
        # was read before the request's transaction began. Without one, read
        # it now and only reuse what an earlier, trusted request stored.
        if trusted:
            generation = probe.generation
        else:
            try:
                generation = self.store.generation(site_id)
            except Exception:  # Redis away: compute, keep nothing
                return compute()
        now = self.clock()
        known = self.memos.get((site_id, name))
        if known is not None and known[0] == generation and known[1] > now:
            return known[2]
        value = compute()
        if trusted:
            until = now + self.ttl
            if not timeless:
                until = min(until, self.horizon(site_id, generation))
            self.memos[(site_id, name)] = (generation, until, value)
        return value


def init_app(app: Flask) -> None:
    """Set the cache up for `app` (in-process, or Redis when PAGE_CACHE_REDIS_URL
    or REDIS_URL names one) and put its middleware in front of Flask."""
    from gweb.cache import assets, tracking
    from gweb.cache.middleware import PageCacheMiddleware

    config = app.config
    enabled = config.get("PAGE_CACHE")
    if enabled is None:
        enabled = not config.get("TESTING")
    url = config.get("PAGE_CACHE_REDIS_URL", config.get("REDIS_URL"))
    if url:
        store = RedisStore(url, prefix=config.get("PAGE_CACHE_PREFIX", "gweb:pc:"),
                           max_queried=int(config.get("PAGE_CACHE_MAX_QUERIED", 512)))
    else:
        store = MemoryStore(int(config.get("PAGE_CACHE_MAX_ENTRIES", 2000)),
                            int(config.get("PAGE_CACHE_MAX_BYTES", 32 * 1024 * 1024)),
                            max_queried=int(config.get("PAGE_CACHE_MAX_QUERIED", 512)))
    cookies = (config.get("SESSION_COOKIE_NAME", "session"),
               config.get("REMEMBER_COOKIE_NAME", "remember_token"))
    cache = PageCache(store, int(config.get("PAGE_CACHE_TTL", 600)),
                      tuple(config["LANGUAGES"]), cookies)
    cache.enabled = bool(enabled)
    # gzip for text answers (cached ones compressed once); off when a proxy does it.
    cache.gzip = bool(config.get("GZIP", True))
    app.extensions[EXTENSION_KEY] = cache
    tracking.init_app(app)
    host = app.extensions["gweb.plugins"]
    if cache.enabled and host.site_states is not None:
        # Which plugins a site switched off, read once per change of the site.
        states = host.site_states
        host.site_states = lambda site_id: site_memo(site_id, "plugins_off",
                                                     lambda: states(site_id), timeless=True)
    app.after_request(_consent)
    assets.init_app(app)
    # Inside ProxyFix, so that the scheme and host are the client's.
    inner = app.wsgi_app
    if hasattr(inner, "app") and type(inner).__name__ == "ProxyFix":
        inner.app = PageCacheMiddleware(inner.app, cache)
    else:
        app.wsgi_app = PageCacheMiddleware(inner, cache)


def page_cache(app: Flask | None = None) -> PageCache | None:
    """The app's page cache (None outside an app or before init_app)."""
    if app is None:
        if not has_app_context():
            return None
        app = current_app
    return app.extensions.get(EXTENSION_KEY)


def invalidate_site(site_id: int) -> None:
    """Every entry and memo of the site goes stale now (after a change the
    ORM does not see). Changes made through the session need no call."""
    cache = page_cache()
    if cache is not None:
        cache.store.bump([site_id])


def invalidate_all() -> None:
    """Every entry of every site goes stale now (a restore, a new site)."""
    cache = page_cache()
    if cache is not None:
        cache.store.bump_all()


def do_not_cache() -> None:
    """Keep the current response out of the page cache (a view whose output
    depends on more than the site, language and path)."""
    g.setdefault(SKIP, True)


def cache_by_query(*names: str) -> None:
    """Let the page cache keep the current response under its query string
    when each of the string's parameters is one of `names`, given once: a
    search or a filtered list asked for again is answered from the cache,
    while a query string naming anything else (?x=1) never fills it."""
    g.setdefault(QUERY_NAMES, frozenset(names))


def _query_cacheable() -> bool:
    """True without a query string, or when the view named all of its parameters."""
    if not request.query_string:
        return True
    names = g.get(QUERY_NAMES)
    return bool(names) and all(name in names and len(request.args.getlist(name)) == 1
                               for name in request.args)


def site_memo(site_id: int, name: Any, compute: Callable[[], Any], timeless: bool = False) -> Any:
    """`compute()`'s value for this site, kept in the process until the
    site's content changes or (unless `timeless`) its horizon passes;
    outside a request, or with no cache, simply `compute()`. The value is
    shared: never mutate it."""
    cache = page_cache()
    if cache is None or not cache.enabled or not has_request_context():
        return compute()
    return cache.memo(site_id, name, compute, timeless)


def _epoch(moment: datetime) -> float:
    return moment.replace(tzinfo=timezone.utc).timestamp()


def canonical_path(path: str) -> bool:
    """True for a path that may name an entry: NFC text, no empty segment
    (so /lo//x or NFD spellings of a page cannot add entries)."""
    return "//" not in path and unicodedata.is_normalized("NFC", path)


def _consent(response):
    """After a request the middleware probed: learn its host, and say whether
    the response may be stored (the middleware still checks the final headers)."""
    probe = request.environ.get(PROBE)
    site = shown_site()  # the read-only copy saves reading the row
    if probe is None or site is None:
        return response
    cache = page_cache()
    if probe.site_id is None:
        host = request.host.rsplit(":", 1)[0].lower() if not request.host.endswith("]") \
            else request.host.lower()
        registered = any(d.domain == host for d in site.domains)
        cache.learn_host(probe.host_key, site.id, probe.generation, registered)
        return response
    if probe.site_id != site.id:
        cache.forget_host(probe.host_key)
        return response
    if (probe.key is None or request.method != "GET" or g.get(SKIP) or not _query_cacheable()
            or response.status_code not in (200, 404) or response.direct_passthrough
            or response.mimetype not in CACHED_TYPES or not canonical_path(request.path)
            or response.headers.get("Set-Cookie")):
        return response
    control = response.headers.get("Cache-Control", "")
    if "no-store" in control or "private" in control:
        return response
    now = cache.clock()
    request.environ[STORE] = min(now + cache.ttl, cache.horizon(site.id, probe.generation))
    return response
