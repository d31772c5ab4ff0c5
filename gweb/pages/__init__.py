"""Pages: the page tree of each site, one translation per language, revisions,
publishing and the public page views."""
