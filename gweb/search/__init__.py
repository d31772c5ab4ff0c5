"""Site search that understands Lao: pages and plugin content indexed with
ICU word segmenting and Lao normalisation (gweb.text.normalize), on SQLite
FTS5 or PostgreSQL full-text search, at /<lang>/search."""
