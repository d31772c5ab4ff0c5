"""News articles and their text per language (the news plugin's first
revision, its own branch).

Revision ID: news0001
Revises:
Create Date: 2026-11-26

"""
import sqlalchemy as sa
from alembic import op

revision = "news0001"
down_revision = None
branch_labels = ("news",)
depends_on = "0001core"  # the site, media and user tables


def upgrade():
    op.create_table(
        "news_article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("image_id", sa.Integer(), nullable=True),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("publish_at", sa.DateTime(), nullable=False),
        sa.Column("pinned_until", sa.DateTime(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_news_article_site_id_site")),
        sa.ForeignKeyConstraint(["image_id"], ["media.id"], ondelete="SET NULL",
                                name=op.f("fk_news_article_image_id_media")),
        sa.ForeignKeyConstraint(["author_id"], ["user.id"], ondelete="SET NULL",
                                name=op.f("fk_news_article_author_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_news_article")),
    )
    op.create_index(op.f("ix_news_article_site_id"), "news_article", ["site_id"])
    op.create_index(op.f("ix_news_article_publish_at"), "news_article", ["publish_at"])
    op.create_table(
        "news_translation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["news_article.id"], ondelete="CASCADE",
                                name=op.f("fk_news_translation_article_id_news_article")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_news_translation")),
        sa.UniqueConstraint("article_id", "lang", name=op.f("uq_news_translation_article_id_lang")),
    )
    op.create_index(op.f("ix_news_translation_article_id"), "news_translation", ["article_id"])


def downgrade():
    op.drop_index(op.f("ix_news_translation_article_id"), table_name="news_translation")
    op.drop_table("news_translation")
    op.drop_index(op.f("ix_news_article_publish_at"), table_name="news_article")
    op.drop_index(op.f("ix_news_article_site_id"), table_name="news_article")
    op.drop_table("news_article")
