"""Helpers shared by every `gweb` command: one-line failures, exit codes."""
from __future__ import annotations

import functools
import sys

import click

from gweb.exceptions import ConflictError, ValidationError


def fail(message: str) -> None:
    """Print `message` as one line on stderr and exit with status 1."""
    click.echo(f"Error: {' '.join(str(message).split())}", err=True)
    sys.exit(1)


def reports_errors(command):
    """Turn a service's ValidationError into a one-line message and exit 1;
    the session is rolled back so nothing half-written stays."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from gweb.extensions import db

        try:
            return command(*args, **kwargs)
        except (ValidationError, ConflictError) as exc:
            db.session.rollback()
            fail(str(exc))

    return wrapper
