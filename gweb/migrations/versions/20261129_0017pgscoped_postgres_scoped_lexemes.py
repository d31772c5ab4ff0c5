"""Site search on PostgreSQL: one GIN index over the terms of each row
(gweb_search_terms: its words, the syllables of its Lao words and each pair
of neighbouring tokens of a field) instead of two (words; syllables and
pairs), and every lexeme begins with the row's scope: the site, the
language and the range of 16,384 ids the row's id falls in
('1.lo.3:ວຽງ ຈັນ'; a word after '=', '1.lo.3:=ວຽງຈັນ'; see
gweb.search.backends.postgres).

A common word's list in the index is then cut into one short list per
site, language and range of ids: a search asks for the ranges of its
window of newest ids, and the index gives the rows of that window only,
instead of a bitmap of every row of the word in every site (26,000 rows
for a common Lao word on the benchmark, 4-7 ms) intersected with a bitmap
of every row of the site's language (70,000 rows, 2-4 ms). One index asks
all the words of a query in one condition, which the planner intersects
with the primary key's bitmap of the window. Single words that are not Lao
are no longer also syllables: nothing asks for them so (a word is asked as
a word, a phrase by its pairs).

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
    SELECT site || '.' || lang || '.' || (id >> 14) || ':'
    $$""",
    # Words after '=' (WORD_MARK of gweb.search.models), syllables of Lao
    # words, pairs of neighbouring tokens of a field (a space between).
    f"""CREATE FUNCTION gweb_search_terms(scope text, title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    WITH fields(tokens) AS (
        SELECT string_to_array(replace(title, '-', ' '), ' ')
        UNION ALL SELECT string_to_array(replace(body, '-', ' '), ' '))
    SELECT array_to_tsvector(ARRAY(
        SELECT scope || term FROM (
            SELECT '=' || token
            FROM unnest(string_to_array(replace(title || ' ' || body, '-', ''), ' ')) AS token
            WHERE {_KEPT}
            UNION ALL
            SELECT token FROM fields, unnest(tokens) AS token WHERE {_LAO} AND {_KEPT}
            UNION ALL
            SELECT token FROM (
                SELECT first || ' ' || second
                FROM fields, unnest(tokens[1:cardinality(tokens) - 1], tokens[2:])
                AS pair(first, second)) AS pairs(token) WHERE {_KEPT}
        ) AS every(term)))
    $$""",
)
INDEXES = (
    "CREATE INDEX ix_search_document_terms ON search_document"
    " USING gin (gweb_search_terms(gweb_search_scope(site_id, lang, id), title_terms, body_terms))",
    # The planner's estimate of a word sizes a search's first window of ids
    # (gweb.search.backends.postgres): with the default target its list of
    # most common lexemes, scoped, ended at 8% of the rows on the benchmark,
    # and a word in 5% was taken as rare; at 1000 it ends near 0.1%.
    "ALTER INDEX ix_search_document_terms ALTER COLUMN 1 SET STATISTICS 1000",
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


def upgrade():
    if op.get_bind().dialect.name != 'postgresql':
        return
    for name in ('ix_search_document_words', 'ix_search_document_syllables'):
        op.execute(f'DROP INDEX IF EXISTS {name}')
    for name in ('gweb_search_words', 'gweb_search_syllables'):
        op.execute(f'DROP FUNCTION IF EXISTS {name}(text, text)')
    for statement in FUNCTIONS + INDEXES:
        op.execute(statement)


def downgrade():
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('DROP INDEX IF EXISTS ix_search_document_terms')
    op.execute('DROP FUNCTION IF EXISTS gweb_search_terms(text, text, text)')
    op.execute('DROP FUNCTION IF EXISTS gweb_search_scope(integer, text, integer)')
    for statement in OLD_FUNCTIONS + OLD_INDEXES:
        op.execute(statement)
