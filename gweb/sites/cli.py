"""`gweb site ...` commands."""
import click
from flask.cli import with_appcontext
from sqlalchemy import select

from gweb.cliutil import reports_errors
from gweb.extensions import db
from gweb.sites import checks, services
from gweb.sites.models import Site
from gweb.sites.structure import build_standard_site


@click.group("site")
def site_group():
    """Create, list and check sites."""


@site_group.command("create")
@click.option("--domain", required=True, help="The site's primary domain name.")
@click.option("--name-lo", required=True, help="The site's name in Lao.")
@click.option("--name-en", required=True, help="The site's name in English.")
@click.option("--default-lang", type=click.Choice(["lo", "en"]), default="lo", show_default=True)
@with_appcontext
@reports_errors
def create_command(domain, name_lo, name_en, default_lang):
    """Create a site with the G-Web standard pages and menus in Lao and English."""
    site = services.create_site(domain, {"lo": name_lo, "en": name_en}, default_lang)
    build_standard_site(site)
    click.echo(f"Created site {site.id} at {site.primary_domain} with the standard structure.")


@site_group.command("list")
@with_appcontext
def list_command():
    """List the sites of this installation."""
    for site in db.session.scalars(select(Site).order_by(Site.id)):
        click.echo(f"{site.id}\t{site.primary_domain}\t{site.status}\t{site.name('lo')}"
                   f" / {site.name('en')}")


@site_group.command("check")
@click.option("--site", "domain", help="Check only this site.")
@with_appcontext
def check_command(domain):
    """Check each site against the standard; exit 1 when one falls short."""
    sites = [services.find_site(domain)] if domain else list(
        db.session.scalars(select(Site).order_by(Site.id)))
    if domain and sites[0] is None:
        raise click.ClickException(f"no site has the domain {domain!r}")
    failing = 0
    for site in sites:
        problems = checks.check_site(site)
        status = "OK" if not problems else f"{len(problems)} problem(s)"
        click.echo(f"{site.primary_domain}: {status}")
        for problem in problems:
            click.echo(f"  - {problem}")
        failing += bool(problems)
    raise SystemExit(1 if failing else 0)
