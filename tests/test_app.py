"""The factory: where configuration comes from, and what it refuses."""
import pytest

from gweb import create_app
from gweb.app import ConfigurationError


def test_the_app_refuses_to_start_without_a_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("GWEB_SECRET_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="gweb init"):
        create_app(instance=str(tmp_path))


def test_configuration_comes_from_instance_file_then_environment_then_arguments(tmp_path,
                                                                                monkeypatch):
    (tmp_path / "config.py").write_text("SECRET_KEY = 'from-file'\nDEFAULT_LANGUAGE = 'en'\n"
                                        "MAX_CONTENT_LENGTH = 1\n")
    monkeypatch.setenv("GWEB_MAX_CONTENT_LENGTH", "2")
    monkeypatch.setenv("GWEB_DATABASE_URL", "postgresql://u@h/db")
    app = create_app({"DEFAULT_LANGUAGE": "lo"}, instance=str(tmp_path))
    assert app.config["SECRET_KEY"] == "from-file"      # instance file over defaults
    assert app.config["MAX_CONTENT_LENGTH"] == 2        # environment over instance file
    assert app.config["DEFAULT_LANGUAGE"] == "lo"       # arguments over everything
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"


def test_the_default_database_is_sqlite_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("GWEB_DATABASE_URL", raising=False)
    app = create_app({"SECRET_KEY": "x"}, instance=str(tmp_path))
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path}/gweb.sqlite"


def test_the_database_is_set_up_for_lao_text_and_concurrent_readers(app, db):
    from sqlalchemy import text

    if db.engine.dialect.name == "sqlite":
        assert db.session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert db.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    else:
        assert db.session.execute(text("SHOW server_encoding")).scalar() == "UTF8"


def test_an_unexpected_error_shows_a_500_page_in_the_visitors_language(app, site):
    def boom():
        raise RuntimeError("secret detail")

    app.add_url_rule("/en/boom", "boom", boom)
    response = app.test_client().get("/en/boom")
    html = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong" in html and "secret detail" not in html
    assert "Traceback" not in html


def test_a_500_page_gives_the_reference_that_the_log_carries(app, site, caplog):
    def boom():
        raise RuntimeError("secret detail")

    app.add_url_rule("/en/boom", "boom", boom)
    response = app.test_client().get("/en/boom")
    reference = response.headers["X-Request-ID"]
    assert reference in response.get_data(as_text=True)
    assert any(reference in r.getMessage() for r in caplog.records)


def test_a_request_id_from_the_proxy_is_kept_when_well_formed(app, site):
    client = app.test_client()
    kept = client.get("/lo/", headers={"X-Request-ID": "proxy-abc-12345"})
    assert kept.headers["X-Request-ID"] == "proxy-abc-12345"
    forged = client.get("/lo/", headers={"X-Request-ID": "<script>"})
    assert forged.headers["X-Request-ID"] != "<script>"


def test_a_database_that_does_not_answer_gives_503_with_retry_after(tmp_path):
    from tests.conftest import make_app

    for uri in (f"sqlite:///{tmp_path}/missing-folder/gweb.sqlite",
                "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"):
        app = make_app(tmp_path, uri)
        response = app.test_client().get("/lo/")
        assert response.status_code == 503, uri
        assert response.headers["Retry-After"] == "30"
        assert "Traceback" not in response.get_data(as_text=True)


def test_every_url_is_built_as_werkzeug_builds_it_though_builders_are_compiled_late(app):
    from werkzeug.routing import Map, Rule

    from tests.conftest import sample_url

    plain = Map(converters=dict(app.url_map.converters))
    rules = list(app.url_map.iter_rules())
    for rule in rules:
        plain.add(Rule(rule.rule, endpoint=rule.endpoint, defaults=rule.defaults,
                       methods=rule.methods, strict_slashes=rule.strict_slashes))
    ours, theirs = app.url_map.bind("ministry.test"), plain.bind("ministry.test")
    for rule in rules:
        matched = ours.match(sample_url(rule), method=sorted(rule.methods)[0])
        if matched[0] != rule.endpoint:
            continue  # a rule answered by another that comes first
        values = {**matched[1], "page": 2}  # an unknown value goes to the query string
        assert ours.build(rule.endpoint, values) == theirs.build(rule.endpoint, values)
        assert ours.build(rule.endpoint, matched[1], force_external=True) == \
            theirs.build(rule.endpoint, matched[1], force_external=True)
