"""Two-factor authentication: each user's authenticator, their recovery
codes, and each site's rule on requiring two-factor for its editors.

Revision ID: 0006totp
Revises: 0005search
Create Date: 2026-11-26 04:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006totp'
down_revision = '0005search'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('twofactor_totp',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('secret', sa.String(length=64), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(), nullable=True),
    sa.Column('last_step', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_twofactor_totp_user_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_twofactor_totp')),
    sa.UniqueConstraint('user_id', name=op.f('uq_twofactor_totp_user_id'))
    )
    op.create_table('twofactor_recovery_code',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('code_hash', sa.String(length=255), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_twofactor_recovery_code_user_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_twofactor_recovery_code'))
    )
    with op.batch_alter_table('twofactor_recovery_code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_twofactor_recovery_code_user_id'), ['user_id'], unique=False)

    op.create_table('twofactor_site_policy',
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_twofactor_site_policy_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_twofactor_site_policy'))
    )


def downgrade():
    op.drop_table('twofactor_site_policy')
    with op.batch_alter_table('twofactor_recovery_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_twofactor_recovery_code_user_id'))

    op.drop_table('twofactor_recovery_code')
    op.drop_table('twofactor_totp')
