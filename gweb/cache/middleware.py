"""The WSGI middleware in front of Flask: answers cached pages (and 304s)
without entering Flask, and stores the responses Flask consented to.

A request can be answered from the cache only when it is a GET or HEAD of a
public language path (/lo/..., /en/...) or the sitemap's files, with no
session or remember-me cookie (so never for a logged-in editor), to a host
already matched to a site; the entry must belong to that site, under its
current generations, and not be past its expiry. A query string is part of
the key (its parameters sorted); only views that name the parameters their
output depends on (`cache_by_query`) let such a response be stored.
"""
from __future__ import annotations

import gzip
import hashlib
import logging
import re
import uuid
from urllib.parse import parse_qsl, urlencode

from werkzeug.http import http_date, parse_date, parse_etags, quote_etag

from gweb.cache.services import PROBE, STORE, PageCache, Probe
from gweb.cache.store import Entry
from gweb.errorpages import REQUEST_ID

log = logging.getLogger("gweb.cache")
# Per request or per client: never stored, made afresh for each answer.
DROPPED = {"set-cookie", "x-request-id", "date", "content-length", "etag", "last-modified",
           "retry-after", "x-gweb-cache"}
MAX_QUERY = 512  # longer query strings are never looked up or stored
SITEMAP_PATH = re.compile(r"/sitemap(-[0-9]{1,6})?\.xml")
STATUS_LINES = {200: "200 OK", 404: "404 NOT FOUND"}
# Pages, feeds and JSON: compressed (level 6, once per cache entry); files
# from disk (static, media) are not, browsers keep those.
COMPRESSED_TYPES = {"text/html", "application/xml", "application/atom+xml", "application/json",
                    "text/plain"}
GZIP_LEVEL = 6
GZIP_MIN = 1024  # below this gzip saves less than its own overhead


class PageCacheMiddleware:
    """Serve and fill the page cache around the Flask application `app`."""

    def __init__(self, app, cache: PageCache):
        self.app = app
        self.cache = cache

    def __call__(self, environ, start_response):
        cache = self.cache
        if not cache.enabled:
            if not (cache.gzip and _accepts_gzip(environ)):
                return self.app(environ, start_response)
            probe = entry = None
        else:
            try:
                probe, entry = self._probe(environ)
            except Exception:  # the cache (Redis) failing must not take the site down
                log.exception("page cache unavailable")
                return self.app(environ, start_response)
        if entry is not None:
            return self._answer(environ, start_response, entry, "hit")
        if probe is not None:
            environ[PROBE] = probe
        captured = {}

        def capture(status, headers, exc_info=None):
            captured.update(status=status, headers=headers, exc_info=exc_info)
            return lambda data: None  # Flask never writes; returns an iterable

        body = self.app(environ, capture)
        expires = environ.get(STORE)
        if expires is None or not self._storable(captured):
            if (cache.gzip and environ.get("REQUEST_METHOD") != "HEAD" and _accepts_gzip(environ)
                    and _compressible(captured["headers"])):
                return self._compressed(body, captured, start_response)
            start_response(captured["status"], captured["headers"], captured.get("exc_info"))
            return body
        try:
            data = b"".join(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        status = int(captured["status"].split(" ", 1)[0])
        now = cache.clock()
        headers = [(k, v) for k, v in captured["headers"] if k.lower() not in DROPPED]
        if not any(k.lower() == "cache-control" for k, _ in headers):
            # Browsers and proxies may keep it, but must ask again each time.
            headers.append(("Cache-Control", "no-cache"))
        gzipped = None
        if cache.gzip and _compressible(headers):
            gzipped = gzip.compress(data, GZIP_LEVEL, mtime=0)
            headers = _vary_on_encoding(headers)
        entry = Entry(status, headers, data, hashlib.blake2b(data, digest_size=12).hexdigest(),
                      float(int(now)), expires, probe.generation, gzipped)
        try:
            cache.store.put(probe.key, entry)
        except Exception:
            log.exception("page cache: could not store %s", probe.key)
        return self._answer(environ, start_response, entry, "miss")

    # -- helpers -----------------------------------------------------------------

    def _probe(self, environ) -> tuple[Probe | None, Entry | None]:
        cache = self.cache
        host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")
        host_key = f"{environ.get('wsgi.url_scheme', 'http')}://{host.lower()}" \
                   f"{environ.get('SCRIPT_NAME', '')}"
        installation = cache.store.installation_generation()
        site_id = cache.site_of_host(host_key, installation)
        if site_id is None:
            return Probe(host_key, None, installation), None
        if not self._candidate(environ):
            return Probe(host_key, site_id, cache.store.generation(site_id)), None
        key = f"{site_id}|{host_key}|{environ.get('PATH_INFO', '')}"
        query = environ.get("QUERY_STRING")
        if query:
            key += "?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True)))
        generation, entry = cache.store.lookup(site_id, key)
        probe = Probe(host_key, site_id, generation, key)
        if entry is None or tuple(entry.generation) != generation or entry.expires <= cache.clock():
            return probe, None
        return probe, entry

    def _candidate(self, environ) -> bool:
        """A GET/HEAD of a public path, without session, with a short query string."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD") \
                or len(environ.get("QUERY_STRING", "")) > MAX_QUERY:
            return False
        path = environ.get("PATH_INFO", "")
        first = path[1:].split("/", 1)[0]
        if not (first in self.cache.languages and path.startswith(f"/{first}/")) \
                and not SITEMAP_PATH.fullmatch(path):
            return False
        cookies = environ.get("HTTP_COOKIE", "")
        return not any(f"{name}=" in cookies for name in self.cache.session_cookies)

    @staticmethod
    def _storable(captured) -> bool:
        headers = captured.get("headers") or []
        if captured.get("exc_info") or any(k.lower() == "set-cookie" for k, _ in headers):
            return False
        return captured["status"].split(" ", 1)[0] in ("200", "404")

    def _answer(self, environ, start_response, entry: Entry, how: str):
        given = environ.get("HTTP_X_REQUEST_ID", "")
        request_id = given if REQUEST_ID.match(given) else uuid.uuid4().hex[:16]
        etag = "W/" + quote_etag(entry.etag)
        headers = list(entry.headers) + [
            ("ETag", etag), ("Last-Modified", http_date(entry.last_modified)),
            ("X-Request-ID", request_id), ("X-Gweb-Cache", how)]
        if self._not_modified(environ, entry):
            headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
            start_response("304 NOT MODIFIED", headers)
            return [b""]
        data = entry.body
        if entry.gzipped is not None and _accepts_gzip(environ):
            data = entry.gzipped
            headers.append(("Content-Encoding", "gzip"))
        headers.append(("Content-Length", str(len(data))))
        start_response(STATUS_LINES.get(entry.status, f"{entry.status} OK"), headers)
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [data]

    @staticmethod
    def _compressed(body, captured, start_response):
        """An answer that is not cached, gzipped for a client that accepts it."""
        try:
            data = b"".join(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        headers = [(k, v) for k, v in captured["headers"] if k.lower() != "content-length"]
        headers = _vary_on_encoding(headers)
        if len(data) >= GZIP_MIN:
            data = gzip.compress(data, GZIP_LEVEL, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
        headers.append(("Content-Length", str(len(data))))
        start_response(captured["status"], headers, captured.get("exc_info"))
        return [data]

    @staticmethod
    def _not_modified(environ, entry: Entry) -> bool:
        if entry.status != 200:
            return False
        match = environ.get("HTTP_IF_NONE_MATCH")
        if match:
            return parse_etags(match).contains_weak(entry.etag)
        since = parse_date(environ.get("HTTP_IF_MODIFIED_SINCE"))
        return since is not None and since.timestamp() >= int(entry.last_modified)


def _accepts_gzip(environ) -> bool:
    """Accept-Encoding names gzip (or *) with a quality above zero."""
    for part in environ.get("HTTP_ACCEPT_ENCODING", "").lower().split(","):
        token, *params = [p.strip() for p in part.split(";")]
        if token not in ("gzip", "*"):
            continue
        quality = next((p[2:] for p in params if p.startswith("q=")), "1")
        try:
            return float(quality) > 0
        except ValueError:
            return False
    return False


def _compressible(headers) -> bool:
    """Text that Flask produced (not a file being sent), not yet encoded."""
    found = {k.lower(): v for k, v in headers}
    kind = found.get("content-type", "").split(";")[0].strip()
    return kind in COMPRESSED_TYPES and "content-encoding" not in found


def _vary_on_encoding(headers):
    vary = [v for k, v in headers if k.lower() == "vary"]
    values = {p.strip() for v in vary for p in v.split(",") if p.strip()} | {"Accept-Encoding"}
    return [(k, v) for k, v in headers if k.lower() != "vary"] + [("Vary", ", ".join(sorted(values)))]
