"""Notice banners (the notice plugin's first revision, its own branch).

Revision ID: notice_0001
Revises:
Create Date: 2026-11-26

"""
import sqlalchemy as sa
from alembic import op

revision = "notice_0001"
down_revision = None
branch_labels = ("notice",)
depends_on = "0001core"  # the site table


def upgrade():
    op.create_table(
        "notice_banner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("text_lo", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("link_url", sa.String(length=500), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_notice_banner_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_banner")),
    )
    op.create_index(op.f("ix_notice_banner_site_id"), "notice_banner", ["site_id"])


def downgrade():
    op.drop_index(op.f("ix_notice_banner_site_id"), table_name="notice_banner")
    op.drop_table("notice_banner")
