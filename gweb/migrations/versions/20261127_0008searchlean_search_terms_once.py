"""Site search: the segmented text is stored once per field (words, with the
syllables of Lao words joined by "-") instead of twice (words, then
syllables), and each index derives both streams from it with replace();
a vocabulary table (search_term) lets an unfinished word be looked up as
the complete words it begins. On SQLite the FTS5 table keeps no column
sizes (ranking is computed in Python); on PostgreSQL the tsvector column
gives way to two (words, syllables), so that a word is asked for without a
weight and the GIN index alone answers it (no re-check of every matching
row's tsvector).

Revision ID: 0008searchlean
Revises: 0007searchfast
Create Date: 2026-11-27 08:00:00.000000

Hand-written: the index structures differ by database and are not in the
models (gweb.search.models.is_index_structure names them). Existing rows are
converted here, without the application's analyser: the old syllable
columns already hold each Lao word's syllables in order.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008searchlean'
down_revision = '0007searchfast'
branch_labels = None
depends_on = None

MARK = "-"
BATCH = 1000

# -- the structures of this revision ---------------------------------------------

# Lao vowel signs and tone marks are combining marks (M*): the default
# unicode61 tokenizer would cut words at them and find ລິດ for ລັດ.
SQLITE_FTS = """
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, tparts, bparts, scope,
    content='', columnsize=0, tokenize="unicode61 categories 'L* N* Co M*'")
"""
_NEW_VALUES = """(new.id, replace(new.title_terms, '-', ''), replace(new.body_terms, '-', ''),
        replace(new.title_terms, '-', ' '), replace(new.body_terms, '-', ' '),
        's' || new.site_id || new.lang)"""
_OLD_VALUES = """('delete', old.id, replace(old.title_terms, '-', ''), replace(old.body_terms, '-', ''),
        replace(old.title_terms, '-', ' '), replace(old.body_terms, '-', ' '),
        's' || old.site_id || old.lang)"""
_INSERT = "INSERT INTO search_fts(rowid, title, body, tparts, bparts, scope) VALUES "
_DELETE = "INSERT INTO search_fts(search_fts, rowid, title, body, tparts, bparts, scope) VALUES "
SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER search_document_fts_insert AFTER INSERT ON search_document BEGIN
        {_INSERT}{_NEW_VALUES};
    END""",
    f"""CREATE TRIGGER search_document_fts_delete AFTER DELETE ON search_document BEGIN
        {_DELETE}{_OLD_VALUES};
    END""",
    f"""CREATE TRIGGER search_document_fts_update AFTER UPDATE OF
        title_terms, body_terms, site_id, lang ON search_document BEGIN
        {_DELETE}{_OLD_VALUES};
        {_INSERT}{_NEW_VALUES};
    END""",
)
SQLITE_FILL = """INSERT INTO search_fts(rowid, title, body, tparts, bparts, scope)
    SELECT id, replace(title_terms, '-', ''), replace(body_terms, '-', ''),
           replace(title_terms, '-', ' '), replace(body_terms, '-', ' '),
           's' || site_id || lang FROM search_document"""
# Two stored vectors (an expression index would have to re-compute a row's
# vectors to re-check a phrase): words, and syllables, title weighted A,
# body B. Their columns are not in the models (see is_index_structure).
_VECTOR = """setweight(to_tsvector('simple'::regconfig, replace(title_terms, '-', '{0}')), 'A')
    || setweight(to_tsvector('simple'::regconfig, replace(body_terms, '-', '{0}')), 'B')"""
POSTGRES_FTS = (
    f"ALTER TABLE search_document ADD COLUMN fts_words tsvector GENERATED ALWAYS AS"
    f" ({_VECTOR.format('')}) STORED",
    f"ALTER TABLE search_document ADD COLUMN fts_syllables tsvector GENERATED ALWAYS AS"
    f" ({_VECTOR.format(' ')}) STORED",
    "CREATE INDEX ix_search_document_words ON search_document USING gin (fts_words)",
    "CREATE INDEX ix_search_document_syllables ON search_document USING gin (fts_syllables)",
)

# -- the structures of 0005search, for the downgrade --------------------------------

OLD_SQLITE_FTS = """
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, tparts, bparts, scope,
    content='', tokenize="unicode61 categories 'L* N* Co M*'")
"""
OLD_SQLITE_TRIGGERS = (
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
OLD_SQLITE_FILL = """INSERT INTO search_fts(rowid, title, body, tparts, bparts, scope)
    SELECT id, title_terms, body_terms, title_parts, body_parts, 's' || site_id || lang
    FROM search_document"""
OLD_POSTGRES_FTS = """
ALTER TABLE search_document ADD COLUMN fts tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
    || setweight(to_tsvector('simple'::regconfig, title_parts), 'C')
    || setweight(to_tsvector('simple'::regconfig, body_parts), 'D')
    || setweight(to_tsvector('simple'::regconfig, body_terms), 'B')) STORED
"""


def _is_lao(word: str) -> bool:
    return "\u0e80" <= word[0] <= "\u0eff"


def _marked(words: str, parts: str) -> str:
    """Old words and syllables columns -> the new terms column: each Lao
    word takes its syllables, in order, from the syllables column."""
    syllables = iter(parts.split())
    out = []
    for word in words.split():
        if not _is_lao(word):
            out.append(word)
            continue
        taken, joined = [], ""
        while len(joined) < len(word):
            piece = next(syllables, None)
            if piece is None:
                break
            taken.append(piece)
            joined += piece
        out.append(MARK.join(taken) if joined == word else word)
    return " ".join(out)


def _unmarked(terms: str) -> tuple[str, str]:
    """The new terms column -> the old words and syllables columns."""
    words = terms.split()
    return (" ".join(w.replace(MARK, "") for w in words),
            " ".join(s for w in words if _is_lao(w) for s in w.split(MARK)))


def _batches(select_sql: str):
    """The rows of `select_sql` (id first, `WHERE id > :last ORDER BY id
    LIMIT :n`) in batches, so that a large index never sits in memory whole."""
    bind = op.get_bind()
    last = 0
    while rows := bind.execute(sa.text(select_sql), {"last": last, "n": BATCH}).all():
        yield rows
        last = rows[-1][0]


def _rewrite(select_sql: str, convert, update_sql: str) -> None:
    """Read search_document in batches of ids and write each row converted."""
    for rows in _batches(select_sql):
        op.get_bind().execute(sa.text(update_sql), [convert(row) for row in rows])


def _drop_sqlite_fts() -> None:
    for name in ('insert', 'delete', 'update'):
        op.execute(f'DROP TRIGGER IF EXISTS search_document_fts_{name}')
    op.execute('DROP TABLE IF EXISTS search_fts')


def upgrade():
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        _drop_sqlite_fts()
    elif dialect == 'postgresql':
        op.execute('DROP INDEX IF EXISTS ix_search_document_fts')
        op.execute('ALTER TABLE search_document DROP COLUMN IF EXISTS fts')

    _rewrite("SELECT id, title_terms, title_parts, body_terms, body_parts FROM search_document"
             " WHERE id > :last ORDER BY id LIMIT :n",
             lambda r: {"id": r[0], "t": _marked(r[1], r[2]), "b": _marked(r[3], r[4])},
             "UPDATE search_document SET title_terms = :t, body_terms = :b WHERE id = :id")
    with op.batch_alter_table('search_document', schema=None) as batch_op:
        batch_op.drop_column('title_parts')
        batch_op.drop_column('body_parts')

    op.create_table('search_term',
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('term', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_search_term_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('site_id', 'lang', 'term', name=op.f('pk_search_term')),
    sqlite_with_rowid=False,
    )
    _fill_vocabulary()

    if dialect == 'sqlite':
        op.execute(SQLITE_FTS)
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
        op.execute(SQLITE_FILL)
    elif dialect == 'postgresql':
        for statement in POSTGRES_FTS:
            op.execute(statement)


def _fill_vocabulary() -> None:
    """Every word and syllable of the converted rows, per site and language."""
    seen = set()
    for rows in _batches("SELECT id, site_id, lang, title_terms, body_terms FROM search_document"
                         " WHERE id > :last ORDER BY id LIMIT :n"):
        new = set()
        for _, site_id, lang, title, body in rows:
            for word in f"{title} {body}".split():
                for term in {word.replace(MARK, ""), *word.split(MARK)}:
                    if term and len(term) <= 200 and (site_id, lang, term) not in seen:
                        new.add((site_id, lang, term))
        if new:
            op.get_bind().execute(sa.text("INSERT INTO search_term (site_id, lang, term)"
                                          " VALUES (:s, :l, :t)"),
                                  [{"s": s, "l": lang, "t": t} for s, lang, t in sorted(new)])
            seen |= new


def downgrade():
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        _drop_sqlite_fts()
    elif dialect == 'postgresql':
        for name in ('fts_words', 'fts_syllables'):  # their indexes go with them
            op.execute(f'ALTER TABLE search_document DROP COLUMN IF EXISTS {name}')
    op.drop_table('search_term')

    with op.batch_alter_table('search_document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_parts', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('body_parts', sa.Text(), nullable=False, server_default=''))

    def convert(row):
        (title, title_parts), (body, body_parts) = _unmarked(row[1]), _unmarked(row[2])
        return {"id": row[0], "t": title, "tp": title_parts, "b": body, "bp": body_parts}

    _rewrite("SELECT id, title_terms, body_terms FROM search_document"
             " WHERE id > :last ORDER BY id LIMIT :n", convert,
             "UPDATE search_document SET title_terms = :t, title_parts = :tp,"
             " body_terms = :b, body_parts = :bp WHERE id = :id")

    if dialect == 'sqlite':
        op.execute(OLD_SQLITE_FTS)
        for trigger in OLD_SQLITE_TRIGGERS:
            op.execute(trigger)
        op.execute(OLD_SQLITE_FILL)
    elif dialect == 'postgresql':
        op.execute(OLD_POSTGRES_FTS)
        op.execute('CREATE INDEX ix_search_document_fts ON search_document USING gin (fts)')
