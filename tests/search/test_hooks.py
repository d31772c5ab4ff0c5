"""The index follows every change of a page and takes plugins' content."""
import types
from datetime import timedelta

from gweb.hooks import hookimpl
from gweb.hooks.manager import plugin_host
from gweb.pages import scheduling
from gweb.pages import services as pages
from gweb.search import services
from gweb.timeutil import utcnow
from tests.search.helpers import make_page, urls


def found(site, query: str, lang: str = "lo", now=None) -> int:
    return services.search(site.id, lang, query, now=now).total


def test_a_draft_is_never_found_and_publishing_makes_it_findable(app, site):
    page = make_page(site, "ຮ່າງແຈ້ງການລັບ", "ເນື້ອໃນຮ່າງ", publish=False)
    assert found(site, "ຮ່າງແຈ້ງການລັບ") == 0
    pages.publish(page, "lo")
    assert found(site, "ຮ່າງແຈ້ງການລັບ") == 1


def test_a_saved_draft_of_a_live_page_is_not_found_until_published(app, site):
    page = make_page(site, "Notice", "zebra crossing", lang="en")
    pages.save_translation(page, "en", {"title": "Notice", "body": "giraffe crossing"})
    assert found(site, "giraffe", "en") == 0 and found(site, "zebra", "en") == 1
    pages.publish(page, "en")
    assert found(site, "giraffe", "en") == 1 and found(site, "zebra", "en") == 0


def test_unpublishing_removes_a_page_from_the_results(app, site):
    page = make_page(site, "Temporary notice", "", lang="en")
    pages.unpublish(page, "en")
    assert found(site, "temporary", "en") == 0


def test_a_scheduled_page_is_found_only_inside_its_publication_window(app, site):
    page = make_page(site, "Budget plan", "", lang="en", publish=False)
    start = utcnow() + timedelta(days=1)
    scheduling.schedule(page, "en", start, start + timedelta(days=2))
    assert found(site, "budget", "en") == 0
    assert found(site, "budget", "en", now=start + timedelta(hours=1)) == 1
    assert found(site, "budget", "en", now=start + timedelta(days=3)) == 0


def test_deleting_a_page_removes_it_and_its_children(app, site):
    parent = make_page(site, "Programmes", "", lang="en")
    make_page(site, "Irrigation programme", "", lang="en", parent=parent)
    pages.delete_page(parent)
    assert found(site, "programme", "en") == 0


def test_moving_or_renaming_a_page_updates_its_childrens_addresses(app, site):
    parent = make_page(site, "Programmes", "", lang="en")
    make_page(site, "Irrigation", "", lang="en", parent=parent)
    pages.save_translation(parent, "en", {"title": "Programmes", "slug": "projects"}, publish=True)
    assert urls(services.search(site.id, "en", "irrigation")) == ["/en/projects/irrigation"]


def test_renaming_a_page_updates_the_addresses_of_pages_two_levels_below(app, site):
    top = make_page(site, "Programmes", "", lang="en")
    middle = make_page(site, "Water", "", lang="en", parent=top)
    make_page(site, "Irrigation", "", lang="en", parent=middle)
    pages.save_translation(top, "en", {"title": "Programmes", "slug": "projects"}, publish=True)
    assert urls(services.search(site.id, "en", "irrigation")) == \
        ["/en/projects/water/irrigation"]


def test_saving_a_sections_text_analyses_only_that_section_not_the_pages_below(
        app, site, monkeypatch):
    section = make_page(site, "Programmes", "", lang="en")
    for title in ("Irrigation", "Roads", "Schools"):
        make_page(site, title, "", lang="en", parent=section)
    analysed = []
    prepare = services.analysis.prepare
    monkeypatch.setattr(services.analysis, "prepare",
                        lambda site_id, doc, languages: analysed.append(doc["key"])
                        or prepare(site_id, doc, languages))
    pages.save_translation(section, "en", {"title": "Programmes", "body": "<p>Budget</p>"},
                           publish=True)
    assert analysed == [str(section.id)]
    assert found(site, "budget", "en") == 1 and found(site, "schools", "en") == 1


def test_a_failing_index_update_never_breaks_the_save(app, site, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("index is down")

    monkeypatch.setattr(services, "sync_pages", broken)
    page = make_page(site, "Still saved", "", lang="en")
    assert page.id is not None and page.translation("en").status == "published"


def _plugin(docs=None, fails=False):
    module = types.ModuleType("search_test_plugin")

    @hookimpl
    def gweb_search_documents(site):
        if fails:
            raise RuntimeError("plugin broken")
        return docs(site)

    module.gweb_search_documents = gweb_search_documents
    return module


def news(site):
    return [{"kind": "news", "key": "7", "lang": "lo", "title": "ຂ່າວນ້ຳຖ້ວມ",
             "body": "<p>ລະດັບ<b>ນ້ຳ</b>ຂອງ</p>", "url": "/lo/news/7", "published_at": None},
            {"kind": "news", "key": "bad", "lang": "xx", "title": "", "url": "http://evil"}]


def test_reindex_takes_pages_and_every_plugins_documents_and_drops_the_stale(app, site):
    services.index_documents(site.id, [{"kind": "news", "key": "old", "lang": "lo",
                                        "title": "ຂ່າວເກົ່າຫຼາຍ", "body": "", "url": "/lo/news/old",
                                        "published_at": None}])
    plugin_host().pm.register(_plugin(news), name="search_test_plugin")
    plugin_host().pm.register(_plugin(fails=True), name="search_test_broken")
    progress = []
    count = services.reindex(site, progress=lambda done, total: progress.append((done, total)))
    assert found(site, "ນ້ຳຖ້ວມ") == 1 and found(site, "ຂ່າວເກົ່າຫຼາຍ") == 0
    assert found(site, "ກ່ຽວກັບພວກເຮົາ") >= 1  # a standard page
    assert progress[-1] == (count, count)


def test_plugins_add_replace_and_remove_their_documents(app, site):
    doc = {"kind": "news", "key": "1", "lang": "en", "title": "Dam opened", "body": "",
           "url": "/en/news/1", "published_at": None}
    services.index_documents(site.id, [doc, {**doc, "lang": "lo", "title": "ເປີດເຂື່ອນ",
                                             "url": "/lo/news/1"}])
    services.index_documents(site.id, [{**doc, "title": "Dam closed"}])
    assert found(site, "opened", "en") == 0 and found(site, "closed", "en") == 1
    services.remove_documents(site.id, "news", ["1"])
    assert found(site, "dam", "en") == 0 and found(site, "ເປີດເຂື່ອນ") == 0


def test_a_bad_document_from_a_plugin_is_refused_and_nothing_is_written(app, site):
    import pytest

    from gweb.exceptions import ValidationError

    good = {"kind": "news", "key": "1", "lang": "en", "title": "Good", "body": "",
            "url": "/en/news/1", "published_at": None}
    for bad in ({**good, "key": "2", "url": "https://elsewhere.example/x"},
                {**good, "key": "2", "lang": "fr"}, {**good, "key": "2", "title": " "},
                {**good, "key": "2", "kind": ""}):
        with pytest.raises(ValidationError):
            services.index_documents(site.id, [good, bad])
    assert found(site, "good", "en") == 0
