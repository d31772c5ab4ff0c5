"""The mail outbox: one row per e-mail to one recipient (gweb.mail).

Revision ID: 0016mail
Revises: 0013schedidx
Create Date: 2026-11-26 16:40:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0016mail'
down_revision = '0013schedidx'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=500), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mail_outbox_site_id", "mail_outbox", ["site_id"])
    op.create_index("ix_mail_outbox_status_due", "mail_outbox", ["status", "next_attempt_at"])


def downgrade():
    op.drop_index("ix_mail_outbox_status_due", table_name="mail_outbox")
    op.drop_index("ix_mail_outbox_site_id", table_name="mail_outbox")
    op.drop_table("mail_outbox")
