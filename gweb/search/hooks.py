"""The search package's own hook implementations: its public pages, its
command, and keeping pages in the index as they are edited.

Updating the index must never break an editor's save: the page is already
committed when these hooks run, and a failure here is logged and rolled
back (the plugin host isolates hook exceptions as well).
"""
import logging

from gweb.extensions import db
from gweb.hooks import hookimpl
from gweb.search import services
from gweb.search.cli import search_group
from gweb.search.views import bp

log = logging.getLogger("gweb.search")


@hookimpl
def gweb_load_blueprints(app):
    app.register_blueprint(bp)


@hookimpl
def gweb_cli(cli):
    cli.add_command(search_group)


@hookimpl
def gweb_page_saved(page, is_new):
    """Created, saved, published, unpublished, restored, scheduled, moved:
    the page and its descendants (whose addresses follow it) are re-indexed."""
    try:
        services.sync_pages(page.site_id, [page.id])
    except Exception:
        db.session.rollback()
        log.exception("search index not updated for page %s; `gweb search reindex` repairs it",
                      getattr(page, "id", "?"))


@hookimpl
def gweb_page_deleted(page):
    """The page and its descendants (deleted with it) leave the index."""
    try:
        services.prune_pages(page.site_id)
    except Exception:
        db.session.rollback()
        log.exception("search index not updated after deleting page %s; "
                      "`gweb search reindex` repairs it", getattr(page, "id", "?"))


@hookimpl
def gweb_data_restored():
    """A restored backup carries no index: build it for every site."""
    from sqlalchemy import select

    from gweb.sites.models import Site

    for site in db.session.scalars(select(Site)).all():
        services.reindex(site)
