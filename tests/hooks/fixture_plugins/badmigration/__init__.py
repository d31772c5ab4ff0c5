"""A plugin whose first migration fails."""
from pathlib import Path

from gweb.hooks import hookimpl


@hookimpl
def gweb_load_migrations():
    return Path(__file__).parent / "migrations" / "versions"
