"""`gweb plugins ...`: list, enable, disable (for the installation or one
site) and scaffold plugins."""
from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from gweb.cliutil import fail, reports_errors
from gweb.hooks import services
from gweb.hooks.manager import plugin_host
from gweb.hooks.scaffold import new_command


@click.group("plugins")
def plugins_group():
    """List, enable, disable and create plugins."""


plugins_group.add_command(new_command, "new")


@plugins_group.command("list")
@with_appcontext
def list_command():
    """Every plugin found, whether it runs, and the sites that switched it off."""
    from gweb.sites.models import Site
    from gweb.extensions import db
    from sqlalchemy import select

    host = plugin_host()
    found = host.available()
    if not found:
        click.echo("No plugins found (plugins/ folder and 'gweb.plugins' entry points).")
        return
    loaded = set(host.plugin_names())
    sites = list(db.session.scalars(select(Site).order_by(Site.id)))
    off_by_site = {site.primary_domain: services.plugins_off_for_site(site.id) for site in sites}
    for name in sorted(found):
        if name in loaded:
            state = "enabled"
            off = [domain for domain, names in off_by_site.items() if name in names]
            if off:
                state += f" (off on {', '.join(off)})"
        elif name in host.failed:
            state = f"broken: {host.failed[name]}"
        else:
            state = "disabled"
        where = "folder" if found[name].startswith("plugins.") else f"entry point {found[name]}"
        click.echo(f"{name}\t{state}\t{where}")
        if name in host.duplicates:
            click.echo(f"  warning: found more than once: {'; '.join(host.duplicates[name])}")


@plugins_group.command("enable")
@click.argument("names", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Every plugin found.")
@click.option("--site", "domain", help="Switch them back on for this site only.")
@with_appcontext
@reports_errors
def enable_command(names, every, domain):
    """Enable plugins NAMES for the installation (and upgrade their tables), or
    switch them back on for one site with --site."""
    if every:
        names = tuple(sorted(plugin_host().available()))
    if not names:
        fail("name the plugins to enable, or give --all")
    if domain:
        for name in names:
            _switch_site(name, domain, True)
            click.echo(f"{name} is on for {domain}.")
        return
    for name in names:
        _check_found(name)
    for name in names:
        services.set_installation_state(name, True)
    # Load them the way the next start will, to find a broken plugin now.
    from gweb.app import create_app
    from gweb.schema import upgrade_all

    app = create_app(instance=current_app.instance_path)
    host = app.extensions["gweb.plugins"]
    problems = {name: f"it could not be loaded: {host.failed.get(name, 'PLUGINS_DISABLED names it')}"
                for name in names if name not in host.plugin_names()}
    with app.app_context():
        failures = upgrade_all(app)
    problems.update({name: f"its tables could not be upgraded: {failures[name]}"
                     for name in names if name in failures})
    for name in names:
        if name in problems:
            services.set_installation_state(name, False)
        else:
            click.echo(f"{name} is enabled for every site; restart gweb to serve it.")
    if problems:
        fail("; ".join(f"{name} stays disabled, {why}" for name, why in problems.items()))


@plugins_group.command("disable")
@click.argument("name")
@click.option("--site", "domain", help="Switch it off for this site only.")
@with_appcontext
@reports_errors
def disable_command(name, domain):
    """Disable plugin NAME for the installation, or for one site with --site.
    Its data is kept."""
    if domain:
        _switch_site(name, domain, False)
        click.echo(f"{name} is off for {domain}; its content is kept.")
        return
    _check_found(name)
    services.set_installation_state(name, False)
    click.echo(f"{name} is disabled; its data is kept. Restart gweb to stop serving it.")


def _check_found(name: str) -> None:
    if name not in plugin_host().available():
        fail(f"no plugin named {name!r} was found (plugins/ folder and 'gweb.plugins' "
             "entry points)")
    if name in services.RESERVED_NAMES:
        fail(f"the name {name!r} belongs to the core; rename the plugin")


def _switch_site(name: str, domain: str, on: bool) -> None:
    from gweb.sites.services import find_site

    site = find_site(domain)
    if site is None:
        fail(f"no site has the domain {domain!r}")
    services.set_site_state(site.id, name, on, plugin_host().plugin_names())
