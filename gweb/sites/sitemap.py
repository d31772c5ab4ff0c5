"""The sitemap protocol for a site: one file while the site is small, else
an index of numbered files.

Every entry (a page, a news article, a document...) comes from the
`gweb_sitemap_urls` hook. A site of thousands of pages would make one
document of megabytes, which every crawler visit builds, holds and sends
whole; the protocol's index lets each file stay small instead.
"""
from __future__ import annotations

from datetime import datetime

from gweb.cache.services import site_memo
from gweb.hooks.manager import plugin_host

# Entries per file by default (the app's SITEMAP_ENTRIES_PER_FILE); each
# entry is one <url> per language.
ENTRIES_PER_FILE = 1000


def sitemap_entries(site) -> list[dict]:
    """Every sitemap entry of `site`, from the core and its plugins, in a stable order."""
    return plugin_host().call_flat("gweb_sitemap_urls", site=site)


def file_count(entries: list[dict], per_file: int = ENTRIES_PER_FILE) -> int:
    """How many numbered files the entries fill (0: they fit in /sitemap.xml itself)."""
    return _files_for(len(entries), per_file)


def _files_for(total: int, per_file: int) -> int:
    return 0 if total <= per_file else -(-total // per_file)


def file_entries(entries: list[dict], number: int, per_file: int = ENTRIES_PER_FILE) -> list[dict]:
    """The entries of numbered file `number` (from 1); empty when there is no such file."""
    if number < 1 or number > file_count(entries, per_file):
        return []
    return entries[(number - 1) * per_file:number * per_file]


def numbered_file(site, number: int, per_file: int = ENTRIES_PER_FILE) -> list[dict]:
    """The entries of `site`'s numbered file `number` (empty when there is no
    such file). How many entries the site has is kept per site until its
    content changes, so a made-up number (/sitemap-99999.xml) is answered
    without listing the whole site again."""
    listed: list[list[dict]] = []

    def count() -> int:
        listed.append(sitemap_entries(site))
        return len(listed[0])

    total = site_memo(site.id, "sitemap_entries", count)
    if not 1 <= number <= _files_for(total, per_file):
        return []
    return file_entries(listed[0] if listed else sitemap_entries(site), number, per_file)


def index_files(entries: list[dict], per_file: int = ENTRIES_PER_FILE) -> list[dict]:
    """The numbered files for the index: {"number", "lastmod"} (the newest change in each)."""
    files = []
    for number in range(1, file_count(entries, per_file) + 1):
        stamps = [e["lastmod"] for e in file_entries(entries, number, per_file)
                  if isinstance(e.get("lastmod"), datetime)]
        files.append({"number": number, "lastmod": max(stamps) if stamps else None})
    return files
