"""The core schema: sites, users, media, pages with translations and revisions, menus.

Revision ID: 0001core
Revises: 
Create Date: 2026-11-25 22:11:36.544683

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0001core'
down_revision = None
branch_labels = ('gweb',)
depends_on = None


def upgrade():
    op.create_table('site',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('default_lang', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('phone', sa.String(length=64), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site'))
    )
    op.create_table('user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('is_superadmin', sa.Boolean(), nullable=False),
    sa.Column('ui_lang', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user')),
    sa.UniqueConstraint('email', name=op.f('uq_user_email'))
    )
    op.create_table('media',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('stored_name', sa.String(length=100), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_media_site_id_site'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['user.id'], name=op.f('fk_media_uploaded_by_id_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_media')),
    sa.UniqueConstraint('stored_name', name=op.f('uq_media_stored_name'))
    )
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_media_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_site_id'), ['site_id'], unique=False)

    op.create_table('menu',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_menu_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_menu')),
    sa.UniqueConstraint('site_id', 'key', name=op.f('uq_menu_site_id_key'))
    )
    with op.batch_alter_table('menu', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_menu_site_id'), ['site_id'], unique=False)

    op.create_table('page',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=True),
    sa.Column('show_in_menus', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['page.id'], name=op.f('fk_page_parent_id_page'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_page_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_page')),
    sa.UniqueConstraint('site_id', 'key', name=op.f('uq_page_site_id_key'))
    )
    with op.batch_alter_table('page', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_page_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_page_site_id'), ['site_id'], unique=False)

    op.create_table('site_domain',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('domain', sa.String(length=253), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_site_domain_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_domain')),
    sa.UniqueConstraint('domain', name=op.f('uq_site_domain_domain'))
    )
    with op.batch_alter_table('site_domain', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_domain_site_id'), ['site_id'], unique=False)

    op.create_table('site_role',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_site_role_site_id_site'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_site_role_user_id_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_role')),
    sa.UniqueConstraint('user_id', 'site_id', name=op.f('uq_site_role_user_id_site_id'))
    )
    with op.batch_alter_table('site_role', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_role_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_role_user_id'), ['user_id'], unique=False)

    op.create_table('site_translation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('tagline', sa.String(length=300), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('office_hours', sa.String(length=200), nullable=False),
    sa.Column('logo_media_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['logo_media_id'], ['media.id'], name=op.f('fk_site_translation_logo_media_id_media'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_site_translation_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_translation')),
    sa.UniqueConstraint('site_id', 'lang', name=op.f('uq_site_translation_site_id_lang'))
    )
    with op.batch_alter_table('site_translation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_translation_site_id'), ['site_id'], unique=False)

    op.create_table('media_translation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('media_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('alt', sa.String(length=500), nullable=False),
    sa.Column('caption', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['media_id'], ['media.id'], name=op.f('fk_media_translation_media_id_media'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_media_translation')),
    sa.UniqueConstraint('media_id', 'lang', name=op.f('uq_media_translation_media_id_lang'))
    )
    with op.batch_alter_table('media_translation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_media_translation_media_id'), ['media_id'], unique=False)

    op.create_table('menu_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('menu_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['menu_id'], ['menu.id'], name=op.f('fk_menu_item_menu_id_menu'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['page_id'], ['page.id'], name=op.f('fk_menu_item_page_id_page'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_menu_item_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_menu_item'))
    )
    with op.batch_alter_table('menu_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_menu_item_menu_id'), ['menu_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_menu_item_site_id'), ['site_id'], unique=False)

    op.create_table('page_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('meta_description', sa.String(length=320), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user.id'], name=op.f('fk_page_revision_author_id_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['page_id'], ['page.id'], name=op.f('fk_page_revision_page_id_page'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_page_revision_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_page_revision'))
    )
    with op.batch_alter_table('page_revision', schema=None) as batch_op:
        batch_op.create_index('ix_page_revision_page_lang', ['page_id', 'lang'], unique=False)
        batch_op.create_index(batch_op.f('ix_page_revision_site_id'), ['site_id'], unique=False)

    op.create_table('page_translation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('path', sa.String(length=1000), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('meta_description', sa.String(length=320), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('publish_at', sa.DateTime(), nullable=True),
    sa.Column('unpublish_at', sa.DateTime(), nullable=True),
    sa.Column('first_published_at', sa.DateTime(), nullable=True),
    sa.Column('last_published_at', sa.DateTime(), nullable=True),
    sa.Column('has_unpublished_changes', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['page_id'], ['page.id'], name=op.f('fk_page_translation_page_id_page'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_page_translation_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_page_translation')),
    sa.UniqueConstraint('page_id', 'lang', name=op.f('uq_page_translation_page_id_lang')),
    sa.UniqueConstraint('site_id', 'lang', 'path', name=op.f('uq_page_translation_site_id_lang_path'))
    )
    with op.batch_alter_table('page_translation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_page_translation_page_id'), ['page_id'], unique=False)
        batch_op.create_index('ix_page_translation_visible', ['site_id', 'lang', 'status'], unique=False)

    op.create_table('menu_item_translation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['menu_item.id'], name=op.f('fk_menu_item_translation_item_id_menu_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_menu_item_translation')),
    sa.UniqueConstraint('item_id', 'lang', name=op.f('uq_menu_item_translation_item_id_lang'))
    )
    with op.batch_alter_table('menu_item_translation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_menu_item_translation_item_id'), ['item_id'], unique=False)



def downgrade():
    with op.batch_alter_table('menu_item_translation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_menu_item_translation_item_id'))

    op.drop_table('menu_item_translation')
    with op.batch_alter_table('page_translation', schema=None) as batch_op:
        batch_op.drop_index('ix_page_translation_visible')
        batch_op.drop_index(batch_op.f('ix_page_translation_page_id'))

    op.drop_table('page_translation')
    with op.batch_alter_table('page_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_page_revision_site_id'))
        batch_op.drop_index('ix_page_revision_page_lang')

    op.drop_table('page_revision')
    with op.batch_alter_table('menu_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_menu_item_site_id'))
        batch_op.drop_index(batch_op.f('ix_menu_item_menu_id'))

    op.drop_table('menu_item')
    with op.batch_alter_table('media_translation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_translation_media_id'))

    op.drop_table('media_translation')
    with op.batch_alter_table('site_translation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_translation_site_id'))

    op.drop_table('site_translation')
    with op.batch_alter_table('site_role', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_role_user_id'))
        batch_op.drop_index(batch_op.f('ix_site_role_site_id'))

    op.drop_table('site_role')
    with op.batch_alter_table('site_domain', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_domain_site_id'))

    op.drop_table('site_domain')
    with op.batch_alter_table('page', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_page_site_id'))
        batch_op.drop_index(batch_op.f('ix_page_parent_id'))

    op.drop_table('page')
    with op.batch_alter_table('menu', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_menu_site_id'))

    op.drop_table('menu')
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_site_id'))
        batch_op.drop_index(batch_op.f('ix_media_sha256'))

    op.drop_table('media')
    op.drop_table('user')
    op.drop_table('site')
