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
        assert "fts" in {c["name"] for c in inspector.get_columns("search_document")}
        assert "ix_search_document_fts" in {i["name"] for i in inspector.get_indexes("search_document")}


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
