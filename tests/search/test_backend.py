"""How the backend is wired: stock on SQLite, Arabic-aware on PostgreSQL, and modelsearch's add_items reused."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from modelsearch.backends.database.postgres import postgres as modelsearch_postgres
from wagtail.search.backends import get_search_backend

from pages.search import backend


def test_the_arabic_backend_is_used_on_postgresql_only():
    is_arabic = isinstance(get_search_backend(), backend.ArabicPostgresSearchBackend)
    assert is_arabic == (connection.vendor == "postgresql")


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
