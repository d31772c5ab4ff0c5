"""Site search on PostgreSQL: the stored tsvector columns (fts_words,
fts_syllables, 2.4 times the text) give way to GIN indexes over two
immutable SQL functions of the stored terms, and the syllable index also
holds each pair of neighbouring syllables ('ວຽງ ຈັນ'), so that a Lao word
of two syllables is one lexeme the index alone answers, and a longer one
the rows holding all its pairs (see gweb.search.backends.postgres). The
vectors hold lexemes only, taken from the terms as they are split by
spaces (no parser, no positions, no weights): nothing asked of them needs
a re-check, which with an expression index would compute a row's vector
again.

Revision ID: 0012pgsearch
Revises: 0011searchpairs
Create Date: 2026-11-28 12:00:00.000000

Hand-written: the functions and indexes are not in the models (see
gweb.search.models.is_index_structure). Nothing changes on SQLite: this
revision does nothing there.
"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0012pgsearch'
down_revision = '0011searchpairs'
branch_labels = None
depends_on = None

# A lexeme of a tsvector holds at most 2047 bytes (to_tsvector leaves
# longer words out; array_to_tsvector does not check).
_KEPT = "token <> '' AND octet_length(token) < 2048"
FUNCTIONS = (
    # The words of both fields: the syllable mark taken out.
    f"""CREATE FUNCTION gweb_search_words(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT array_to_tsvector(ARRAY(
        SELECT token FROM unnest(string_to_array(replace(title || ' ' || body, '-', ''), ' '))
        AS token WHERE {_KEPT}))
    $$""",
    # The syllables of both fields (the mark as a space) and each pair of
    # neighbours within a field, joined by a space (no token holds one).
    f"""CREATE FUNCTION gweb_search_syllables(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    WITH fields(tokens) AS (
        SELECT string_to_array(replace(title, '-', ' '), ' ')
        UNION ALL SELECT string_to_array(replace(body, '-', ' '), ' '))
    SELECT array_to_tsvector(ARRAY(
        SELECT token FROM (
            SELECT unnest(tokens) FROM fields
            UNION ALL
            SELECT first || ' ' || second
            FROM fields, unnest(tokens[1:cardinality(tokens) - 1], tokens[2:]) AS pair(first, second)
        ) AS every(token) WHERE {_KEPT}))
    $$""",
)
INDEXES = (
    "CREATE INDEX ix_search_document_words ON search_document"
    " USING gin (gweb_search_words(title_terms, body_terms))",
    "CREATE INDEX ix_search_document_syllables ON search_document"
    " USING gin (gweb_search_syllables(title_terms, body_terms))",
)

# -- the structures of 0008searchlean, for the downgrade -----------------------------

_VECTOR = """setweight(to_tsvector('simple'::regconfig, replace(title_terms, '-', '{0}')), 'A')
    || setweight(to_tsvector('simple'::regconfig, replace(body_terms, '-', '{0}')), 'B')"""
OLD_STRUCTURES = (
    f"ALTER TABLE search_document ADD COLUMN fts_words tsvector GENERATED ALWAYS AS"
    f" ({_VECTOR.format('')}) STORED",
    f"ALTER TABLE search_document ADD COLUMN fts_syllables tsvector GENERATED ALWAYS AS"
    f" ({_VECTOR.format(' ')}) STORED",
    "CREATE INDEX ix_search_document_words ON search_document USING gin (fts_words)",
    "CREATE INDEX ix_search_document_syllables ON search_document USING gin (fts_syllables)",
)


def upgrade():
    if op.get_bind().dialect.name != 'postgresql':
        return
    for name in ('fts_words', 'fts_syllables'):  # their indexes go with them
        op.execute(f'ALTER TABLE search_document DROP COLUMN IF EXISTS {name}')
    for statement in FUNCTIONS + INDEXES:
        op.execute(statement)


def downgrade():
    if op.get_bind().dialect.name != 'postgresql':
        return
    for name in ('ix_search_document_words', 'ix_search_document_syllables'):
        op.execute(f'DROP INDEX IF EXISTS {name}')
    for name in ('gweb_search_words', 'gweb_search_syllables'):
        op.execute(f'DROP FUNCTION IF EXISTS {name}(text, text)')
    for statement in OLD_STRUCTURES:
        op.execute(statement)
