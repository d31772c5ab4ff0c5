"""Feedback topics, submissions and their notes (the feedback plugin's first
revision, its own branch).

Revision ID: feedback0001
Revises:
Create Date: 2026-11-26

"""
import sqlalchemy as sa
from alembic import op

revision = "feedback0001"
down_revision = None
branch_labels = ("feedback",)
depends_on = "0001core"  # the site and user tables


def upgrade():
    op.create_table(
        "feedback_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("label_lo", sa.String(length=200), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_feedback_topic_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_topic")),
    )
    op.create_index(op.f("ix_feedback_topic_site_id"), "feedback_topic", ["site_id"])

    op.create_table(
        "feedback_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=254), nullable=False),
        sa.Column("contact_kind", sa.String(length=8), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_feedback_submission_site_id_site")),
        sa.ForeignKeyConstraint(["topic_id"], ["feedback_topic.id"], ondelete="SET NULL",
                                name=op.f("fk_feedback_submission_topic_id_feedback_topic")),
        sa.ForeignKeyConstraint(["assignee_id"], ["user.id"], ondelete="SET NULL",
                                name=op.f("fk_feedback_submission_assignee_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_submission")),
        sa.UniqueConstraint("site_id", "reference", name="uq_feedback_submission_site_reference"),
        sa.UniqueConstraint("site_id", "year", "number", name="uq_feedback_submission_site_number"),
    )
    op.create_index(op.f("ix_feedback_submission_site_id"), "feedback_submission", ["site_id"])
    op.create_index(op.f("ix_feedback_submission_topic_id"), "feedback_submission", ["topic_id"])
    op.create_index(op.f("ix_feedback_submission_assignee_id"), "feedback_submission",
                    ["assignee_id"])
    op.create_index("ix_feedback_submission_site_status", "feedback_submission",
                    ["site_id", "status"])

    op.create_table(
        "feedback_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=254), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE",
                                name=op.f("fk_feedback_note_site_id_site")),
        sa.ForeignKeyConstraint(["submission_id"], ["feedback_submission.id"], ondelete="CASCADE",
                                name=op.f("fk_feedback_note_submission_id_feedback_submission")),
        sa.ForeignKeyConstraint(["author_id"], ["user.id"], ondelete="SET NULL",
                                name=op.f("fk_feedback_note_author_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_note")),
    )
    op.create_index(op.f("ix_feedback_note_site_id"), "feedback_note", ["site_id"])
    op.create_index(op.f("ix_feedback_note_submission_id"), "feedback_note", ["submission_id"])


def downgrade():
    op.drop_index(op.f("ix_feedback_note_submission_id"), table_name="feedback_note")
    op.drop_index(op.f("ix_feedback_note_site_id"), table_name="feedback_note")
    op.drop_table("feedback_note")
    op.drop_index("ix_feedback_submission_site_status", table_name="feedback_submission")
    op.drop_index(op.f("ix_feedback_submission_assignee_id"), table_name="feedback_submission")
    op.drop_index(op.f("ix_feedback_submission_topic_id"), table_name="feedback_submission")
    op.drop_index(op.f("ix_feedback_submission_site_id"), table_name="feedback_submission")
    op.drop_table("feedback_submission")
    op.drop_index(op.f("ix_feedback_topic_site_id"), table_name="feedback_topic")
    op.drop_table("feedback_topic")
