"""No query, URL or admin screen crosses sites, for every model of the core
and of every plugin in plugins/.

Each table is either scoped to a site (a site_id, or a parent that has one)
or named below as global on purpose, so that a new model without a site
scope fails here. Then two sites get content (the second one the plugins'
demo content too), and site A's admin visits every public and admin page of
site A, with site B's ids put into every URL: nothing of site B shows.
"""
from __future__ import annotations

import re

import pytest
from sqlalchemy import String, Text, inspect, select

from gweb.config import PROJECT_ROOT
from gweb.extensions import db
from tests.conftest import ALL_PLUGINS, csrf_token_from

# Tables that belong to the installation, not to one site, and why.
GLOBAL_ON_PURPOSE = {
    "site": "the sites themselves",
    "user": "an account can have roles on several sites",
    "plugin_state": "plugins switched on or off for the whole installation",
    "twofactor_totp": "a person's authenticator, one per account",
    "twofactor_recovery_code": "a person's recovery codes, one set per account",
}


def _tables():
    """The tables of this app's database (a test run may have loaded the models
    of fixture plugins this app does not run)."""
    present = set(inspect(db.engine).get_table_names())
    return [t for t in db.metadata.sorted_tables if t.name in present]


def _scope(table, tables, seen=()) -> str | None:
    """How rows of `table` belong to a site: "site_id", "via <parent>", or None."""
    if "site_id" in table.c and any(fk.column.table.name == "site"
                                    for fk in table.c.site_id.foreign_keys):
        return "site_id"
    for fk in table.foreign_keys:
        parent = fk.column.table
        if fk.parent.nullable or parent.name in seen or parent.name == table.name:
            continue
        if _scope(parent, tables, (*seen, table.name)):
            return f"via {parent.name}"
    return None


def _site_rows(table, site_id):
    """A select of the rows of `table` that belong to the site."""
    if "site_id" in table.c:
        return select(table).where(table.c.site_id == site_id)
    for fk in table.foreign_keys:
        parent = fk.column.table
        if not fk.parent.nullable and parent.name != table.name and _scope(parent, None):
            ids = _site_rows(parent, site_id).with_only_columns(fk.column)
            return select(table).where(fk.parent.in_(ids))
    raise AssertionError(f"{table.name} has no site scope")


@pytest.fixture
def network(make_plugin_app):
    app = make_plugin_app(ALL_PLUGINS, folder=PROJECT_ROOT / "plugins")
    assert app.extensions["gweb.plugins"].failed == {}
    return app


def test_every_table_of_the_core_and_the_plugins_is_site_scoped_or_global_on_purpose(network):
    unscoped = {t.name for t in _tables()
                if t.name not in GLOBAL_ON_PURPOSE and _scope(t, None) is None}
    assert unscoped == set(), (
        f"tables without a site scope: {sorted(unscoped)}; give them a site_id (or a "
        "non-null parent that has one), or list them in GLOBAL_ON_PURPOSE with the reason")
    # Every plugin's tables are there: the check saw them all.
    names = {t.name for t in _tables()}
    assert all(any(n.startswith(p) for n in names) for p in ("news", "documents", "eservices"))


def _texts(site_id, kinds=(String,)) -> set[str]:
    """Every text value of the rows of a site, of columns of `kinds`."""
    found = set()
    for table in _tables():
        if table.name in GLOBAL_ON_PURPOSE:
            continue
        columns = [c for c in table.c if isinstance(c.type, kinds)]
        for row in db.session.execute(_site_rows(table, site_id)).mappings():
            found |= {row[c.name].strip() for c in columns if isinstance(row[c.name], str)}
    return found


def _markers(site_b, site_a, seen_on_a: str) -> set[str]:
    """Texts of site B's rows (titles, names, labels, alt texts ...) that
    appear nowhere in site A's data or on its pages before B had them: if one
    shows on a page of site A, a query crossed sites. Codes, addresses and
    slugs are left out (a 404 page repeats the address it was asked)."""
    of_a = "\n".join(_texts(site_a.id, (String, Text)))
    return {text for text in _texts(site_b.id)
            if len(text) >= 12 and "/" not in text and "<" not in text and "&" not in text
            and '"' not in text and (" " in text or not text.isascii())
            and text not in of_a and text not in seen_on_a}


def _ids_of(site_id) -> list[int]:
    ids = set()
    for table in _tables():
        if table.name not in GLOBAL_ON_PURPOSE and "id" in table.c:
            ids |= {r.id for r in db.session.execute(_site_rows(table, site_id))}
    return sorted(ids)


def _kind(converter) -> str:
    """"id" for a converter of numbers, "lang" for languages, else "text"."""
    if re.fullmatch(converter.regex, "12") and not re.fullmatch(converter.regex, "ab"):
        return "id"
    if "Language" in type(converter).__name__:
        return "lang"
    if getattr(converter, "items", None):
        return "any"
    return "text"


def _urls(app, ids: list[int]) -> list[str]:
    """Every GET address of the app, with each of `ids` in place of an id."""
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in ("static", "admin.logout"):
            continue
        kinds = {name: _kind(conv) for name, conv in rule._converters.items()}
        numbered = "id" in kinds.values()
        if numbered and not ids:
            continue
        for number in (ids if numbered else [None]):
            url = rule.rule
            for name, kind in kinds.items():
                value = {"id": number, "lang": "en", "text": "about",
                         "any": sorted(getattr(rule._converters[name], "items", None) or [""])[0]
                         }[kind]
                url = re.sub(rf"<[^>:]*:?{name}>", str(value), url)
            urls.append(url)
    return sorted(set(urls))


# The every-URL sweep is cut in parts that xdist runs side by side
# (tests/conftest.py SPREAD_MODULES); each part sets the two sites up afresh.
SWEEP_PARTS = 3


@pytest.mark.parametrize("part", range(SWEEP_PARTS))
def test_site_as_admin_sees_nothing_of_another_site_on_any_public_or_admin_page(network, part):
    from gweb.hooks.manager import call_hook
    from gweb.media.services import store_upload
    from gweb.menus import services as menus
    from gweb.network.services import create_network_site
    from gweb.pages import editorial
    from gweb.pages import services as pages
    from gweb.users.services import create_user

    import io

    from PIL import Image

    # Site B first, so that its ids are the low numbers every URL is tried with.
    site_b = create_network_site("bravo.test",
                                 {"lo": "ກົມບຣາໂວ ທົດສອບ", "en": "Bravo Secret Office"})
    site_a = create_network_site("alpha.test", {"lo": "ກົມອານຟາ", "en": "Alpha Office"})
    for site, word in ((site_b, "Bravo"), (site_a, "Alpha")):
        about = editorial.page_by_key(site.id, "about")
        pages.create_page(site, about, {lang: {"title": f"{word} confidential page {lang}"}
                                        for lang in ("lo", "en")}, publish=True)
        menus.add_item(site.id, "footer", url="https://example.org/",
                       labels={"lo": f"{word} ລິ້ງລັບ", "en": f"{word} secret link"})
        buffer = io.BytesIO()
        Image.new("RGB", (30, 30)).save(buffer, "PNG")
        buffer.seek(0)
        store_upload(network.config["MEDIA_ROOT"], site.id, buffer, f"{word} private photo.png",
                     {"lo": f"{word} ຮູບລັບ", "en": f"{word} private photo alt"})
        create_user(f"admin@{word.lower()}.test", "correct horse battery", role="admin",
                    site_id=site.id, ui_lang="en")
    db.session.commit()
    client = network.test_client()
    base = "http://alpha.test"
    page = client.get("/admin/login", base_url=base)
    client.post("/admin/login", base_url=base, data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)),
        "email": "admin@alpha.test", "password": "correct horse battery"})
    assert client.get("/admin/", base_url=base).status_code == 200
    # What site A's pages say before site B has any plugin content (hints, examples).
    seen_on_a = "\n".join(client.get(url, base_url=base).get_data(as_text=True)
                           for url in _urls(network, []))
    call_hook("gweb_demo_content", site=site_b)  # every plugin's content, on site B only
    db.session.commit()
    markers = _markers(site_b, site_a, seen_on_a)
    assert "Bravo confidential page en" in markers and "Bravo private photo.png" in markers
    assert len(markers) > 30, markers  # the plugins' demo content is among them
    urls = _urls(network, _ids_of(site_b.id))
    from gweb.pages.models import PageTranslation

    urls += [f"/{r.lang}/{r.path}" for r in db.session.scalars(
        select(PageTranslation).where(PageTranslation.site_id == site_b.id))]
    assert sum(u.startswith("/admin") for u in urls) > 100
    leaks, errors = [], []
    for url in urls[part::SWEEP_PARTS]:
        response = client.get(url, base_url=base)
        if response.status_code >= 500:
            errors.append(url)
        body = response.get_data(as_text=True)
        leaks += [(url, m) for m in markers if m in body]
    assert leaks == [], "\n".join(f"{u}: {m}" for u, m in leaks)
    assert errors == []
