"""E-services, their text per language and their downtime notices (the
eservices plugin's first revision, its own branch).

Revision ID: eservices0001
Revises:
Create Date: 2026-11-26

"""
import sqlalchemy as sa
from alembic import op

revision = "eservices0001"
down_revision = None
branch_labels = ("eservices",)
depends_on = "0001core"  # the site table


def upgrade():
    op.create_table(
        "eservices_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("audiences", sa.String(length=100), nullable=False),
        sa.Column("online_url", sa.String(length=500), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_eservices_service_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eservices_service")),
    )
    op.create_index(op.f("ix_eservices_service_site_id"), "eservices_service", ["site_id"])
    op.create_table(
        "eservices_translation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("steps", sa.Text(), nullable=False),
        sa.Column("documents", sa.Text(), nullable=False),
        sa.Column("fees", sa.Text(), nullable=False),
        sa.Column("processing_time", sa.String(length=300), nullable=False),
        sa.Column("office", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["eservices_service.id"], ondelete="CASCADE",
                                name=op.f("fk_eservices_translation_service_id_eservices_service")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eservices_translation")),
        sa.UniqueConstraint("service_id", "lang",
                            name=op.f("uq_eservices_translation_service_id_lang")),
    )
    op.create_index(op.f("ix_eservices_translation_service_id"), "eservices_translation",
                    ["service_id"])
    op.create_table(
        "eservices_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("message_lo", sa.Text(), nullable=False),
        sa.Column("message_en", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_eservices_notice_site_id_site")),
        sa.ForeignKeyConstraint(["service_id"], ["eservices_service.id"], ondelete="CASCADE",
                                name=op.f("fk_eservices_notice_service_id_eservices_service")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eservices_notice")),
    )
    op.create_index(op.f("ix_eservices_notice_site_id"), "eservices_notice", ["site_id"])
    op.create_index(op.f("ix_eservices_notice_service_id"), "eservices_notice", ["service_id"])


def downgrade():
    op.drop_index(op.f("ix_eservices_notice_service_id"), table_name="eservices_notice")
    op.drop_index(op.f("ix_eservices_notice_site_id"), table_name="eservices_notice")
    op.drop_table("eservices_notice")
    op.drop_index(op.f("ix_eservices_translation_service_id"), table_name="eservices_translation")
    op.drop_table("eservices_translation")
    op.drop_index(op.f("ix_eservices_service_site_id"), table_name="eservices_service")
    op.drop_table("eservices_service")
