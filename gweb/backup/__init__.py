"""`gweb backup` and `gweb restore`: the whole installation in one checked archive."""
