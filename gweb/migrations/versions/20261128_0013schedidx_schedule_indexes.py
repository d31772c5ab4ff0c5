"""Indexes for a site's next scheduled change: the earliest publish,
unpublish and scheduled-revision times of its page texts were read by
scanning every page text of the site (100 ms on a 10,000-page site; the
index of scheduled_at alone, from 0003sched, was not chosen), which happens
after every change of the site.

Revision ID: 0013schedidx
Revises: 0012pgsearch
Create Date: 2026-11-26 14:50:00.000000

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0013schedidx'
down_revision = '0012pgsearch'
branch_labels = None
depends_on = None

COLUMNS = ("publish_at", "unpublish_at", "scheduled_at")


def upgrade():
    for column in COLUMNS:
        op.create_index(f"ix_page_translation_site_{column}", "page_translation", ["site_id", column])


def downgrade():
    for column in COLUMNS:
        op.drop_index(f"ix_page_translation_site_{column}", table_name="page_translation")
