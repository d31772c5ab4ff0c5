"""`gweb user ...` commands."""
import sys

import click
from flask.cli import with_appcontext

from gweb.cliutil import fail, reports_errors
from gweb.extensions import db
from gweb.sites import services as sites
from gweb.users import services
from gweb.users.models import ROLES


@click.group("user")
def user_group():
    """Manage editor accounts."""


@user_group.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--site", "domain", help="Domain of the site the role is on "
              "(may be left out when there is only one site).")
@click.option("--name", default="", help="The person's name.")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from standard input instead of generating one.")
@click.option("--superadmin", is_flag=True, help="May manage every site of the installation.")
@with_appcontext
@reports_errors
def create_command(email, role, domain, name, password_stdin, superadmin):
    """Create an account with ROLE on a site; prints a generated password."""
    site = _site_for(domain)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = services.generate_password()
    user = services.create_user(email, password, name=name, role=role, site_id=site.id,
                                superadmin=superadmin)
    db.session.commit()
    click.echo(f"Created {user.email} ({role} on {site.primary_domain}).")
    if not password_stdin:
        click.echo(f"Password (shown once): {password}")


@user_group.command("reset-link")
@click.argument("email")
@click.option("--base-url", default="http://127.0.0.1:8080", show_default=True,
              help="Where the site is served, for the printed link.")
@with_appcontext
@reports_errors
def reset_link_command(email, base_url):
    """Print a link with which EMAIL sets a new password (once, within 24 hours)."""
    from flask import current_app, url_for

    from gweb.users import reset

    user = services.find_user(email)
    if user is None or not user.active:
        fail(f"no active account has the e-mail address {email!r}")
    token = reset.make_token(user)
    db.session.commit()
    with current_app.test_request_context(base_url=base_url):
        click.echo(url_for("users_admin.reset_password", token=token, _external=True))


def _site_for(domain: str | None):
    if domain:
        site = sites.find_site(domain)
        if site is None:
            fail(f"no site has the domain {domain!r}")
        return site
    if sites.count_sites() != 1:
        fail("there are several sites (or none): name one with --site DOMAIN")
    return sites.site_for_host(None)
