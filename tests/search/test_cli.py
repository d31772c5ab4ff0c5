"""`gweb search reindex`."""
from gweb.search import services
from tests.search.helpers import make_page


def test_reindex_rebuilds_a_sites_index_with_progress(app, site, monkeypatch):
    make_page(site, "Irrigation", "", lang="en")
    services.remove_documents(site.id, "page", [str(n) for n in range(1, 1000)])
    result = app.test_cli_runner().invoke(args=["search", "reindex", "--site", "ministry.test"])
    assert result.exit_code == 0, result.output
    assert "document(s) indexed" in result.output
    assert services.search(site.id, "en", "irrigation").total == 1


def test_reindex_of_an_unknown_site_fails_in_one_line(app, site):
    result = app.test_cli_runner().invoke(args=["search", "reindex", "--site", "nowhere.test"])
    assert result.exit_code == 1
    assert "nowhere.test" in result.output


def test_reindex_forgets_the_words_no_document_holds_any_more(app, site):
    from gweb.extensions import db
    from gweb.search.models import SearchTerm

    doc = {"kind": "news", "key": "1", "lang": "en", "title": "Xylophone", "body": "",
           "url": "/en/news/1", "published_at": None}
    services.index_documents(site.id, [doc])
    make_page(site, "Irrigation", "", lang="en")
    services.remove_documents(site.id, "news", ["1"])
    known = lambda: set(db.session.scalars(db.select(SearchTerm.term)))  # noqa: E731
    assert "xylophone" in known()
    app.test_cli_runner().invoke(args=["search", "reindex", "--site", "ministry.test"])
    assert "xylophone" not in known() and "irrigation" in known()
