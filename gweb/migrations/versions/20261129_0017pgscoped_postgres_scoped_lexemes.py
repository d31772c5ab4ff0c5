"""Site search on PostgreSQL: every lexeme of the two GIN indexes begins
with its row's scope, the site, the language and the range of 32,768 ids
the row's id falls in ('1.lo.3:ວຽງ ຈັນ'; see gweb.search.backends.postgres).

A common word's list in the index is then cut into one short list per
site, language and range of ids: a search asks for the ranges of its
window of newest ids, and the index gives the rows of that window only,
instead of a bitmap of every row of the word in every site (26,000 rows
for a common Lao word on the benchmark, 4-7 ms) intersected with a bitmap
of every row of the site's language (70,000 rows, 2-4 ms). Single words
that are not Lao leave the syllable index: nothing asks it for them (a
word is asked of the word index, a phrase by its pairs).

Revision ID: 0017pgscoped
Revises: 0016mail
Create Date: 2026-11-29 12:00:00.000000

Hand-written: the functions and indexes are not in the models (see
gweb.search.models.is_index_structure). Nothing changes on SQLite.
"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0017pgscoped'
down_revision = '0016mail'
branch_labels = None
depends_on = None

# A lexeme of a tsvector holds at most 2047 bytes (array_to_tsvector does
# not check): the scope takes up to ~40 of them.
_KEPT = "token <> '' AND octet_length(token) < 2000"
# The first character of a Lao token is in U+0E80-U+0EFF.
_LAO = "ascii(token) BETWEEN 3712 AND 3839"
FUNCTIONS = (
    # Written before each lexeme of a row; the range of ids is SCOPE_BUCKET_BITS
    # of gweb.search.models.
    """CREATE FUNCTION gweb_search_scope(site integer, lang text, id integer) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT site || '.' || lang || '.' || (id >> 15) || ':'
    $$""",
    f"""CREATE FUNCTION gweb_search_words(scope text, title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT array_to_tsvector(ARRAY(
        SELECT scope || token
        FROM unnest(string_to_array(replace(title || ' ' || body, '-', ''), ' ')) AS token
        WHERE {_KEPT}))
    $$""",
    f"""CREATE FUNCTION gweb_search_syllables(scope text, title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    WITH fields(tokens) AS (
        SELECT string_to_array(replace(title, '-', ' '), ' ')
        UNION ALL SELECT string_to_array(replace(body, '-', ' '), ' '))
    SELECT array_to_tsvector(ARRAY(
        SELECT scope || token FROM (
            SELECT token FROM fields, unnest(tokens) AS token WHERE {_LAO}
            UNION ALL
            SELECT first || ' ' || second
            FROM fields, unnest(tokens[1:cardinality(tokens) - 1], tokens[2:]) AS pair(first, second)
        ) AS every(token) WHERE {_KEPT}))
    $$""",
)
_SCOPE = "gweb_search_scope(site_id, lang, id)"
INDEXES = (
    "CREATE INDEX ix_search_document_words ON search_document"
    f" USING gin (gweb_search_words({_SCOPE}, title_terms, body_terms))",
    "CREATE INDEX ix_search_document_syllables ON search_document"
    f" USING gin (gweb_search_syllables({_SCOPE}, title_terms, body_terms))",
)

# -- the structures of 0012pgsearch, for the downgrade -------------------------------

_OLD_KEPT = "token <> '' AND octet_length(token) < 2048"
OLD_FUNCTIONS = (
    f"""CREATE FUNCTION gweb_search_words(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT array_to_tsvector(ARRAY(
        SELECT token FROM unnest(string_to_array(replace(title || ' ' || body, '-', ''), ' '))
        AS token WHERE {_OLD_KEPT}))
    $$""",
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
        ) AS every(token) WHERE {_OLD_KEPT}))
    $$""",
)
OLD_INDEXES = (
    "CREATE INDEX ix_search_document_words ON search_document"
    " USING gin (gweb_search_words(title_terms, body_terms))",
    "CREATE INDEX ix_search_document_syllables ON search_document"
    " USING gin (gweb_search_syllables(title_terms, body_terms))",
)


def _drop(arguments: str) -> None:
    for name in ('ix_search_document_words', 'ix_search_document_syllables'):
        op.execute(f'DROP INDEX IF EXISTS {name}')
    for name in ('gweb_search_words', 'gweb_search_syllables'):
        op.execute(f'DROP FUNCTION IF EXISTS {name}({arguments})')


def upgrade():
    if op.get_bind().dialect.name != 'postgresql':
        return
    _drop('text, text')
    for statement in FUNCTIONS + INDEXES:
        op.execute(statement)


def downgrade():
    if op.get_bind().dialect.name != 'postgresql':
        return
    _drop('text, text, text')
    op.execute('DROP FUNCTION IF EXISTS gweb_search_scope(integer, text, integer)')
    for statement in OLD_FUNCTIONS + OLD_INDEXES:
        op.execute(statement)
