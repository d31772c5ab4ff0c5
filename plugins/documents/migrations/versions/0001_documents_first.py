"""Legal documents: bodies, categories, documents, relations, attachments
(the documents plugin's first revision, its own branch).

Revision ID: documents0001
Revises:
Create Date: 2026-11-27

"""
import sqlalchemy as sa
from alembic import op

revision = "documents0001"
down_revision = None
branch_labels = ("documents",)
depends_on = "0001core"  # the site and media tables


def _named(table):
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("name_lo", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f(f"fk_{table}_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    op.create_index(op.f(f"ix_{table}_site_id"), table, ["site_id"])


def upgrade():
    _named("documents_body")
    _named("documents_category")
    op.create_table(
        "documents_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("number_key", sa.String(length=60), nullable=True),
        sa.Column("issuer_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=True),
        sa.Column("comment_deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("title_lo", sa.String(length=500), nullable=False),
        sa.Column("title_en", sa.String(length=500), nullable=False),
        sa.Column("summary_lo", sa.Text(), nullable=False),
        sa.Column("summary_en", sa.Text(), nullable=False),
        sa.Column("gazette_url", sa.String(length=500), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_documents_document_site_id_site")),
        sa.ForeignKeyConstraint(["issuer_id"], ["documents_body.id"],
                                name=op.f(
                                    "fk_documents_document_issuer_id_documents_body")),
        sa.ForeignKeyConstraint(["agency_id"], ["documents_body.id"], ondelete="SET NULL",
                                name=op.f(
                                    "fk_documents_document_agency_id_documents_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents_document")),
        sa.UniqueConstraint("site_id", "doc_type", "issuer_id", "number_key",
                            name=op.f(
                                "uq_documents_document_site_id_doc_type_issuer_id_number_key")),
    )
    op.create_index(op.f("ix_documents_document_site_id"), "documents_document", ["site_id"])
    op.create_index(op.f("ix_documents_document_issuer_id"), "documents_document", ["issuer_id"])
    op.create_table(
        "documents_document_category",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents_document.id"], ondelete="CASCADE",
                                name=op.f("fk_documents_document_category_"
                                          "document_id_documents_document")),
        sa.ForeignKeyConstraint(["category_id"], ["documents_category.id"], ondelete="CASCADE",
                                name=op.f("fk_documents_document_category_"
                                          "category_id_documents_category")),
        sa.PrimaryKeyConstraint("document_id", "category_id",
                                name=op.f("pk_documents_document_category")),
    )
    op.create_index(op.f("ix_documents_document_category_category_id"),
                    "documents_document_category", ["category_id"])
    op.create_table(
        "documents_relation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("source_id <> target_id", name=op.f("ck_documents_relation_not_self")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_documents_relation_site_id_site")),
        sa.ForeignKeyConstraint(["source_id"], ["documents_document.id"], ondelete="CASCADE",
                                name=op.f(
                                    "fk_documents_relation_source_id_documents_document")),
        sa.ForeignKeyConstraint(["target_id"], ["documents_document.id"], ondelete="CASCADE",
                                name=op.f(
                                    "fk_documents_relation_target_id_documents_document")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents_relation")),
        sa.UniqueConstraint("source_id", "target_id", "kind",
                            name=op.f(
                                "uq_documents_relation_source_id_target_id_kind")),
    )
    for column in ("site_id", "source_id", "target_id"):
        op.create_index(op.f(f"ix_documents_relation_{column}"), "documents_relation", [column])
    op.create_table(
        "documents_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("media_id", sa.Integer(), nullable=False),
        sa.Column("stored_name", sa.String(length=100), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_documents_attachment_site_id_site")),
        sa.ForeignKeyConstraint(["document_id"], ["documents_document.id"], ondelete="CASCADE",
                                name=op.f(
                                    "fk_documents_attachment_document_id_documents_document")),
        sa.ForeignKeyConstraint(["media_id"], ["media.id"], ondelete="CASCADE",
                                name=op.f("fk_documents_attachment_media_id_media")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents_attachment")),
        sa.UniqueConstraint("document_id", "lang",
                            name=op.f("uq_documents_attachment_document_id_lang")),
    )
    for column in ("site_id", "document_id", "media_id"):
        op.create_index(op.f(f"ix_documents_attachment_{column}"), "documents_attachment",
                        [column])


def downgrade():
    op.drop_table("documents_attachment")
    op.drop_table("documents_relation")
    op.drop_table("documents_document_category")
    op.drop_table("documents_document")
    op.drop_table("documents_category")
    op.drop_table("documents_body")
