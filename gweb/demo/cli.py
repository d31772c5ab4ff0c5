"""`gweb demo`."""
import click
from flask.cli import with_appcontext

from gweb.cliutil import fail, reports_errors
from gweb.demo.services import load_demo
from gweb.sites import services as sites


@click.command("demo")
@click.option("--site", "domain", help="Domain of the site to fill (default: the only site).")
@click.option("--base-url", default="http://127.0.0.1:8080", show_default=True,
              help="Where the site will be served, for the printed admin address.")
@with_appcontext
@reports_errors
def demo_command(domain, base_url):
    """Fill a site with demo content in Lao and English (once; safe to repeat)."""
    site = sites.find_site(domain) if domain else (
        sites.site_for_host(None) if sites.count_sites() == 1 else None)
    if site is None:
        fail("no such site: run `gweb init` first, or name one with --site DOMAIN")

    def progress(items, label):
        with click.progressbar(items, label=label, file=click.get_text_stream("stderr")) as bar:
            yield from bar

    result = load_demo(site, progress=progress)
    if result.loaded:
        click.echo(f"Demo content loaded: {result.pages_added} extra pages.")
    elif not result.plugin_items_added:
        click.echo("Demo content already present; nothing changed.")
    if result.plugin_items_added:
        click.echo(f"Plugins added {result.plugin_items_added} demo items.")
    base = base_url.rstrip("/")
    click.echo(f"Public site: {base}/{site.default_lang}/")
    click.echo(f"Admin: {base}/admin/login  e-mail: {result.admin_email}")
    if result.admin_password:
        click.echo(f"Admin password (shown once, write it down): {result.admin_password}")
    else:
        click.echo("Admin password: as shown when it was created "
                   "(`gweb user create` makes another account).")
