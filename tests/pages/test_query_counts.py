"""A public page costs the same number of database queries however many
pages the site has and however long its menus are (no query per page,
per menu item, per breadcrumb or per language)."""
from __future__ import annotations

from gweb.extensions import db
from gweb.menus import services as menus
from gweb.pages import editorial, services as pages
from tests.conftest import statements_sent

URLS = ("/en/", "/lo/", "/en/about", "/en/about/history", "/en/about/unit-1",
        "/en/sitemap", "/en/no-such-page")


def _grow(site, up_to: int) -> None:
    """Give the site `up_to` extra pages under About (in both languages),
    each also in the main menu, and as many address links in the footer."""
    about = editorial.page_by_key(site.id, "about")
    have = len([p for p in about.children if (p.key or "").startswith("unit-")])
    for n in range(have + 1, up_to + 1):
        page = pages.create_page(site, about, {
            "en": {"title": f"Unit {n}", "slug": f"unit-{n}", "body": "<p>Text</p>"},
            "lo": {"title": f"ພະແນກ {n}", "slug": f"ພະແນກ-{n}", "body": "<p>ເນື້ອໃນ</p>"}},
            key=f"unit-{n}", publish=True)
        menus.add_item(site.id, "header", page_id=page.id)
        menus.add_item(site.id, "footer", url=f"https://example.gov.la/{n}",
                       labels={"lo": f"ລິ້ງ {n}", "en": f"Link {n}"})
    db.session.commit()


def _queries(client, url: str) -> tuple[int, int]:
    statuses = []
    statements = statements_sent(lambda: statuses.append(client.get(url).status_code))
    return statuses[0], len(statements)


def test_a_page_view_costs_the_same_queries_with_10_or_200_pages_and_menu_items(
        app, client, site):
    app.extensions["gweb.cache"].enabled = False  # what a page costs when it is rendered
    sitemap = editorial.page_by_key(site.id, "sitemap")
    assert sitemap.translation("en").path == "sitemap"
    counts = {}
    for size in (10, 200):
        _grow(site, size)
        for url in URLS:
            client.get(url)  # the first request of a process reads what later ones reuse
            counts[url, size] = _queries(client, url)
    for url in URLS:
        small, large = counts[url, 10], counts[url, 200]
        assert small == large, f"{url}: {small[1]} queries with 10 pages, {large[1]} with 200"
        assert small[0] in (200, 404)
        limit = 12 if url.endswith("sitemap") else 11
        assert small[1] <= limit, f"{url} takes {small[1]} queries"



def test_with_the_cache_on_a_page_rendered_afresh_reads_only_its_pages(
        app, client, site):
    # The cache's memos keep the host's site, the menus and the notices;
    # ?nocache=1 makes the page itself be rendered.
    assert app.extensions["gweb.cache"].enabled is False
    app.extensions["gweb.cache"].enabled = True
    for url in URLS:
        # The first request teaches the cache the host's site, the second
        # fills the memos read under it.
        client.get(url + "?nocache=1")
        client.get(url + "?nocache=1")
        status, count = _queries(client, url + "?nocache=1")
        # The page with its languages, then its breadcrumbs and children in
        # one query (the sitemap page: and the tree); the site is read from
        # its copy kept in the process.
        limit = 1 if status == 404 else 3 if url.endswith("sitemap") else 2
        assert count <= limit, f"{url} takes {count} queries"

