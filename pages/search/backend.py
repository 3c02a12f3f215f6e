"""Search backend factory named in WAGTAILSEARCH_BACKENDS.

On PostgreSQL: modelsearch's PostgreSQL backend, with every indexed text and every query passed
through ``pages.search.arabic`` (so وزارة finds الوزارات, خدمة finds خدمات, مدارس finds مدرسة
through its root) before the ``multaqa`` text search configuration (a copy of ``english``, made by
this app's migration) sees it. The roots are indexed with the weight class ``ROOT_WEIGHT``, ranked
at a thousandth of the lowest field weight.

On SQLite: modelsearch's SQLite FTS5 backend with the same normalisation, stemming and roots, and
every word quoted as an FTS5 string (``pages.search.fts5``). Other databases: Wagtail's stock
database backend.

Every query, on either database and from any caller (the public search, the admin's searches and
choosers, ``Page.objects.search``), is bounded first (``bounded_query``): at most ``MAX_QUERY_LENGTH``
characters per text and ``MAX_QUERY_TERMS`` words in all; the terms are counted again after
normalisation, which can multiply them (ﷺ is one character and four words).

For a search that runs on every request, the query can be compiled once (``TsquerySlot``): its
tsquery is then a ``pages.core.fastpath.prepared.Slot``, given by ``raw_tsquery`` for each query string
(``pages.search.results``).

Not normalised on PostgreSQL: fuzzy queries (``Fuzzy``, trigram similarity on the raw text) and
searches restricted with ``fields=[...]`` (PostgreSQL reads those columns directly, so the query is
left as typed to match them).
"""

import copy
import re
import types

from django.contrib.postgres.search import SearchQuery, SearchQueryField
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models.sql import Query
from modelsearch.backends.database.postgres import weights
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import CombinedLexeme, Lexeme
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

from pages.core.fastpath.prepared import Slot

from . import arabic

# A query longer than this is cut (the public search form says so too).
MAX_QUERY_LENGTH = 200
# Words searched for, in all: more add nothing a reader needs, and each one deepens the query tree that
# is compiled to SQL recursively (ﷺ typed 200 times became 800 words and a RecursionError). On
# PostgreSQL the Arabic terms are counted after normalisation.
MAX_QUERY_TERMS = 20

WORD = re.compile(r"[^\s\-]+")  # how modelsearch cuts a plain-text query into words

# The tsvector weight class of the roots (``arabic.root_text``) on PostgreSQL: no search field uses it
# (modelsearch gives C to a boost between 0 and 2 only; a test checks), and its ``ts_rank`` weight is
# ``ROOT_WEIGHT_RATIO`` times the lowest field weight.
ROOT_WEIGHT = "C"
ROOT_WEIGHT_RATIO = 0.001


def SearchBackend(params):  # noqa: N802 - Wagtail looks up this name
    if connection.vendor == "postgresql":
        return ArabicPostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        # Imported only here: modelsearch's SQLite module needs the FTS5 table's model, which exists on SQLite only.
        from .fts5 import ArabicSQLiteSearchBackend

        return ArabicSQLiteSearchBackend(params)
    return backend


def bounded_text(text, budget=MAX_QUERY_TERMS):
    """``(text, words)``: ``text`` cut after its first ``budget`` words and to ``MAX_QUERY_LENGTH``
    characters, and how many words it kept. NUL, which PostgreSQL text cannot hold, is removed (the
    request hygiene middleware removes it from requests; this covers every other caller)."""
    text = text.replace("\x00", "")
    words = list(WORD.finditer(text[:MAX_QUERY_LENGTH]))[:budget]
    if not words:
        return "", 0
    return text[: words[-1].end()], len(words)


def bounded_query(query, budget=MAX_QUERY_TERMS):
    """``query`` (a string or a ``modelsearch.query`` tree) holding at most ``budget`` words in all."""
    return _bounded(query, budget)[0]


def _bounded(query, budget):
    """``(query, words)``: the bounded query (``None`` when nothing is left of it) and the words it holds."""
    if isinstance(query, TsquerySlot):  # its words come later, bounded by raw_tsquery
        return query, 1
    if isinstance(query, str):
        return bounded_text(query, budget)
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        text, words = bounded_text(query.query_string, budget)
        if not words:
            return None, 0
        query = copy.copy(query)
        query.query_string = text
        return query, words
    if isinstance(query, (And, Or)):
        kept, used = [], 0
        for subquery in query.subqueries:
            if used >= budget:
                break
            subquery, words = _bounded(subquery, budget - used)
            if subquery is not None:
                kept.append(subquery)
                used += words
        return (type(query)(kept), used) if kept else (None, 0)
    if isinstance(query, (Not, Boost)):
        subquery, words = _bounded(query.subquery, budget)
        if subquery is None:
            return None, 0
        query = copy.copy(query)
        query.subquery = subquery
        return query, words
    return query, 0  # MATCH_ALL, MATCH_NONE


class BoundedQueryMixin:
    """Bounds every query (``bounded_query``) before a query compiler sees it."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        bounded = bounded_query(query)
        if bounded is None:  # only separators: what Wagtail does with an empty string
            bounded = ""
        return super()._search(query_compiler_class, bounded, model_or_queryset, **kwargs)


class ArabicObjectIndexer(ObjectIndexer):
    """Normalises the text of the title, body and autocomplete vectors (not the raw text kept for fuzzy search),
    and adds the marked roots of the title and body, after their words, with the weight ``ROOT_WEIGHT``."""

    def as_vector(self, texts, for_autocomplete=False):
        vectors = [(arabic.index_text(text), weight) for text, weight in texts]
        if not for_autocomplete:
            vectors += [(arabic.root_text(text), ROOT_WEIGHT) for text, _weight in texts]
        return super().as_vector(vectors, for_autocomplete)


def sql_weights_with_roots():
    """modelsearch's ``ts_rank`` weights ``{D,C,B,A}`` with ``ROOT_WEIGHT`` (C) a thousandth of the lowest
    field weight (D): a page matching a light stem anywhere ranks above a page that only shares roots."""
    values = list(weights.WEIGHTS_VALUES)
    values[len(weights.WEIGHTS) - 1 - weights.WEIGHTS.index(ROOT_WEIGHT)] = values[0] * ROOT_WEIGHT_RATIO  # {D,C,B,A}
    return "{" + ",".join(map(str, values)) + "}"


def with_object_indexer(function, indexer_class):
    """A copy of ``function`` that builds ``indexer_class`` wherever its module builds ``ObjectIndexer``.

    ``PostgresIndex.add_items`` creates its indexers through the module global ``ObjectIndexer``.
    Rebinding that one name for our copy of the function keeps modelsearch's SQL as it is and
    leaves the module itself untouched. If modelsearch stops naming ``ObjectIndexer`` there, this
    fails at import instead of silently indexing unnormalised text.
    """
    if "ObjectIndexer" not in global_names(function.__code__):
        raise ImproperlyConfigured(
            f"{function.__qualname__} no longer builds ObjectIndexer: "
            "update pages/search/backend.py for this modelsearch version."
        )
    namespace = {**function.__globals__, "ObjectIndexer": indexer_class}
    rebound = types.FunctionType(
        function.__code__, namespace, function.__name__, function.__defaults__, function.__closure__
    )
    rebound.__qualname__ = function.__qualname__
    rebound.__kwdefaults__ = function.__kwdefaults__
    return rebound


def global_names(code):
    """The global names read by ``code`` and by the comprehensions nested in it."""
    names = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names |= global_names(constant)
    return names


class ArabicPostgresIndex(PostgresIndex):
    add_items = with_object_indexer(PostgresIndex.add_items, ArabicObjectIndexer)


class TsquerySlot(PlainText):
    """A plain-text query standing for any other: its tsquery is the slot ``name`` of a ``PreparedQuery``,
    whose value is the ``raw_tsquery`` of the query string searched for."""

    def __init__(self, name="tsquery", operator=PlainText.DEFAULT_OPERATOR):
        super().__init__("", operator=operator)
        self.name = name


class ArabicQueryMixin:
    """Builds the tsquery of PlainText and Phrase queries from ``arabic.query_terms``: each word's light
    stems and (except when negated or completed as a prefix) its roots, ranked with ``ROOT_WEIGHT``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sql_weights = sql_weights_with_roots()

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, TsquerySlot):
            value = Slot(query.name, SearchQueryField())
            return SearchQuery(value, search_type="raw", config=config, invert=invert)
        if self.fields is None and isinstance(query, (PlainText, Phrase)):
            with_roots = isinstance(query, PlainText) and not invert and not self.LAST_TERM_IS_PREFIX
            terms = arabic.query_terms(query.query_string, roots=with_roots)[:MAX_QUERY_TERMS]
            if terms and isinstance(query, PlainText):
                return SearchQuery(
                    self.plain_text_lexemes(terms, query.operator, invert), search_type="raw", config=config
                )
            if terms:
                return SearchQuery(self.phrase_lexemes(terms), search_type="raw", config=config, invert=invert)
        # Searches in named fields, other query types, or nothing left after normalisation (only stop
        # words or punctuation): modelsearch's own handling, the query as typed.
        return super().build_tsquery_content(query, config=config, invert=invert)

    def raw_tsquery(self, query_string, operator=PlainText.DEFAULT_OPERATOR):
        """The text ``to_tsquery`` is given for ``PlainText(query_string, operator)``: the value of a
        ``TsquerySlot`` with that operator. ``None`` when nothing is left to search for."""
        query_string, _words = bounded_text(query_string)
        if not query_string:
            return None
        search_query = self.build_tsquery_content(PlainText(query_string, operator=operator))
        if search_query is None:
            return None
        if search_query.function != "to_tsquery" or search_query.invert:
            raise ValueError(f"{query_string!r} does not make a raw tsquery: it cannot fill a TsquerySlot.")
        *_config, lexemes = search_query.get_source_expressions()
        _sql, (text,) = Query(None).get_compiler(connection=connection).compile(lexemes)
        return text

    def plain_text_lexemes(self, terms, operator, invert):
        """Terms joined by ``operator``; each term matches any of its alternatives (none of them when inverted)."""
        combined = None
        for position, alternatives in enumerate(terms, start=1):
            prefix = self.LAST_TERM_IS_PREFIX and position == len(terms)
            term = None
            for alternative in alternatives:
                lexeme = Lexeme(alternative, invert=invert, prefix=prefix)
                term = lexeme if term is None else (term & lexeme if invert else term | lexeme)
            combined = term if combined is None else (combined & term if operator == "and" else combined | term)
        return combined

    def phrase_lexemes(self, terms):
        """Terms that follow each other, each matching any of the index word sequences it may have become."""
        combined = None
        for alternatives in terms:
            term = None
            for sequence in arabic.indexed_sequences(alternatives):
                lexemes = followed_by(Lexeme(word) for word in sequence)
                term = lexemes if term is None else term | lexemes
            combined = term if combined is None else followed_by([combined, term])
        return combined


def followed_by(lexemes):
    """The tsquery ``a <-> b <-> ...``: each lexeme in the place right after the one before."""
    combined = None
    for lexeme in lexemes:
        combined = lexeme if combined is None else CombinedLexeme(combined, "<->", lexeme)
    return combined


class ArabicSearchQueryCompiler(ArabicQueryMixin, PostgresSearchQueryCompiler):
    pass


class ArabicAutocompleteQueryCompiler(ArabicQueryMixin, PostgresAutocompleteQueryCompiler):
    pass


class ArabicPostgresSearchBackend(BoundedQueryMixin, PostgresSearchBackend):
    query_compiler_class = ArabicSearchQueryCompiler
    autocomplete_query_compiler_class = ArabicAutocompleteQueryCompiler
    index_class = ArabicPostgresIndex
