"""The SQLite search backend: Arabic-aware like PostgreSQL's, and every word of a query an FTS5 string.

Indexing: the title, body and autocomplete texts are stored as ``pages.search.arabic`` makes them
(``ArabicSQLiteObjectIndexer``): normalised, light-stemmed, English words stemmed; the title and body
are followed by the marked roots of their Arabic words. FTS5's own tokenizer (unicode61) then only cuts
words, so the same reductions apply on both databases.

Querying (``ArabicFTS5Mixin``): each word of a plain-text query becomes its alternatives from
``arabic.query_terms`` (light stems and, except in autocomplete and negated queries, roots), joined by
``OR`` within a word and by the query's operator between words: ``("وزار" OR "زار" OR "ةوزر") AND
("خدم" OR "ةخدم")``. Every alternative is an FTS5 string (``FTS5String``): Wagtail's own SQLite backend
passed ``"`` and other FTS5 syntax through to ``MATCH``, a server error (wagtail#13227); inside a string
FTS5 reads nothing as syntax. Ranking puts every page matching a light stem before the pages that only
share a root (``root_only_penalty``), then orders by FTS5's bm25 as modelsearch does.

Queries are bounded like on PostgreSQL (``pages.search.backend.BoundedQueryMixin``). Imported by
``pages.search.backend.SearchBackend`` on SQLite only: modelsearch's SQLite module needs the FTS5
table's model, which exists on SQLite only.
"""

from itertools import islice, product

from django.db.models import BooleanField, Case, Expression, F, Value, When
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.query import (
    BM25,
    AndNot,
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Not, Phrase, PlainText

from . import arabic
from .backend import MAX_QUERY_TERMS, BoundedQueryMixin, with_object_indexer

# A phrase whose words have several indexed forms is searched as at most this many FTS5 phrases.
MAX_PHRASE_VARIANTS = 32
# Added to the bm25 score (lower is better) of a page that only shares roots with the query: more than
# any bm25 score, so such pages come after every page matching a light stem.
ROOT_ONLY_PENALTY = 1e9
# A word in the title counts this many times one in the body, about as on PostgreSQL, where modelsearch
# weighs the title (boost 2: weight class B, 0.21) some 20 times the other fields (class D, 0.0099).
TITLE_WEIGHT = 20.0


class FTS5String(Lexeme):
    """One word or phrase as an FTS5 string: in double quotes, a quote inside doubled, NUL removed (FTS5
    ends a string there). FTS5 reads nothing inside a string as syntax: ``AND``, ``NEAR(``, ``*``, ``^``,
    ``col:`` are words like any other."""

    def as_sql(self, compiler, connection):
        quoted = '"' + self.value.replace("\x00", "").replace('"', '""') + '"'
        return "%s", [quoted + "*" if self.prefix else quoted]


class FTS5Group(Lexeme):
    """FTS5 expressions joined by one operator, in parentheses (FTS5's AND binds tighter than OR)."""

    def __init__(self, operator, parts):
        super().__init__("")
        self.operator = operator
        self.parts = list(parts)

    def as_sql(self, compiler, connection):
        compiled = []
        for part in self.parts:
            sql, params = compiler.compile(part)
            compiled.append(sql % tuple(params))
        return "%s", ["(" + f" {self.operator} ".join(compiled) + ")"]


class ArabicSQLiteObjectIndexer(ObjectIndexer):
    """The texts modelsearch stores, as ``pages.search.arabic`` indexes them (roots after title and body)."""

    @cached_property
    def title(self):
        return searchable(ObjectIndexer.title.func(self), with_roots=True)

    @cached_property
    def body(self):
        return searchable(ObjectIndexer.body.func(self), with_roots=True)

    @cached_property
    def autocomplete(self):
        return searchable(ObjectIndexer.autocomplete.func(self), with_roots=False)


def searchable(text, with_roots):
    """``text`` as stored in the index: its light stems, then (``with_roots``) its marked roots."""
    indexed = arabic.index_text(text)
    if with_roots:
        indexed = f"{indexed} {arabic.root_text(text)}"
    return " ".join(indexed.split())


class ArabicSQLiteIndex(SQLiteIndex):
    add_items = with_object_indexer(SQLiteIndex.add_items, ArabicSQLiteObjectIndexer)


class ArabicFTS5Mixin:
    """Builds FTS5 queries from ``arabic.query_terms`` (see the module's docstring)."""

    with_roots = True  # off while a negated part of the query is built: NOT must not exclude a whole root

    def build_search_query(self, query, config=None):
        if isinstance(query, Not):
            return Not(self.without_roots(self.build_search_query, query.subquery, config=config))
        return super().build_search_query(query, config=config)

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            return SearchQueryExpression(self.plain_text(query), config=config)
        if isinstance(query, Phrase):
            return SearchQueryExpression(self.phrase(query.query_string), config=config)
        if isinstance(query, AndNot):
            included = self.build_search_query_content(query.subquery_a, config=config)
            excluded = self.without_roots(self.build_search_query_content, query.subquery_b, config=config)
            return included._combine(excluded, "NOT")
        return super().build_search_query_content(query, config=config)

    def without_roots(self, build, *args, **kwargs):
        saved, self.with_roots = self.with_roots, False
        try:
            return build(*args, **kwargs)
        finally:
            self.with_roots = saved

    def plain_text(self, query):
        """Each term's alternatives joined by OR, the terms by the query's operator. Nothing to search for
        (only stop words or punctuation): an empty string, which matches nothing."""
        roots = self.with_roots and not self.LAST_TERM_IS_PREFIX
        terms = arabic.query_terms(query.query_string, roots=roots)[:MAX_QUERY_TERMS]
        if not terms:
            return FTS5String("")
        groups = []
        for position, alternatives in enumerate(terms, start=1):
            prefix = self.LAST_TERM_IS_PREFIX and position == len(terms)
            groups.append(FTS5Group("OR", [FTS5String(alternative, prefix=prefix) for alternative in alternatives]))
        return FTS5Group("AND" if query.operator.lower() == "and" else "OR", groups)

    def phrase(self, query_string):
        """The phrase's words in a row, each as any run of index words it may have become
        (``arabic.indexed_sequences``): at most ``MAX_PHRASE_VARIANTS`` FTS5 phrases joined by OR."""
        terms = arabic.query_terms(query_string)[:MAX_QUERY_TERMS]
        if not terms:
            return FTS5String("")
        variants = islice(product(*(arabic.indexed_sequences(term) for term in terms)), MAX_PHRASE_VARIANTS)
        return FTS5Group("OR", [FTS5String(" ".join(word for run in variant for word in run)) for variant in variants])

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        """modelsearch's bm25 rank, with a match in the title counting ``TITLE_WEIGHT`` times one in the body."""
        if isinstance(query, (Phrase, PlainText, Not)) and not self.LAST_TERM_IS_PREFIX:
            return TitleWeightedBM25() * boost if boost != 1.0 else TitleWeightedBM25()
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def _build_rank_expression(self, vectors, config):
        """modelsearch's bm25 rank, plus ``ROOT_ONLY_PENALTY`` for a page that matches no light stem."""
        rank = super()._build_rank_expression(vectors, config)
        if not self.with_roots or self.LAST_TERM_IS_PREFIX or isinstance(self.query, Not):
            return rank
        light = self.without_roots(self.build_search_query, normalize(self.query), config=config)
        matches_light = LightMatch(MatchExpression(self.fields or self.FTS_TABLE_FIELDS, light))
        return rank + Case(When(matches_light, then=Value(0.0)), default=Value(ROOT_ONLY_PENALTY))


class TitleWeightedBM25(BM25):
    """FTS5's bm25 with a weight for each column of modelsearch's table (autocomplete, body, title)."""

    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 1.0, 1.0, {TITLE_WEIGHT})", []


class LightMatch(Expression):
    """Whether the FTS5 row being ranked also matches ``match`` (the query without roots): a subquery on
    the FTS5 table, which FTS5 answers from its index."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, match, row=None):
        super().__init__()
        self.match = match
        self.row = row if row is not None else F("pk")

    def get_source_expressions(self):
        return [self.row]

    def set_source_expressions(self, expressions):
        (self.row,) = expressions

    def as_sql(self, compiler, connection):
        row_sql, row_params = compiler.compile(self.row)
        _template, match_params = self.match.as_sql(compiler, connection)
        table = SQLiteFTSIndexEntry._meta.db_table
        return f'{row_sql} IN (SELECT rowid FROM "{table}"(%s))', [*row_params, *match_params]


class ArabicSQLiteSearchQueryCompiler(ArabicFTS5Mixin, SQLiteSearchQueryCompiler):
    pass


class ArabicSQLiteAutocompleteQueryCompiler(ArabicFTS5Mixin, SQLiteAutocompleteQueryCompiler):
    pass


class ArabicSQLiteSearchBackend(BoundedQueryMixin, SQLiteSearchBackend):
    query_compiler_class = ArabicSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = ArabicSQLiteAutocompleteQueryCompiler
    index_class = ArabicSQLiteIndex
