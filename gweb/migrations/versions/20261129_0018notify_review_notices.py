"""Each account's choice to receive e-mail notices of the review workflow
(gweb.pages.notices): on unless the person turns it off.

Revision ID: 0018notify
Revises: 0017pgscoped
Create Date: 2026-11-29 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0018notify'
down_revision = '0017pgscoped'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('review_notices', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))


def downgrade():
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('review_notices')
