"""Search backend factory named in WAGTAILSEARCH_BACKENDS."""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 - Wagtail looks up this name
    return DatabaseSearchBackend(params)
