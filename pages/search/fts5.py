"""The SQLite search backend with every word of a query quoted as an FTS5 string.

Wagtail 8's SQLite backend (modelsearch) wraps each word in double quotes without doubling a quote
inside it, and passes a phrase as typed: a ``"`` in any search (the public search, the admin's image,
document and page choosers) broke the FTS5 ``MATCH`` syntax, a server error (wagtail#13227). Here every
word and phrase becomes an FTS5 string (``FTS5String``), inside which FTS5 reads nothing as syntax.
Queries are bounded like on PostgreSQL (``pages.search.backend.BoundedQueryMixin``).

Imported by ``pages.search.backend.SearchBackend`` on SQLite only: modelsearch's SQLite module needs the
FTS5 table's model, which exists on SQLite only.
"""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText

from .backend import BoundedQueryMixin


class FTS5String(Lexeme):
    """One word or phrase as an FTS5 string: in double quotes, a quote inside doubled, NUL removed (FTS5
    ends a string there). FTS5 reads nothing inside a string as syntax: ``AND``, ``NEAR(``, ``*``, ``^``,
    ``col:`` are words like any other."""

    def as_sql(self, compiler, connection):
        quoted = '"' + self.value.replace("\x00", "").replace('"', '""') + '"'
        return "%s", [quoted + "*" if self.prefix else quoted]


def has_word(text):
    return any(character.isalnum() for character in text)


class QuotedFTS5Mixin:
    """Builds the FTS5 query of plain-text and phrase queries from quoted strings (``FTS5String``).

    A plain-text word without a letter or digit (``"``, ``!!!``) is dropped: FTS5 would read it as an
    empty string, which matches nothing, so ``hello !!!`` would find nothing. A query with no word left
    matches nothing.
    """

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            words = [word for word in query.query_string.split() if has_word(word)] or [""]
            combined = None
            for position, word in enumerate(words, start=1):
                lexeme = FTS5String(word, prefix=self.LAST_TERM_IS_PREFIX and position == len(words))
                if combined is None:
                    combined = lexeme
                elif query.operator == "and":
                    combined &= lexeme
                else:
                    combined |= lexeme
            return SearchQueryExpression(combined, config=config)
        if isinstance(query, Phrase):
            return SearchQueryExpression(FTS5String(query.query_string), config=config)
        return super().build_search_query_content(query, config=config)


class QuotedSQLiteSearchQueryCompiler(QuotedFTS5Mixin, SQLiteSearchQueryCompiler):
    pass


class QuotedSQLiteAutocompleteQueryCompiler(QuotedFTS5Mixin, SQLiteAutocompleteQueryCompiler):
    pass


class QuotedSQLiteSearchBackend(BoundedQueryMixin, SQLiteSearchBackend):
    query_compiler_class = QuotedSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = QuotedSQLiteAutocompleteQueryCompiler
