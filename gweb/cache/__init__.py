"""The page cache: whole public responses kept for anonymous visitors.

Entries live in process memory (a bounded LRU) or in Redis; each carries the
generation of its site it was made under, and any change to a site's content
raises that generation (see `tracking`), so an entry is either current or
never served again. `middleware` answers hits before Flask runs; `services`
holds the public API (invalidation, per-site memos, opting a response out).
"""
