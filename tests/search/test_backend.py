"""How the backend is wired: Arabic-aware on SQLite and PostgreSQL, and modelsearch's add_items reused."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from modelsearch.backends.database.postgres import postgres as modelsearch_postgres
from wagtail.search.backends import get_search_backend

from pages.search import backend


def test_an_arabic_backend_is_used_on_either_database():
    search_backend = get_search_backend()
    if connection.vendor == "postgresql":
        assert isinstance(search_backend, backend.ArabicPostgresSearchBackend)
    else:
        from pages.search import fts5

        assert isinstance(search_backend, fts5.ArabicSQLiteSearchBackend)
        assert search_backend.get_index_for_model(None).__class__ is fts5.ArabicSQLiteIndex


@pytest.mark.sqlite
def test_sqlite_add_items_is_modelsearchs_own_code_building_our_indexer():
    """Fails when a modelsearch upgrade changes how the SQLite add_items builds its indexers."""
    from modelsearch.backends.database.sqlite import sqlite as modelsearch_sqlite

    from pages.search import fts5

    assert fts5.ArabicSQLiteIndex.add_items.__code__ is modelsearch_sqlite.SQLiteIndex.add_items.__code__
    assert fts5.ArabicSQLiteIndex.add_items.__globals__["ObjectIndexer"] is fts5.ArabicSQLiteObjectIndexer
    assert modelsearch_sqlite.ObjectIndexer is not fts5.ArabicSQLiteObjectIndexer


@pytest.mark.postgres
def test_no_search_field_has_the_weight_class_of_the_roots():
    """The roots' weight class is free: modelsearch gives it to fields boosted between 0 and 2 only."""
    from modelsearch.backends.database.postgres.weights import get_weight
    from modelsearch.index import SearchField, get_indexed_models
    from modelsearch.utils import get_search_fields

    for model in get_indexed_models():
        for field in get_search_fields(model.get_search_fields()):
            if isinstance(field, SearchField):
                assert get_weight(field.boost) != backend.ROOT_WEIGHT, (model, field.field_name)
    weights = [float(value) for value in backend.sql_weights_with_roots().strip("{}").split(",")]
    assert weights[1] < weights[0] / 100  # {D,C,B,A}: C far below D


@pytest.mark.postgres
def test_postgres_uses_the_arabic_backend_with_the_multaqa_configuration():
    search_backend = get_search_backend()
    assert isinstance(search_backend, backend.ArabicPostgresSearchBackend)
    assert search_backend.config == "multaqa"
    assert search_backend.get_index_for_model(None).__class__ is backend.ArabicPostgresIndex


def test_add_items_is_modelsearchs_own_code_building_our_indexer():
    """Fails when a modelsearch upgrade changes how add_items builds its indexers: re-check backend.py then."""
    stock = modelsearch_postgres.PostgresIndex.add_items
    ours = backend.ArabicPostgresIndex.add_items
    assert ours.__code__ is stock.__code__
    assert ours.__globals__["ObjectIndexer"] is backend.ArabicObjectIndexer
    # modelsearch's module is not patched: other backends keep the stock indexer.
    assert modelsearch_postgres.ObjectIndexer is not backend.ArabicObjectIndexer
    assert stock.__globals__["ObjectIndexer"] is modelsearch_postgres.ObjectIndexer
    assert issubclass(backend.ArabicObjectIndexer, modelsearch_postgres.ObjectIndexer)
    assert "as_vector" in vars(modelsearch_postgres.ObjectIndexer)


def test_rebinding_a_function_that_does_not_build_the_indexer_fails_loudly():
    def add_items(self, model, objs):
        return [IndexBuilder(obj) for obj in objs]  # noqa: F821

    with pytest.raises(ImproperlyConfigured, match="no longer builds ObjectIndexer"):
        backend.with_object_indexer(add_items, backend.ArabicObjectIndexer)


def test_the_query_compilers_keep_modelsearchs_hook():
    """build_tsquery_content is the method the Arabic compilers override; it must still exist upstream."""
    assert "build_tsquery_content" in vars(modelsearch_postgres.PostgresSearchQueryCompiler)
    assert backend.ArabicSearchQueryCompiler.LAST_TERM_IS_PREFIX is False
    assert backend.ArabicAutocompleteQueryCompiler.LAST_TERM_IS_PREFIX is True
