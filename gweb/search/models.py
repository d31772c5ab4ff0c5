"""The search index: one row per (site, kind, key, language) with the text
shown to visitors and the same text segmented and normalised for matching,
and the words and syllables each site's language uses (for prefixes).

The matching structures are database-specific and are not part of the models
(Alembic must not try to drop them; see `is_index_structure`): on SQLite an
FTS5 table `search_fts` kept in step by triggers (migration 0011searchpairs),
on PostgreSQL a GIN index over an SQL function of the terms (words,
syllables and pairs of tokens, each lexeme scoped to its row's site,
language and range of ids; migration 0017pgscoped).
"""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, PrimaryKeyConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gweb.extensions import db
from gweb.timeutil import utcnow

FTS_TABLE = "search_fts"          # SQLite FTS5 table (and its shadow tables search_fts_*)
# PostgreSQL: the GIN index of search_document over gweb_search_terms
# (migration 0017pgscoped), and those it replaced: two over the functions
# gweb_search_words and gweb_search_syllables (0012pgsearch), before them
# over two generated tsvector columns, fts_words and fts_syllables.
FTS_INDEXES = ("ix_search_document_terms",)
_EARLIER_FTS_INDEXES = ("ix_search_document_words", "ix_search_document_syllables")
# PostgreSQL: each lexeme of that index begins with its row's site,
# language and range of ids, id >> SCOPE_BUCKET_BITS (gweb_search_scope
# writes the number), then WORD_MARK when it is a word (not a syllable nor
# a pair of tokens).
SCOPE_BUCKET_BITS = 14
WORD_MARK = "="
# Joins the syllables of a Lao word in the stored terms (see gweb.search.analysis):
# never part of a token, which holds only letters, marks and digits.
SYLLABLE_MARK = "-"
# Written before every syllable token of SQLite's index (migration
# 0009searchsyl), so that a syllable is a term of its own, apart from the
# same letters as a word: a word's list then holds no syllable occurrences,
# and a word query that is also a common syllable (ການ, ບໍ) reads only
# where it stands as a word. The repetition mark, because no token ever
# holds it (gweb.text.normalize makes it a space).
SYLLABLE_TOKEN = "\u0ec6"
# Begins every token that only SQLite's index writes (migration
# 0011searchpairs): a pair of adjacent Lao words (INDEX_TOKEN + word +
# SYLLABLE_TOKEN + next word), the scope of a row (INDEX_TOKEN + "s" + site
# + language) and the break after a run of pairs. The Lao digit zero,
# because no token ever holds it (gweb.text.normalize makes it 0): a prefix
# of a word or syllable never reaches these tokens' lists.
INDEX_TOKEN = "\u0ed0"
# What the filters of a search read, narrow enough to be read for a thousand
# candidates at a time (a row itself holds the whole text).
CANDIDATE_INDEX = "ix_search_document_candidate"


class SearchDocument(db.Model):
    """Something a visitor can find: a page in one language, a news item, a
    legal document... `title`, `body` and `url` are what the results show;
    the *_terms columns are what is matched (space-separated tokens, the
    syllables of Lao words joined by SYLLABLE_MARK; see gweb.search.analysis)."""

    __tablename__ = "search_document"
    __table_args__ = (
        UniqueConstraint("site_id", "kind", "key", "lang"),
        Index("ix_search_document_scope", "site_id", "lang", "kind"),
        Index(CANDIDATE_INDEX, "id", "site_id", "lang", "kind", "visible_from",
              "visible_until", "published_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(200))
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")  # plain text
    url: Mapped[str] = mapped_column(String(1000))
    published_at: Mapped[datetime | None]
    # A publication window (scheduled pages): outside it the row is never found.
    visible_from: Mapped[datetime | None]
    visible_until: Mapped[datetime | None]
    title_terms: Mapped[str] = mapped_column(Text, default="")
    body_terms: Mapped[str] = mapped_column(Text, default="")
    indexed_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<SearchDocument {self.site_id} {self.kind}:{self.key} {self.lang}>"


class SearchTerm(db.Model):
    """A word or syllable found in the indexed text of a site in a language:
    an unfinished word typed by a visitor is looked up here as the complete
    words it begins (gweb.search.backends.sqlite)."""

    __tablename__ = "search_term"
    __table_args__ = (PrimaryKeyConstraint("site_id", "lang", "term"),
                      {"sqlite_with_rowid": False})
    MAX_CHARS = 200

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    lang: Mapped[str] = mapped_column(String(8))
    term: Mapped[str] = mapped_column(String(MAX_CHARS))


def is_index_structure(name: str | None, type_: str, table_name: str | None = None) -> bool:
    """True for the database objects of the full-text index that the models do
    not describe (the FTS5 table and its shadow tables, the tsvector columns
    of an older revision and the GIN indexes), so that schema comparisons can
    leave them out. For Alembic's
    `include_name` hook: `include_name=lambda n, t, p: not is_index_structure(
    n, t, p.get("table_name"))`."""
    if not name:
        return False
    if type_ == "table":
        return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")
    if type_ == "column":
        return name in ("fts_words", "fts_syllables") and table_name == SearchDocument.__tablename__
    if type_ == "index":
        return name in FTS_INDEXES or name in _EARLIER_FTS_INDEXES
    return False
