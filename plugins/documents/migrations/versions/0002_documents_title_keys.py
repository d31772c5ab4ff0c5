"""Collation keys of the titles, and indexes in the public list's orders
(issue date, title in Lao, title in English), so the list is ordered and
paged in SQL instead of reading every document of the site on every page
(the documents plugin's branch).

Existing documents get their keys here, through ICU, as saving them would.

Revision ID: documents0002
Revises: documents0001
Create Date: 2026-11-26

"""
import sqlalchemy as sa
from alembic import op

revision = "documents0002"
down_revision = "documents0001"
branch_labels = None
depends_on = None

BATCH = 500
INDEXES = (("ix_documents_document_list_date", "issue_date"),
           ("ix_documents_document_list_title_lo", "title_key_lo"),
           ("ix_documents_document_list_title_en", "title_key_en"))


def upgrade():
    from gweb.text.collate import sort_key

    with op.batch_alter_table("documents_document") as batch:
        batch.add_column(sa.Column("title_key_lo", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("title_key_en", sa.LargeBinary(), nullable=True))
    documents = sa.table("documents_document", sa.column("id", sa.Integer),
                         sa.column("title_lo", sa.String), sa.column("title_en", sa.String),
                         sa.column("title_key_lo", sa.LargeBinary),
                         sa.column("title_key_en", sa.LargeBinary))
    connection = op.get_bind()
    rows = connection.execute(sa.select(documents.c.id, documents.c.title_lo,
                                        documents.c.title_en)).all()
    update = documents.update().where(documents.c.id == sa.bindparam("key_id")).values(
        title_key_lo=sa.bindparam("lo"), title_key_en=sa.bindparam("en"))
    for start in range(0, len(rows), BATCH):
        # The title shown in a language falls back to the other one (LegalDocument.title).
        connection.execute(update, [
            {"key_id": row.id, "lo": sort_key(row.title_lo or row.title_en, "lo"),
             "en": sort_key(row.title_en or row.title_lo, "en")}
            for row in rows[start:start + BATCH]])
    for name, column in INDEXES:
        op.create_index(name, "documents_document", ["site_id", "published", column])


def downgrade():
    for name, _column in INDEXES:
        op.drop_index(name, table_name="documents_document")
    with op.batch_alter_table("documents_document") as batch:
        batch.drop_column("title_key_en")
        batch.drop_column("title_key_lo")
