"""Site search: a narrow index of what the filters of a search read (site,
language, kind, publication window and date), so that the thousand newest
candidates of a query are filtered and counted without reading their text.

Revision ID: 0007searchfast
Revises: 0006totp
Create Date: 2026-11-26 04:30:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0007searchfast'
down_revision = '0006totp'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('search_document', schema=None) as batch_op:
        batch_op.create_index('ix_search_document_candidate',
                              ['id', 'site_id', 'lang', 'kind', 'visible_from',
                               'visible_until', 'published_at'], unique=False)


def downgrade():
    with op.batch_alter_table('search_document', schema=None) as batch_op:
        batch_op.drop_index('ix_search_document_candidate')
