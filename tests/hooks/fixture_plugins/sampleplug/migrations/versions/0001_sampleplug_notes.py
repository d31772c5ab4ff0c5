"""The notes of the sample plugin.

Revision ID: sampleplug0001
"""
import sqlalchemy as sa
from alembic import op

revision = "sampleplug0001"
down_revision = None
branch_labels = ("sampleplug",)
depends_on = "0001core"


def upgrade():
    op.create_table(
        "sampleplug_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name="fk_sampleplug_note_site_id_site",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_sampleplug_note"))
    op.create_index("ix_sampleplug_note_site_id", "sampleplug_note", ["site_id"])


def downgrade():
    op.drop_index("ix_sampleplug_note_site_id", table_name="sampleplug_note")
    op.drop_table("sampleplug_note")
