"""Migration 0005search builds the search model plus its full-text index."""
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from gweb.extensions import db
from gweb.search.models import is_index_structure


def _include(obj, name, type_, reflected, compare_to):
    """Only search_document, without the index structures the models leave out."""
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return table == "search_document" and not is_index_structure(name, type_, table)


def test_the_migrated_schema_is_the_model_plus_the_index_structures(app):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _include})
        assert compare_metadata(context, db.metadata) == []
    inspector = sa.inspect(db.engine)
    if db.engine.dialect.name == "sqlite":
        assert "search_fts" in inspector.get_table_names()
    else:
        indexes = {i["name"] for i in inspector.get_indexes("search_document")}
        assert "ix_search_document_terms" in indexes


def test_deleting_a_site_takes_its_search_documents_and_index_entries(app, site):
    from gweb.search import services
    from gweb.sites.models import Site

    services.index_documents(site.id, [{"kind": "news", "key": "1", "lang": "en", "title": "Gone",
                                        "body": "", "url": "/en/news/1", "published_at": None}])
    db.session.delete(db.session.get(Site, site.id))
    db.session.commit()
    assert db.session.scalar(sa.text("SELECT count(*) FROM search_document")) == 0
    if db.engine.dialect.name == "sqlite":
        assert db.session.scalar(sa.text(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"gone\"'")) == 0


def test_migration_0008_converts_indexed_rows_and_downgrades_to_the_old_columns(
        pg_or_sqlite_empty):
    import flask_migrate

    from gweb.schema import upgrade_all
    from gweb.search import services

    _at_revision_with_a_site("0007searchfast")
    with db.engine.begin() as conn:
        # As 0005search stored it: words, then the syllables of the Lao words.
        conn.execute(sa.text(
            "INSERT INTO search_document (id, site_id, kind, key, lang, title, body, url,"
            " title_terms, body_terms, title_parts, body_parts, indexed_at) VALUES"
            " (1, 1, 'news', '1', 'lo', 'ນະຄອນຫຼວງວຽງຈັນ 2026', 'ກອງປະຊຸມ', '/lo/news/1',"
            " 'ນະຄອນຫຼວງວຽງຈັນ 2026', 'ກອງປະຊຸມ', 'ນະ ຄອນ ຫຼວງ ວຽງ ຈັນ', 'ກອງ ປະ ຊຸມ',"
            " CURRENT_TIMESTAMP)"))
    upgrade_all(pg_or_sqlite_empty)
    assert db.session.scalar(sa.text("SELECT title_terms FROM search_document")) == \
        "ນະ-ຄອນ-ຫຼວງ-ວຽງ-ຈັນ 2026"
    for query in ("ວຽງຈັນ", "ນະຄອນຫຼວງວຽງຈັນ", "ກອງປະ", "2026"):
        assert services.search(1, "lo", query).total == 1, query
    db.session.remove()

    flask_migrate.downgrade(revision="0007searchfast")
    row = db.session.execute(sa.text(
        "SELECT title_terms, title_parts, body_parts FROM search_document")).one()
    assert tuple(row) == ("ນະຄອນຫຼວງວຽງຈັນ 2026", "ນະ ຄອນ ຫຼວງ ວຽງ ຈັນ", "ກອງ ປະ ຊຸມ")
    if db.engine.dialect.name == "sqlite":
        old_match = "SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"ວຽງ ຈັນ\"'"
    else:
        old_match = "SELECT count(*) FROM search_document WHERE fts @@ 'ວຽງ <-> ຈັນ'::tsquery"
    assert db.session.scalar(sa.text(old_match)) == 1
    db.session.remove()

    upgrade_all(pg_or_sqlite_empty)
    assert services.search(1, "lo", "ວຽງຈັນ ").total == 1
    assert _differences_from_models() == []


def _at_revision_with_a_site(revision: str) -> None:
    """The empty database migrated to `revision`, holding site 1 (written as
    raw SQL: the models are ahead of the revision)."""
    import flask_migrate

    from gweb.schema import migrations

    migrations()  # Flask-Migrate is set up on first use only
    flask_migrate.upgrade(revision=revision)
    with db.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO site (id, default_lang, status, settings, phone, email, created_at)"
            " VALUES (1, 'lo', 'active', '{}', '', '', CURRENT_TIMESTAMP)"))


def _insert_lao_row(title: str, body: str, title_terms: str, body_terms: str) -> None:
    """Search document 1000 of site 1, written as raw SQL with its stored terms."""
    with db.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO search_document (id, site_id, kind, key, lang, title, body, url,"
            " title_terms, body_terms, indexed_at) VALUES (1000, 1, 'news', '1', 'lo',"
            " :title, :body, '/lo/news/1', :title_terms, :body_terms, CURRENT_TIMESTAMP)"),
            {"title": title, "body": body, "title_terms": title_terms, "body_terms": body_terms})


def _fts_count(match: str) -> int:
    """How many rows of SQLite's search_fts match `match`."""
    return db.session.scalar(sa.text(
        "SELECT count(*) FROM search_fts WHERE search_fts MATCH :m"), {"m": match})


def _differences_from_models():
    from gweb.schema import include_object

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        return compare_metadata(context, db.metadata)


def test_migration_0009_keeps_syllables_apart_from_words_on_sqlite_and_downgrades(
        pg_or_sqlite_empty):
    import flask_migrate

    from gweb.schema import upgrade_all
    from gweb.search import services

    _at_revision_with_a_site("0008searchlean")
    # As 0008searchlean stores it: Lao syllables joined by "-", and the vocabulary.
    _insert_lao_row("ນະຄອນຫຼວງວຽງຈັນ", "ການເງິນ", "ນະ-ຄອນ-ຫຼວງ-ວຽງ-ຈັນ", "ການ-ເງິນ")
    with db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO search_term (site_id, lang, term) VALUES (1, 'lo', :t)"),
                     [{"t": t} for t in ("ນະຄອນຫຼວງວຽງຈັນ", "ການເງິນ", "ນະ", "ຄອນ", "ຫຼວງ", "ວຽງ",
                                         "ຈັນ", "ການ", "ເງິນ")])
    sqlite, fts = db.engine.dialect.name == "sqlite", _fts_count
    flask_migrate.upgrade(revision="0009searchsyl")
    if sqlite:
        # ການ stands in the body as a syllable only, ການເງິນ as a word.
        assert fts('{title body} : "ການ"') == 0 and fts('{tparts bparts} : "ໆການ"') == 1
        assert fts('{title body} : "ການເງິນ"') == 1
    db.session.remove()
    upgrade_all(pg_or_sqlite_empty)
    for query in ("ວຽງຈັນ", "ນະຄອນຫຼວງວຽງຈັນ", "ການເງິນ", "ເງິນ", "ວຽງຈັນ "):
        assert services.search(1, "lo", query).total == 1, query
    db.session.remove()

    flask_migrate.downgrade(revision="0008searchlean")
    if sqlite:
        assert fts('{tparts bparts} : "ວຽງ ຈັນ"') == 1 and fts('{tparts bparts} : "ໆວຽງ"') == 0
    db.session.remove()

    upgrade_all(pg_or_sqlite_empty)
    assert services.search(1, "lo", "ວຽງຈັນ").total == 1
    services.index_documents(1, [{"kind": "news", "key": "2", "lang": "lo", "title": "ກົມປ່າໄມ້",
                                  "body": "", "url": "/lo/news/2", "published_at": None}])
    assert services.search(1, "lo", "ປ່າ ").total == 1  # a new row takes the new form
    assert _differences_from_models() == []


def test_migration_0011_indexes_pairs_of_lao_words_in_one_column_on_sqlite_and_downgrades(
        pg_or_sqlite_empty):
    import flask_migrate

    from gweb.schema import upgrade_all
    from gweb.search import services

    _at_revision_with_a_site("0010totpseal")
    _insert_lao_row("ກະຊວງການເງິນ", "ກອງປະຊຸມ 2026 ແຂວງ", "ກະ-ຊວງ ການ-ເງິນ", "ກອງ-ປະ-ຊຸມ 2026 ແຂວງ")
    sqlite, fts = db.engine.dialect.name == "sqlite", _fts_count
    upgrade_all(pg_or_sqlite_empty)
    for query in ('"ກະຊວງ ການເງິນ"', "ກະຊວງການເງິນ ", "ປະຊຸມ ", "2026 ", "ແຂວງ "):
        assert services.search(1, "lo", query).total == 1, query
    if sqlite:
        assert fts('"໐ກະຊວງໆການເງິນ"') == 1 and fts('"ໆການ ໆເງິນ"') == 1
    db.session.remove()

    flask_migrate.downgrade(revision="0010totpseal")
    if sqlite:
        assert fts('{title body} : "ກະຊວງ ການເງິນ"') == 1 and fts('scope : "s1lo"') == 1
    db.session.remove()

    upgrade_all(pg_or_sqlite_empty)
    assert services.search(1, "lo", '"ກະຊວງ ການເງິນ"').total == 1
    assert _differences_from_models() == []


def test_rows_changed_by_a_plain_database_connection_leave_nothing_behind_in_the_index(app, site):
    """The index needs nothing of the application: the sqlite3 shell or a
    script updating or deleting rows takes out exactly the tokens that went in."""
    import sqlite3

    from gweb.search import services

    services.index_documents(site.id, [
        {"kind": "news", "key": str(n), "lang": "lo", "title": "ກະຊວງການເງິນ ແຂວງ",
         "body": "ກອງປະຊຸມ 2026 ກອງປະຊຸມ Budget ກະຊວງກະສິກຳ", "url": f"/lo/news/{n}",
         "published_at": None} for n in range(3)])
    db.session.commit()
    statements = ("UPDATE search_document SET body_terms = 'ໃໝ່' WHERE key = '0'",
                  "DELETE FROM search_document")
    if db.engine.dialect.name != "sqlite":
        with db.engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
        assert services.search(site.id, "lo", '"ກະຊວງ ການເງິນ"').total == 0
        return
    path = db.engine.url.database
    db.session.remove()
    db.engine.dispose()
    with sqlite3.connect(path) as plain:
        for statement in statements:
            plain.execute(statement)
        plain.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_fts, 'row')")
        assert plain.execute("SELECT count(*) FROM temp.terms").fetchone()[0] == 0


def test_migration_0012_indexes_postgres_terms_through_functions_and_downgrades_to_vectors(
        pg_or_sqlite_empty):
    import flask_migrate

    from gweb.schema import upgrade_all
    from gweb.search import services

    _at_revision_with_a_site("0010totpseal")
    with db.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO search_document (id, site_id, kind, key, lang, title, body, url,"
            " title_terms, body_terms, indexed_at) VALUES (1000, 1, 'news', '1', 'lo',"
            " 'ນະຄອນຫຼວງວຽງຈັນ', 'ກອງປະຊຸມ ministry of finance', '/lo/news/1',"
            " 'ນະ-ຄອນ-ຫຼວງ-ວຽງ-ຈັນ', 'ກອງ-ປະ-ຊຸມ ministry of finance', CURRENT_TIMESTAMP)"))
        conn.execute(sa.text("INSERT INTO search_term (site_id, lang, term) VALUES (1, 'lo', :t)"),
                     [{"t": t} for t in ("ນະຄອນຫຼວງວຽງຈັນ", "ກອງປະຊຸມ", "ນະ", "ຄອນ", "ຫຼວງ", "ວຽງ",
                                         "ຈັນ", "ກອງ", "ປະ", "ຊຸມ", "ministry", "of", "finance")])
    postgres = db.engine.dialect.name == "postgresql"

    def columns() -> set[str]:
        return {c["name"] for c in sa.inspect(db.engine).get_columns("search_document")}

    flask_migrate.upgrade(revision="0016mail")
    if postgres:
        assert not {"fts_words", "fts_syllables"} & columns()
        assert db.session.scalar(sa.text(
            "SELECT count(*) FROM search_document"
            " WHERE gweb_search_syllables(title_terms, body_terms) @@ '''ວຽງ ຈັນ'''")) == 1
    db.session.remove()

    flask_migrate.downgrade(revision="0011searchpairs")
    if postgres:
        assert {"fts_words", "fts_syllables"} <= columns()
        assert db.session.scalar(sa.text(
            "SELECT count(*) FROM search_document WHERE fts_syllables @@ 'ວຽງ <-> ຈັນ'")) == 1
    db.session.remove()

    upgrade_all(pg_or_sqlite_empty)
    assert services.search(1, "lo", "ວຽງຈັນ ").total == 1
    assert _differences_from_models() == []


def _insert_document(doc_id: int, site_id: int, lang: str, terms: str) -> None:
    """A news item of `site_id` in `lang` with the id given, written as raw
    SQL (its title is its terms, its body empty)."""
    with db.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO search_document (id, site_id, kind, key, lang, title, body, url,"
            " title_terms, body_terms, indexed_at) VALUES (:id, :site, 'news', :key, :lang,"
            " :text, '', :url, :terms, '', CURRENT_TIMESTAMP)"),
            {"id": doc_id, "site": site_id, "key": str(doc_id), "lang": lang,
             "text": terms.replace("-", ""), "url": f"/{lang}/news/{doc_id}", "terms": terms})


def test_migration_0017_scopes_postgres_lexemes_to_site_language_and_ids_and_downgrades(
        pg_or_sqlite_empty):
    """Rows far apart in id (in other ranges of the index's scopes), of two
    sites and two languages: each search finds its own site's rows in its
    language, newest first, by every way of matching."""
    import flask_migrate

    from gweb.schema import upgrade_all
    from gweb.search import services

    _at_revision_with_a_site("0016mail")
    with db.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO site (id, default_lang, status, settings, phone, email, created_at)"
            " VALUES (2, 'lo', 'active', '{}', '', '', CURRENT_TIMESTAMP)"))
    for doc_id in (5, 40_000, 70_000, 200_000):
        _insert_document(doc_id, 1, "lo", "ກອງ-ປະ-ຊຸມ ວຽງ-ຈັນ")
    _insert_document(100_000, 2, "lo", "ກອງ-ປະ-ຊຸມ ວຽງ-ຈັນ")
    _insert_document(100_001, 1, "en", "meeting ກອງ-ປະ-ຊຸມ")
    with db.engine.begin() as conn:  # the vocabulary, for words being typed
        conn.execute(sa.text("INSERT INTO search_term (site_id, lang, term) VALUES (:s, :l, :t)"),
                     [{"s": s, "l": lang, "t": t} for s, lang in ((1, "lo"), (2, "lo"), (1, "en"))
                      for t in ("ກອງປະຊຸມ", "ວຽງຈັນ", "ກອງ", "ປະ", "ຊຸມ", "ວຽງ", "ຈັນ", "meeting")])
    postgres = db.engine.dialect.name == "postgresql"

    def found(site_id: int, lang: str, query: str) -> list[str]:
        return [hit.url for hit in services.search(site_id, lang, query, per_page=10).hits]

    upgrade_all(pg_or_sqlite_empty)
    # A word, a syllable inside it, a word being typed, a phrase, a run of
    # syllables across two words.
    newest_first = [f"/lo/news/{i}" for i in (200_000, 70_000, 40_000, 5)]
    for query in ("ກອງປະຊຸມ ", "ປະຊຸມ ", "ກອງປະ", '"ກອງປະຊຸມ ວຽງຈັນ" ', "ຊຸມວຽງ "):
        assert found(1, "lo", query) == newest_first, query
    assert found(2, "lo", "ກອງປະຊຸມ ") == ["/lo/news/100000"]
    assert found(1, "en", "ກອງປະຊຸມ ") == ["/en/news/100001"]
    assert found(1, "en", "meet") == ["/en/news/100001"]
    if postgres:
        def rows(lexeme: str) -> int:
            return db.session.scalar(sa.text(
                "SELECT count(*) FROM search_document WHERE gweb_search_terms("
                "gweb_search_scope(site_id, lang, id), title_terms, body_terms)"
                " @@ CAST(:q AS tsquery)"), {"q": f"'{lexeme}'"})

        # Each lexeme begins with the site, the language and id >> 14; a
        # word then with '='.
        assert {n for n in range(20) if rows(f"1.lo.{n}:ປະ ຊຸມ")} == {0, 2, 4, 12}
        assert rows("2.lo.6:ປະ ຊຸມ") == 1
        assert rows("1.lo.4:=ກອງປະຊຸມ") == 1
        assert rows("1.lo.4:ກອງປະຊຸມ") == 0
        assert rows("1.en.6:=meeting") == 1
        # Words that are not Lao are not syllables: nothing asks for them so.
        assert rows("1.en.6:meeting") == 0
    db.session.remove()

    flask_migrate.downgrade(revision="0016mail")
    if postgres:
        assert db.session.scalar(sa.text(
            "SELECT count(*) FROM search_document"
            " WHERE gweb_search_syllables(title_terms, body_terms) @@ '''ປະ ຊຸມ'''")) == 6
    db.session.remove()

    upgrade_all(pg_or_sqlite_empty)
    assert found(1, "lo", "ປະຊຸມ ") == newest_first
    assert _differences_from_models() == []
