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
