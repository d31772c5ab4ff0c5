"""`gweb eservices check-links`: report the e-services whose link is broken."""
import click
from flask.cli import with_appcontext

from .linkcheck import DEFAULT_TIMEOUT, check_links


@click.group("eservices")
def eservices_group():
    """The e-services directory."""


@eservices_group.command("check-links")
@click.option("--site", "domain", help="Check this site only (default: every site).")
@click.option("--timeout", type=float, default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds to wait for each server.")
@with_appcontext
def check_links_command(domain, timeout):
    """Check the link to each online service; list the broken ones and exit
    with status 1 when there is any."""
    from gweb.sites.services import find_site

    site_id = None
    if domain:
        site = find_site(domain)
        if site is None:
            raise click.ClickException(f"no site with the domain {domain}")
        site_id = site.id
    results = check_links(site_id, timeout=timeout)
    broken = [r for r in results if not r.ok]
    for result in broken:
        status = f"HTTP {result.status}" if result.status else "no answer"
        click.echo(f"BROKEN  #{result.service_id} {result.title}: {result.url} ({status}: "
                   f"{result.reason})")
    click.echo(f"{len(results)} links checked, {len(broken)} broken.")
    if broken:
        raise SystemExit(1)
