"""Site search on SQLite: every token of the syllable columns of search_fts
is written after the Lao repetition mark (ໆ, which no token ever holds), so
that a syllable is a term of its own, apart from the same letters as a
word. A word's list then no longer holds every place where it stands as a
syllable: a word query that is also a common syllable (ການ; or ບໍ, ລິ from
an unfinished word cut by ICU) reads only where it stands as a word.

Revision ID: 0009searchsyl
Revises: 0008searchlean
Create Date: 2026-11-27 12:00:00.000000

Hand-written: the FTS5 table is not in the models (see
gweb.search.models.is_index_structure). Nothing changes on PostgreSQL,
whose words and syllables are two vectors already. The stored terms stay
as they are; the table and its triggers are made again and refilled.
"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0009searchsyl'
down_revision = '0008searchlean'
branch_labels = None
depends_on = None

TOKEN = "\u0ec6"


def _words(column: str) -> str:
    return f"replace({column}, '-', '')"


def _syllables(column: str) -> str:
    """Each word and syllable of a terms column, after TOKEN (an empty field
    gives no token at all)."""
    return (f"CASE WHEN {column} = '' THEN '' ELSE '{TOKEN}' || replace(replace({column},"
            f" ' ', ' {TOKEN}'), '-', ' {TOKEN}') END")


def _old_syllables(column: str) -> str:
    """As 0008searchlean derived them: the syllables as they are."""
    return f"replace({column}, '-', ' ')"


def _structures(syllables) -> tuple[list[str], str]:
    """The FTS5 table with its triggers, and the statement that fills it,
    with `syllables` deriving the syllable columns from a terms column."""
    def values(row: str) -> str:
        return (f"{_words(row + '.title_terms')}, {_words(row + '.body_terms')},"
                f" {syllables(row + '.title_terms')}, {syllables(row + '.body_terms')},"
                f" 's' || {row}.site_id || {row}.lang")

    insert = "INSERT INTO search_fts(rowid, title, body, tparts, bparts, scope) VALUES "
    delete = "INSERT INTO search_fts(search_fts, rowid, title, body, tparts, bparts, scope) VALUES "
    statements = [
        # Lao vowel signs and tone marks are combining marks (M*): the default
        # unicode61 tokenizer would cut words at them and find ລິດ for ລັດ.
        """CREATE VIRTUAL TABLE search_fts USING fts5(
            title, body, tparts, bparts, scope,
            content='', columnsize=0, tokenize="unicode61 categories 'L* N* Co M*'")""",
        f"""CREATE TRIGGER search_document_fts_insert AFTER INSERT ON search_document BEGIN
            {insert}(new.id, {values('new')});
        END""",
        f"""CREATE TRIGGER search_document_fts_delete AFTER DELETE ON search_document BEGIN
            {delete}('delete', old.id, {values('old')});
        END""",
        f"""CREATE TRIGGER search_document_fts_update AFTER UPDATE OF
            title_terms, body_terms, site_id, lang ON search_document BEGIN
            {delete}('delete', old.id, {values('old')});
            {insert}(new.id, {values('new')});
        END""",
    ]
    fill = ("INSERT INTO search_fts(rowid, title, body, tparts, bparts, scope)"
            f" SELECT id, {values('search_document')} FROM search_document")
    return statements, fill


def _rebuild(syllables) -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    for name in ('insert', 'delete', 'update'):
        op.execute(f'DROP TRIGGER IF EXISTS search_document_fts_{name}')
    op.execute('DROP TABLE IF EXISTS search_fts')
    statements, fill = _structures(syllables)
    for statement in statements:
        op.execute(statement)
    op.execute(fill)
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def upgrade():
    _rebuild(_syllables)


def downgrade():
    _rebuild(_old_syllables)
