"""`gweb search ...` commands."""
import click
from flask.cli import with_appcontext
from sqlalchemy import select

from gweb.cliutil import fail
from gweb.extensions import db
from gweb.search import services
from gweb.sites import services as sites
from gweb.sites.models import Site


@click.group("search")
def search_group():
    """Site search: rebuild the index."""


@search_group.command("reindex")
@click.option("--site", "domain", help="Rebuild only this site's index.")
@with_appcontext
def reindex_command(domain):
    """Rebuild the search index from live pages and every plugin's content."""
    if domain:
        site = sites.find_site(domain)
        if site is None:
            fail(f"no site has the domain {domain!r}")
        targets = [site]
    else:
        targets = list(db.session.scalars(select(Site).order_by(Site.id)))
    for site in targets:
        bar = _Progress(f"{site.primary_domain}")
        try:
            count = services.reindex(site, progress=bar.update)
        finally:
            bar.close()
        click.echo(f"{site.primary_domain}: {count} document(s) indexed.")


class _Progress:
    """A click progress bar opened once the number of documents is known."""

    def __init__(self, label: str):
        self.label, self.bar, self.done = label, None, 0

    def update(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=max(total, 1), label=self.label)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
