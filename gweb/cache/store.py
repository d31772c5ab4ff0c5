"""Where cached responses and site generations live: process memory (the
default, a bounded LRU) or Redis (shared by every process of an installation).

A generation is a number per site, plus one for the whole installation,
raised on every change that can alter what visitors see. An entry records
the pair it was made under and is only valid while both are unchanged.
Generations start from the clock in nanoseconds, so a counter lost (a
restarted process, an evicted Redis key) never comes back to an old value.
"""
from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

INSTALLATION = "*"  # the generation key of the installation as a whole


@dataclass
class Entry:
    """A stored response and what it is valid for."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    etag: str
    last_modified: float  # epoch seconds, when the entry was made
    expires: float  # epoch seconds; never served after this
    generation: tuple[int, int]  # (installation, site) it was made under
    gzipped: bytes | None = None  # the body compressed once, for clients that accept gzip

    @property
    def size(self) -> int:
        return (len(self.body) + len(self.gzipped or b"")
                + sum(len(k) + len(v) for k, v in self.headers) + 200)

    def to_bytes(self) -> bytes:
        head = json.dumps({"s": self.status, "h": self.headers, "e": self.etag,
                           "m": self.last_modified, "x": self.expires,
                           "g": list(self.generation), "b": len(self.body)},
                          separators=(",", ":"))
        return head.encode() + b"\n" + self.body + (self.gzipped or b"")

    @classmethod
    def from_bytes(cls, data: bytes) -> "Entry":
        head, _, rest = data.partition(b"\n")
        meta = json.loads(head)
        body, gzipped = rest[:meta["b"]], rest[meta["b"]:] or None
        return cls(meta["s"], [tuple(h) for h in meta["h"]], body, meta["e"], meta["m"],
                   meta["x"], tuple(meta["g"]), gzipped)


class LRU:
    """A thread-safe mapping bounded by entry count and total bytes."""

    def __init__(self, max_entries: int, max_bytes: int):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self.items: OrderedDict[str, Entry] = OrderedDict()
        self.bytes = 0
        self.lock = threading.Lock()

    def get(self, key: str) -> Entry | None:
        with self.lock:
            entry = self.items.get(key)
            if entry is not None:
                self.items.move_to_end(key)
            return entry

    def put(self, key: str, entry: Entry) -> None:
        if entry.size > self.max_bytes:
            return
        with self.lock:
            old = self.items.pop(key, None)
            if old is not None:
                self.bytes -= old.size
            self.items[key] = entry
            self.bytes += entry.size
            while len(self.items) > self.max_entries or self.bytes > self.max_bytes:
                _, dropped = self.items.popitem(last=False)
                self.bytes -= dropped.size

    def drop(self, key: str) -> None:
        with self.lock:
            old = self.items.pop(key, None)
            if old is not None:
                self.bytes -= old.size

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.bytes = 0

    def __len__(self) -> int:
        return len(self.items)


def is_queried(key: str) -> bool:
    """True for the key of an answer to an address with a query string."""
    return "?" in key


class MemoryStore:
    """Entries and generations in this process. Not-found answers, and
    answers to addresses with a query string (searches, filtered lists), go
    to small LRUs of their own, so that requests for made-up paths or
    made-up searches can only ever push out others of their kind."""

    shared = False

    def __init__(self, max_entries: int = 2000, max_bytes: int = 32 * 1024 * 1024,
                 max_missing: int = 256, max_queried: int = 512):
        self.pages = LRU(max_entries, max_bytes)
        self.missing = LRU(max_missing, max_missing * 64 * 1024)
        self.queried = LRU(max_queried, max_queried * 64 * 1024)
        self.generations: dict[str, int] = {}
        self.lock = threading.Lock()

    def _generation(self, name: str) -> int:
        value = self.generations.get(name)
        if value is None:
            with self.lock:
                value = self.generations.setdefault(name, time.time_ns())
        return value

    def generation(self, site_id: int) -> tuple[int, int]:
        """The (installation, site) generation pair now."""
        return self._generation(INSTALLATION), self._generation(str(site_id))

    def installation_generation(self) -> int:
        return self._generation(INSTALLATION)

    def bump(self, site_ids) -> None:
        """Raise the generation of each site in `site_ids`."""
        with self.lock:
            for site_id in site_ids:
                name = str(site_id)
                self.generations[name] = self.generations.get(name, time.time_ns()) + 1

    def bump_all(self) -> None:
        """Raise the installation's generation: every entry of every site goes."""
        with self.lock:
            self.generations[INSTALLATION] = self.generations.get(
                INSTALLATION, time.time_ns()) + 1
        self.clear()

    def _pool(self, key: str, status: int) -> LRU:
        return self.queried if is_queried(key) else self.pages if status == 200 else self.missing

    def lookup(self, site_id: int, key: str) -> tuple[tuple[int, int], Entry | None]:
        """The current generations of the site and the entry under `key`."""
        if is_queried(key):
            entry = self.queried.get(key)
        else:
            entry = self.pages.get(key) or self.missing.get(key)
        return self.generation(site_id), entry

    def put(self, key: str, entry: Entry) -> None:
        self._pool(key, entry.status).put(key, entry)

    def drop(self, key: str) -> None:
        for pool in (self.pages, self.missing, self.queried):
            pool.drop(key)

    def clear(self) -> None:
        for pool in (self.pages, self.missing, self.queried):
            pool.clear()

    def count(self) -> int:
        return len(self.pages) + len(self.missing) + len(self.queried)


class RedisStore:
    """Entries and generations in Redis, shared by every process; not-found
    answers and answers to query strings stay in each process's bounded
    memory (see MemoryStore), checked against the shared generations like
    any entry."""

    shared = True

    def __init__(self, url: str, prefix: str = "gweb:pc:", max_missing: int = 256,
                 max_queried: int = 512):
        import redis

        self.redis = redis.Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)
        self.prefix = prefix
        self.missing = LRU(max_missing, max_missing * 64 * 1024)
        self.queried = LRU(max_queried, max_queried * 64 * 1024)

    def _gen_key(self, name: str) -> str:
        return f"{self.prefix}gen:{name}"

    def _initial(self, names: list[str], values: list) -> list[int]:
        out = []
        for name, value in zip(names, values):
            if value is None:
                self.redis.set(self._gen_key(name), time.time_ns(), nx=True)
                value = self.redis.get(self._gen_key(name))
            out.append(int(value))
        return out

    def generation(self, site_id: int) -> tuple[int, int]:
        names = [INSTALLATION, str(site_id)]
        values = self.redis.mget([self._gen_key(n) for n in names])
        return tuple(self._initial(names, values))

    def installation_generation(self) -> int:
        value = self.redis.get(self._gen_key(INSTALLATION))
        return self._initial([INSTALLATION], [value])[0]

    def bump(self, site_ids) -> None:
        site_ids = list(site_ids)
        if not site_ids:
            return
        # INCR of a missing key would start again at 1, below older values:
        # set it from the clock first.
        pipe = self.redis.pipeline()
        for site_id in site_ids:
            pipe.set(self._gen_key(str(site_id)), time.time_ns(), nx=True)
            pipe.incr(self._gen_key(str(site_id)))
        pipe.execute()

    def bump_all(self) -> None:
        self.installation_generation()
        self.redis.incr(self._gen_key(INSTALLATION))
        self.missing.clear()
        self.queried.clear()

    def lookup(self, site_id: int, key: str) -> tuple[tuple[int, int], Entry | None]:
        if is_queried(key):
            return self.generation(site_id), self.queried.get(key)
        names = [INSTALLATION, str(site_id)]
        *values, data = self.redis.mget([self._gen_key(n) for n in names]
                                        + [self.prefix + "page:" + key])
        generation = tuple(self._initial(names, values))
        entry = Entry.from_bytes(data) if data else self.missing.get(key)
        return generation, entry

    def put(self, key: str, entry: Entry) -> None:
        if is_queried(key):
            self.queried.put(key, entry)
            return
        if entry.status != 200:
            self.missing.put(key, entry)
            return
        ttl = int((entry.expires - time.time()) * 1000)
        if ttl > 0:
            self.redis.set(self.prefix + "page:" + key, entry.to_bytes(), px=ttl)

    def drop(self, key: str) -> None:
        self.redis.delete(self.prefix + "page:" + key)
        self.missing.drop(key)
        self.queried.drop(key)

    def clear(self) -> None:
        for key in self.redis.scan_iter(match=self.prefix + "page:*", count=500):
            self.redis.delete(key)
        self.missing.clear()
        self.queried.clear()

    def count(self) -> int:
        return sum(1 for _ in self.redis.scan_iter(match=self.prefix + "page:*", count=500)) \
            + len(self.missing) + len(self.queried)
