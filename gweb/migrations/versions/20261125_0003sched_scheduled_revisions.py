"""Scheduled revisions: a later version of a live page that replaces it at a set time.

Revision ID: 0003sched
Revises: 0002audit
Create Date: 2026-11-25 22:42:20.601808

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003sched'
down_revision = '0002audit'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('page_translation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scheduled_revision_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('scheduled_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_page_translation_scheduled_at'), ['scheduled_at'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_page_translation_scheduled_revision_id_page_revision'), 'page_revision', ['scheduled_revision_id'], ['id'], ondelete='SET NULL')


def downgrade():
    with op.batch_alter_table('page_translation', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_page_translation_scheduled_revision_id_page_revision'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_page_translation_scheduled_at'))
        batch_op.drop_column('scheduled_at')
        batch_op.drop_column('scheduled_revision_id')

