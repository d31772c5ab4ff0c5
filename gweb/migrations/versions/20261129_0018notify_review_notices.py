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
    # Not in batch mode: on SQLite that copies the table and drops the old
    # one, and dropping "user" with foreign keys on deletes every row that
    # cascades from it (roles, two-factor devices). SQLite adds a column
    # with a constant default in place.
    op.add_column('user', sa.Column('review_notices', sa.Boolean(), nullable=False,
                                    server_default=sa.true()))


def downgrade():
    if op.get_bind().dialect.name == 'sqlite':
        # In place too (SQLite 3.35 and later), for the same reason.
        op.execute('ALTER TABLE "user" DROP COLUMN review_notices')
    else:
        op.drop_column('user', 'review_notices')
