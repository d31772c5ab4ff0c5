"""Site search: the search_document table and its full-text index (FTS5 on
SQLite, a generated tsvector with a GIN index on PostgreSQL).

Revision ID: 0005search
Revises: 0004plugins
Create Date: 2026-11-26 12:00:00.000000

Hand-written: the index structures differ by database and are not in the
models (gweb.search.models.is_index_structure names them). Both index the
same segmented, normalised text (gweb.text.normalize), so that both behave
the same; the text is filled by `gweb search reindex` or on the next save.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005search'
down_revision = '0004plugins'
branch_labels = None
depends_on = None

# Lao vowel signs and tone marks are combining marks (M*): the default
# unicode61 tokenizer would cut words at them and find ລິດ for ລັດ.
SQLITE_FTS = """
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, tparts, bparts, scope,
    content='', tokenize="unicode61 categories 'L* N* Co M*'")
"""
SQLITE_TRIGGERS = (
    """CREATE TRIGGER search_document_fts_insert AFTER INSERT ON search_document BEGIN
        INSERT INTO search_fts(rowid, title, body, tparts, bparts, scope)
        VALUES (new.id, new.title_terms, new.body_terms, new.title_parts, new.body_parts,
                's' || new.site_id || new.lang);
    END""",
    """CREATE TRIGGER search_document_fts_delete AFTER DELETE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, body, tparts, bparts, scope)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.title_parts,
                old.body_parts, 's' || old.site_id || old.lang);
    END""",
    """CREATE TRIGGER search_document_fts_update AFTER UPDATE OF
        title_terms, body_terms, title_parts, body_parts, site_id, lang ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, body, tparts, bparts, scope)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.title_parts,
                old.body_parts, 's' || old.site_id || old.lang);
        INSERT INTO search_fts(rowid, title, body, tparts, bparts, scope)
        VALUES (new.id, new.title_terms, new.body_terms, new.title_parts, new.body_parts,
                's' || new.site_id || new.lang);
    END""",
)
# Weights: A title words, B body words, C title syllables, D body syllables.
# Syllables come before the body's words: PostgreSQL caps positions at 16383,
# and phrase matching inside long Lao words needs the syllables' positions.
POSTGRES_FTS = """
ALTER TABLE search_document ADD COLUMN fts tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
    || setweight(to_tsvector('simple'::regconfig, title_parts), 'C')
    || setweight(to_tsvector('simple'::regconfig, body_parts), 'D')
    || setweight(to_tsvector('simple'::regconfig, body_terms), 'B')) STORED
"""


def upgrade():
    op.create_table('search_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('visible_from', sa.DateTime(), nullable=True),
    sa.Column('visible_until', sa.DateTime(), nullable=True),
    sa.Column('title_terms', sa.Text(), nullable=False),
    sa.Column('body_terms', sa.Text(), nullable=False),
    sa.Column('title_parts', sa.Text(), nullable=False),
    sa.Column('body_parts', sa.Text(), nullable=False),
    sa.Column('indexed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_search_document_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_document')),
    sa.UniqueConstraint('site_id', 'kind', 'key', 'lang', name=op.f('uq_search_document_site_id_kind_key_lang'))
    )
    with op.batch_alter_table('search_document', schema=None) as batch_op:
        batch_op.create_index('ix_search_document_scope', ['site_id', 'lang', 'kind'], unique=False)

    if op.get_bind().dialect.name == 'sqlite':
        op.execute(SQLITE_FTS)
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
    elif op.get_bind().dialect.name == 'postgresql':
        op.execute(POSTGRES_FTS)
        op.execute('CREATE INDEX ix_search_document_fts ON search_document USING gin (fts)')


def downgrade():
    if op.get_bind().dialect.name == 'sqlite':
        for name in ('insert', 'delete', 'update'):
            op.execute(f'DROP TRIGGER IF EXISTS search_document_fts_{name}')
        op.execute('DROP TABLE IF EXISTS search_fts')
    with op.batch_alter_table('search_document', schema=None) as batch_op:
        batch_op.drop_index('ix_search_document_scope')

    op.drop_table('search_document')
