"""A migration that fails half-way.

Revision ID: badmigration0001
"""
import sqlalchemy as sa
from alembic import op

revision = "badmigration0001"
down_revision = None
branch_labels = ("badmigration",)
depends_on = "0001core"


def upgrade():
    op.create_table("badmigration_thing", sa.Column("id", sa.Integer(), primary_key=True))
    raise RuntimeError("this migration is broken")


def downgrade():
    op.drop_table("badmigration_thing")
