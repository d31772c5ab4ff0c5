"""The notice banner plugin (plugins/notice), as editors and visitors use it."""
from __future__ import annotations

import re
import shutil
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from gweb.extensions import babel, db as _db
from gweb.timeutil import utcnow
from tests.conftest import csrf_token_from, make_app

PLUGINS = {"PLUGINS_ENABLED": ["notice"]}


def _upgraded(folder, uri):
    """Upgrade the notice branch on a database that already holds the core."""
    app = make_app(folder, uri, **PLUGINS)
    with app.app_context():
        from gweb.schema import upgrade_all

        assert upgrade_all(app) == {}
        _db.engine.dispose()


@pytest.fixture(scope="module")
def notice_sqlite(tmp_path_factory, migrated_sqlite):
    """The project's migrated SQLite template plus the notice branch, once per module."""
    folder = tmp_path_factory.mktemp("notice-template")
    path = folder / "gweb.sqlite"
    shutil.copy(migrated_sqlite, path)
    _upgraded(folder, f"sqlite:///{path}")
    return path


@pytest.fixture(scope="module")
def notice_pg_template(request, tmp_path_factory):
    postgres = request.getfixturevalue("postgres")
    name, uri = postgres.create(template=request.getfixturevalue("pg_template"))
    _upgraded(tmp_path_factory.mktemp("notice-pg"), uri)
    yield postgres, name
    postgres.drop(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def app(request, tmp_path, notice_sqlite):
    """The project's `app`, with the notice plugin enabled and its table migrated."""
    drop = None
    if request.param == "sqlite":
        path = tmp_path / "gweb.sqlite"
        shutil.copy(notice_sqlite, path)
        uri = f"sqlite:///{path}"
    else:
        postgres, template = request.getfixturevalue("notice_pg_template")
        name, uri = postgres.create(template=template)
        drop = lambda: postgres.drop(name)  # noqa: E731
    app = make_app(tmp_path, uri, **PLUGINS)
    # Flask-Babel caches catalogues per process, not per app: forget those of
    # earlier apps, which did not have the plugin's catalogue.
    with app.app_context():
        babel.domain_instance.cache.clear()
        yield app
        _db.session.remove()
        _db.engine.dispose()
    if drop:
        drop()


def banner_form(client, **values):
    """Post the add-a-banner form with `values` (times as typed: Vientiane)."""
    page = client.get("/admin/notice/new")
    assert page.status_code == 200
    data = {"csrf_token": csrf_token_from(page.get_data(as_text=True)), "text_lo": "",
            "text_en": "", "link_url": "", "level": "info", "starts_at": "", "ends_at": ""}
    data.update(values)
    return client.post("/admin/notice/new", data=data)


def top_of(html: str) -> str:
    """What a page shows between the official banner and the site header."""
    return html.split('class="official-banner"', 1)[1].split('<header class="site-header"', 1)[0]


def banners():
    from plugins.notice.models import NoticeBanner

    return list(_db.session.scalars(select(NoticeBanner)))


def test_an_editor_adds_a_banner_that_visitors_see_at_the_top_of_every_page_in_their_language(
        app, site, client, login):
    login("editor")
    response = banner_form(client, text_lo="ຫ້ອງການປິດໃນວັນພັກ", text_en="The office is closed "
                           "on the holiday", link_url="/lo/contact", level="warning")
    assert response.status_code == 302
    for path in ("/lo/", "/lo/about"):
        top = top_of(client.get(path).get_data(as_text=True))
        assert 'role="region"' in top and 'aria-label="ແຈ້ງການສຳຄັນ"' in top
        assert "ຫ້ອງການປິດໃນວັນພັກ" in top and "ຄຳເຕືອນ:" in top  # the level in words
        assert '<a href="/lo/contact">ຂໍ້ມູນເພີ່ມເຕີມ</a>' in top
    english = top_of(client.get("/en/").get_data(as_text=True))
    assert "The office is closed on the holiday" in english and "Warning:" in english


def test_a_banner_with_no_english_text_shows_the_lao_text_marked_as_lao(app, site, client, login):
    login("editor")
    banner_form(client, text_lo="ແຈ້ງການດ່ວນ", level="urgent")
    top = top_of(client.get("/en/").get_data(as_text=True))
    assert '<span lang="lo">ແຈ້ງການດ່ວນ</span>' in top and "Urgent:" in top


def test_the_banner_stylesheet_is_served_from_the_plugins_own_static_folder(app, site, client,
                                                                             login):
    login("editor")
    banner_form(client, text_lo="ແຈ້ງການ")
    top = top_of(client.get("/lo/").get_data(as_text=True))
    href = re.search(r'<link rel="stylesheet" href="([^"]+)">', top).group(1)
    assert href.startswith("/notice/static/notice.css")
    css = client.get(href)
    assert css.status_code == 200 and b".notice-banner--urgent" in css.data


def test_no_banner_means_no_region_and_no_stylesheet(app, site, client):
    html = client.get("/lo/").get_data(as_text=True)
    assert "notice-banner" not in html and "notice.css" not in html


def test_times_are_typed_in_vientiane_time_and_the_banner_shows_only_between_them(
        app, site, client, login):
    from plugins.notice import services

    login("editor")
    response = banner_form(client, text_lo="ປິດປັບປຸງລະບົບ", starts_at="2030-01-10T08:00",
                           ends_at="2030-01-10T17:30")
    assert response.status_code == 302
    banner = banners()[0]
    assert banner.starts_at == datetime(2030, 1, 10, 1, 0)  # 08:00 in Vientiane is 01:00 UTC
    assert banner.ends_at == datetime(2030, 1, 10, 10, 30)
    assert services.showing(site.id, datetime(2030, 1, 10, 0, 59)) == []
    assert services.showing(site.id, datetime(2030, 1, 10, 1, 0)) == [banner]
    assert services.showing(site.id, datetime(2030, 1, 10, 10, 30)) == []
    assert "ປິດປັບປຸງລະບົບ" not in client.get("/lo/").get_data(as_text=True)  # not yet
    listing = client.get("/admin/notice/").get_data(as_text=True)
    assert "ຕັ້ງເວລາໄວ້ແລ້ວ" in listing  # "Scheduled", in the editor's Lao


def test_a_banner_without_text_or_with_a_script_link_is_refused_in_lao_and_nothing_is_saved(
        app, site, client, login):
    login("editor")
    empty = banner_form(client)
    assert empty.status_code == 200
    assert "ກະລຸນາຂຽນແຈ້ງການເປັນພາສາລາວ" in empty.get_data(as_text=True)
    script = banner_form(client, text_lo="ແຈ້ງການ", link_url="javascript:alert(1)")
    assert "ກະລຸນາໃສ່ທີ່ຢູ່ທີ່ເລີ່ມຕົ້ນດ້ວຍ https://" in script.get_data(as_text=True)
    backwards = banner_form(client, text_lo="ແຈ້ງການ", starts_at="2030-01-10T08:00",
                            ends_at="2030-01-09T08:00")
    assert "ເວລາສິ້ນສຸດຕ້ອງຢູ່ຫຼັງເວລາເລີ່ມຕົ້ນ" in backwards.get_data(as_text=True)
    assert banners() == []


def test_an_editor_changes_and_deletes_a_banner(app, site, client, login):
    login("editor")
    banner_form(client, text_lo="ສະບັບທຳອິດ")
    banner_id = banners()[0].id
    page = client.get(f"/admin/notice/{banner_id}/edit").get_data(as_text=True)
    assert "ສະບັບທຳອິດ" in page
    client.post(f"/admin/notice/{banner_id}/edit", data={
        "csrf_token": csrf_token_from(page), "text_lo": "ສະບັບແກ້ໄຂ", "level": "info"})
    assert "ສະບັບແກ້ໄຂ" in client.get("/lo/").get_data(as_text=True)
    confirm = client.get(f"/admin/notice/{banner_id}/delete").get_data(as_text=True)
    response = client.post(f"/admin/notice/{banner_id}/delete",
                           data={"csrf_token": csrf_token_from(confirm)})
    assert response.status_code == 302
    assert banners() == [] and "ສະບັບແກ້ໄຂ" not in client.get("/lo/").get_data(as_text=True)


def test_authors_may_not_edit_banners_and_visitors_are_sent_to_the_login_page(
        app, site, client, login):
    assert "/admin/login" in client.get("/admin/notice/").headers["Location"]
    login("author")
    assert client.get("/admin/notice/").status_code == 403
    assert client.get("/admin/notice/new").status_code == 403


def test_editors_find_the_banner_editor_in_the_admin_menu(app, site, client, login):
    login("editor")
    html = client.get("/admin/").get_data(as_text=True)
    assert re.search(r'<a href="/admin/notice/"[^>]*>ປ້າຍແຈ້ງການ</a>', html)


def test_a_banner_of_another_site_can_neither_be_seen_nor_edited(app, site, client, login):
    from gweb.sites.services import create_site
    from plugins.notice import services

    other = create_site("other.test", {"lo": "ເວັບໄຊອື່ນ", "en": "Other"})
    _db.session.commit()
    foreign = services.save_banner(other.id, {"text_lo": "ຂອງເວັບໄຊອື່ນ"})
    here = "http://ministry.test"  # two sites now: each answers its own host
    login("editor", base_url=here)
    assert client.get(f"/admin/notice/{foreign.id}/edit", base_url=here).status_code == 404
    assert client.get(f"/admin/notice/{foreign.id}/delete", base_url=here).status_code == 404
    assert "ຂອງເວັບໄຊອື່ນ" not in client.get("/lo/", base_url=here).get_data(as_text=True)
    assert "ຂອງເວັບໄຊອື່ນ" in client.get("/lo/", base_url="http://other.test").get_data(
        as_text=True)


def test_the_home_page_only_setting_keeps_the_banner_off_other_pages(app, site, client):
    from gweb.hooks.settings import save_plugin_settings
    from plugins.notice import services

    services.save_banner(site.id, {"text_lo": "ຍິນດີຕ້ອນຮັບ"})
    save_plugin_settings(site.id, "notice", {"placement": "home"})
    assert "ຍິນດີຕ້ອນຮັບ" in client.get("/lo/").get_data(as_text=True)
    assert "ຍິນດີຕ້ອນຮັບ" not in client.get("/lo/about").get_data(as_text=True)


def test_a_site_that_switches_the_plugin_off_shows_no_banner_and_keeps_it(app, site, client):
    from gweb.hooks.manager import plugin_host
    from gweb.hooks.services import set_site_state
    from plugins.notice import services

    services.save_banner(site.id, {"text_lo": "ຍັງຢູ່"})
    set_site_state(site.id, "notice", False, plugin_host().plugin_names())
    assert "ຍັງຢູ່" not in client.get("/lo/").get_data(as_text=True)
    assert client.get("/admin/notice/").status_code == 404
    assert [b.text_lo for b in banners()] == ["ຍັງຢູ່"]  # its data is kept


def test_the_most_urgent_banner_comes_first(app, site):
    from plugins.notice import services

    now = utcnow()
    info = services.save_banner(site.id, {"text_lo": "ຂໍ້ມູນ", "level": "info"})
    urgent = services.save_banner(site.id, {"text_lo": "ດ່ວນ", "level": "urgent"})
    ended = services.save_banner(site.id, {"text_lo": "ເກົ່າ", "ends_at": now - timedelta(hours=1)})
    assert services.showing(site.id, now) == [urgent, info]
    assert ended.state(now) == "ended"


def test_the_plugins_migration_builds_exactly_the_table_its_model_describes(app):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from gweb.schema import include_object

    with _db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, _db.metadata) == []
    assert "notice_banner" in _db.metadata.tables
