"""Site search on SQLite: a phrase of Lao words is found by the pairs of
adjacent Lao words that FTS5 now indexes (one rare list each) instead of
by checking the positions of its words in every document holding all of
them (thousands, when a few hundred hold the phrase). To pay for the pairs,
the FTS5 table has one column instead of five: title words, title
syllables, title pairs, the row's scope, then the body's three; each kind
of token is told apart by its own letters (see gweb.search.models), and
one column saves the column number FTS5 writes for every other column of
every term of every row. The index is smaller than before (0.72 x the
text instead of 0.74 x on the benchmark).

Revision ID: 0011searchpairs
Revises: 0010totpseal
Create Date: 2026-11-28 13:00:00.000000

Hand-written: the FTS5 table is not in the models (see
gweb.search.models.is_index_structure). Nothing changes on PostgreSQL.
The pairs are derived from the stored terms by SQLite itself (json_each
and lag()), so any connection (the sqlite3 shell too) keeps the index
right when it writes or deletes a row.
"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0011searchpairs'
down_revision = '0010totpseal'
branch_labels = None
depends_on = None

SYLLABLE = "\u0ec6"  # gweb.search.models.SYLLABLE_TOKEN
INDEX = "\u0ed0"     # gweb.search.models.INDEX_TOKEN
LAO = "BETWEEN 3712 AND 3839"  # U+0E80-U+0EFF, as gweb.text.normalize.is_lao
TOKENIZER = "tokenize=\"unicode61 categories 'L* N* Co M*'\""
TRIGGERS = ('insert', 'delete', 'update')


def _words(column: str) -> str:
    return f"replace({column}, '-', '')"


def _syllables(column: str) -> str:
    """Each word and syllable of a terms column, after SYLLABLE (as 0009searchsyl)."""
    return (f"CASE WHEN {column} = '' THEN '' ELSE '{SYLLABLE}' || replace(replace({column},"
            f" ' ', ' {SYLLABLE}'), '-', ' {SYLLABLE}') END")


def _pairs(column: str) -> str:
    """INDEX + word + SYLLABLE + next word for every two adjacent Lao words of
    a terms column, in order; INDEX alone after a Lao word that a word of
    another script follows, so that the pairs of two runs of Lao words are
    never side by side. Tokens hold only letters, marks and digits, so the
    words make a JSON array as they are."""
    items = f"""json_each('["' || replace({_words(column)}, ' ', '","') || '"]')"""
    before = "lag(value) OVER (ORDER BY key)"
    tokens = (f"SELECT CASE WHEN unicode({before}) {LAO} THEN CASE WHEN unicode(value) {LAO}"
              f" THEN '{INDEX}' || {before} || '{SYLLABLE}' || value ELSE '{INDEX}' END END AS t"
              f" FROM {items}")
    return f"coalesce((SELECT group_concat(t, ' ') FROM ({tokens})), '')"


def _stream(row: str) -> str:
    """The one indexed column of a row: its title's words, syllables and
    pairs, its scope (INDEX s site language), then its body's."""
    def field(column: str) -> str:
        return f"{_words(column)} || ' ' || {_syllables(column)} || ' ' || {_pairs(column)}"

    return (f"{field(row + '.title_terms')} || ' {INDEX}s' || {row}.site_id || {row}.lang"
            f" || ' ' || {field(row + '.body_terms')}")


def _old_values(row: str) -> str:
    """The five columns of 0009searchsyl."""
    return (f"{_words(row + '.title_terms')}, {_words(row + '.body_terms')},"
            f" {_syllables(row + '.title_terms')}, {_syllables(row + '.body_terms')},"
            f" 's' || {row}.site_id || {row}.lang")


def _rebuild(columns: str, values) -> None:
    """The FTS5 table made again with `columns`, its triggers writing
    `values(row)`, and refilled from search_document."""
    if op.get_bind().dialect.name != 'sqlite':
        return
    for name in TRIGGERS:
        op.execute(f'DROP TRIGGER IF EXISTS search_document_fts_{name}')
    op.execute('DROP TABLE IF EXISTS search_fts')
    names = columns.replace(" ", "")
    insert = f"INSERT INTO search_fts(rowid, {names}) VALUES "
    delete = f"INSERT INTO search_fts(search_fts, rowid, {names}) VALUES "
    op.execute(f"CREATE VIRTUAL TABLE search_fts USING fts5({columns},"
               f" content='', columnsize=0, {TOKENIZER})")
    op.execute(f"""CREATE TRIGGER search_document_fts_insert AFTER INSERT ON search_document BEGIN
        {insert}(new.id, {values('new')});
    END""")
    op.execute(f"""CREATE TRIGGER search_document_fts_delete AFTER DELETE ON search_document BEGIN
        {delete}('delete', old.id, {values('old')});
    END""")
    op.execute(f"""CREATE TRIGGER search_document_fts_update AFTER UPDATE OF
        title_terms, body_terms, site_id, lang ON search_document BEGIN
        {delete}('delete', old.id, {values('old')});
        {insert}(new.id, {values('new')});
    END""")
    op.execute(f"INSERT INTO search_fts(rowid, {names})"
               f" SELECT id, {values('search_document')} FROM search_document")
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def upgrade():
    _rebuild("terms", _stream)


def downgrade():
    _rebuild("title, body, tparts, bparts, scope", _old_values)
