"""Plugins switched on or off per installation and per site, and their settings per site.

Revision ID: 0004plugins
Revises: 0003sched
Create Date: 2026-11-26 00:52:20.499788

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004plugins'
down_revision = '0003sched'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('plugin_state',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_plugin_state'))
    )
    op.create_table('plugin_setting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('plugin', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_plugin_setting_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plugin_setting')),
    sa.UniqueConstraint('site_id', 'plugin', 'name', 'lang', name=op.f('uq_plugin_setting_site_id_plugin_name_lang'))
    )
    with op.batch_alter_table('plugin_setting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plugin_setting_site_id'), ['site_id'], unique=False)

    op.create_table('site_plugin',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('plugin', sa.String(length=64), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_site_plugin_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_plugin')),
    sa.UniqueConstraint('site_id', 'plugin', name=op.f('uq_site_plugin_site_id_plugin'))
    )
    with op.batch_alter_table('site_plugin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_plugin_site_id'), ['site_id'], unique=False)



def downgrade():
    with op.batch_alter_table('site_plugin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_plugin_site_id'))

    op.drop_table('site_plugin')
    with op.batch_alter_table('plugin_setting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plugin_setting_site_id'))

    op.drop_table('plugin_setting')
    op.drop_table('plugin_state')
