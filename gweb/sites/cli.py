"""`gweb site ...` commands: create (one, or a ministry's departments from a
file), list, check, suspend, resume and delete sites, and change their domains. Messages follow the
operator's locale (Lao when LANG is Lao)."""
import click
from flask import current_app
from flask.cli import with_appcontext
from flask_babel import gettext as _
from sqlalchemy import select

from gweb.cliutil import fail, reports_errors
from gweb.extensions import db
from gweb.network import services as network
from gweb.sites import checks, services
from gweb.sites.models import Site


@click.group("site")
def site_group():
    """Create, list, check, suspend, resume and delete sites."""


def _site(domain: str) -> Site:
    site = services.find_site(domain)
    if site is None:
        fail(_("No site has the domain %(domain)s.", domain=domain))
    return site


@site_group.command("create")
@click.option("--domain", required=True, help="The site's primary domain name.")
@click.option("--name-lo", required=True, help="The site's name in Lao.")
@click.option("--name-en", required=True, help="The site's name in English.")
@click.option("--default-lang", type=click.Choice(["lo", "en"]), default="lo", show_default=True)
@click.option("--template-site", "template", metavar="DOMAIN",
              help="Copy the plugin choices and menus of this site.")
@click.option("--alias", "aliases", multiple=True, metavar="DOMAIN",
              help="Another domain that redirects to the primary one (repeatable).")
@with_appcontext
@reports_errors
def create_command(domain, name_lo, name_en, default_lang, template, aliases):
    """Create a site with the G-Web standard pages and menus in Lao and English."""
    template_site = _site(template) if template else None
    for alias in aliases:  # checked before anything is made
        problem = services.domain_problem(alias)
        if problem or services.domain_name(alias) == services.domain_name(domain):
            fail(problem or _("The domain %(domain)s already belongs to a site.", domain=alias))
    site = network.create_network_site(domain, {"lo": name_lo, "en": name_en},
                                       template=template_site, default_lang=default_lang)
    for alias in aliases:
        services.add_domain(site, alias)
    db.session.commit()
    click.echo(_("Created site %(id)d at %(domain)s with the standard structure.",
                 id=site.id, domain=site.primary_domain))


@site_group.command("create-departments")
@click.option("--parent", required=True, metavar="DOMAIN",
              help="The ministry's site: the departments copy its plugins and menus.")
@click.option("--file", "path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="A CSV file with the columns domain, name_lo, name_en.")
@with_appcontext
@reports_errors
def create_departments_command(parent, path):
    """Create a site for each department listed in a CSV file, in one go."""
    parent_site = _site(parent)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    created = network.create_departments(parent_site, text)
    for site in created:
        click.echo(f"{site.id}\t{site.primary_domain}\t{site.name('lo')} / {site.name('en')}")
    click.echo(_("Created %(count)d site(s) from %(parent)s.", count=len(created),
                 parent=parent_site.primary_domain))


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
    sites = [_site(domain)] if domain else list(
        db.session.scalars(select(Site).order_by(Site.id)))
    failing = 0
    for site in sites:
        problems = checks.check_site(site)
        status = _("meets the standard") if not problems else _(
            "%(count)d problem(s)", count=len(problems))
        click.echo(f"{site.primary_domain}: {status}")
        for problem in problems:
            click.echo(f"  - {problem.message}")
        failing += bool(problems)
    raise SystemExit(1 if failing else 0)


@site_group.command("suspend")
@click.argument("domain")
@with_appcontext
@reports_errors
def suspend_command(domain):
    """Take a site off the air (visitors get 503; super-admins keep its admin)."""
    site = _site(domain)
    network.suspend(site)
    click.echo(_("The site %(domain)s is suspended.", domain=site.primary_domain))


@site_group.command("resume")
@click.argument("domain")
@with_appcontext
@reports_errors
def resume_command(domain):
    """Put a suspended site back on the air."""
    site = _site(domain)
    network.resume(site)
    click.echo(_("The site %(domain)s is back online.", domain=site.primary_domain))


@site_group.command("delete")
@click.argument("domain")
@click.option("--confirm", "confirmation", metavar="DOMAIN",
              help="The site's primary domain again (asked for when missing).")
@with_appcontext
@reports_errors
def delete_command(domain, confirmation):
    """Delete a site and everything on it; other sites are not touched."""
    site = _site(domain)
    primary = site.primary_domain
    if confirmation is None:
        confirmation = click.prompt(_("Type %(domain)s to delete it for ever", domain=primary),
                                    default="", show_default=False)
    network.delete_site(site, confirmation, current_app.config["MEDIA_ROOT"])
    click.echo(_("The site %(domain)s and everything on it have been deleted.", domain=primary))


@site_group.command("domain")
@click.argument("action", type=click.Choice(["add", "remove", "primary"]))
@click.argument("site_domain", metavar="SITE")
@click.argument("domain")
@with_appcontext
@reports_errors
def domain_command(action, site_domain, domain):
    """Add a DOMAIN to the SITE, remove it, or make it the primary one."""
    site = _site(site_domain)
    network.change_domain(site, action, domain)
    click.echo(_("The domains of %(domain)s have been changed.", domain=site.primary_domain)
               + " " + ", ".join(d.domain + (" *" if d.is_primary else "") for d in site.domains))
