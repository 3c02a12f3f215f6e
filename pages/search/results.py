"""Search results: one page of the best matches, with their title, URL and summary, and how many
pages match, in one query.

Only the request's Site is searched: the pages under its home in the reader's language (the main site's
search covers its whole tree, the institution chapters in it included; a chapter's own Site, that chapter
only). A reader sees the pages they may read (``pages.core.fastpath.privacy``): anonymous readers the
public ones, signed-in readers also the members-only pages open to them.

The ranked query is Wagtail's (``Page.objects.search``, through ``pages.search.backend``), read as
rows (``.values()``) with ``COUNT(*) OVER ()`` (``pages.core.paging``). On PostgreSQL it is compiled
once per process (twice: for anonymous and for signed-in readers), with the locale, the site's home,
the reader and the tsquery as slots (``TsquerySlot``): each request only turns its words into a
tsquery and runs the SQL. Building the ranked queryset through the ORM on
every request cost about half the CPU of a search page. Elsewhere (SQLite in development and tests)
the queryset is built and compiled for each request.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.core.paginator import Paginator
from django.db.models import CharField, IntegerField, Value
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from pages.core.fastpath.page_urls import language_root_path, row_url
from pages.core.fastpath.prepared import PreparedQuery, Slot
from pages.core.fastpath.privacy import READER_SLOT, hidden_from, reader_of, signed_in
from pages.core.fastpath.site_data import site_data
from pages.core.paging import page_of, with_total
from pages.core.teasers import description_fields, first_text

from . import arabic
from .backend import ArabicPostgresSearchBackend, TsquerySlot

OPERATOR = "and"  # a page must hold every word of the query


@dataclass
class SearchResult:
    pk: int
    title: str
    url: str | None
    summary: str


@lru_cache(maxsize=1)
def summary_lookups():
    """Lookups from ``Page`` to the description fields (``pages.core.teasers``) of every page type, the
    search description first: a row's summary is the first of them it has filled in (another type's
    fields are null in its row)."""
    return tuple(dict.fromkeys(lookup for model in get_page_models() for lookup in description_lookups(model)))


def description_lookups(page_type):
    """Lookups from ``Page`` to the description fields of ``page_type``, best first: a field of ``Page``
    itself by its name, one of a page type that inherits directly from ``Page`` through that type."""
    for name in description_fields(page_type):
        holder = page_type._meta.get_field(name).model
        if holder is Page:
            yield name
        elif holder._meta.get_parent_list() == [Page]:
            yield f"{holder._meta.model_name}__{name}"


def matching_pages(locale_id, query, root_path="/", reader=None):
    """Wagtail's search results for ``query`` over the live pages of ``locale_id`` under the page at
    ``root_path`` (a url_path) that ``reader`` (a user id expression, ``None``: anonymous) may see listed."""
    # One subquery for the place and the privacy: Wagtail's .public() costs a query to list the
    # restrictions first, and url_path is not among the fields a search can filter on.
    listed = Page.objects.filter(url_path__startswith=root_path).exclude(hidden_from(reader)).values("pk")
    pages = Page.objects.live().filter(locale_id=locale_id, pk__in=listed)
    return pages.search(query, operator=OPERATOR)


def ranked_rows(search_results):
    """The matches as rows, best first, each with what a result shows and the number of matches."""
    fields = ("pk", "title", "url_path", *summary_lookups())
    return with_total(search_results.get_queryset().values(*fields))


class PreparedSearch:
    """The ranked search query of a PostgreSQL search backend, compiled once with slots: ``locale_id``,
    ``root_path``, ``tsquery`` (the text the backend makes of the words searched for) and, compiled
    for signed-in readers, ``reader_id``."""

    def __init__(self, for_members=False):
        self.for_members = for_members
        self.query = PreparedQuery(self.build)
        self.query_compiler = None

    def build(self):
        reader = Slot(READER_SLOT, IntegerField()) if self.for_members else None
        search_results = matching_pages(
            Slot("locale_id", IntegerField()),
            TsquerySlot("tsquery", OPERATOR),
            Slot("root_path", CharField()),
            reader,
        )
        self.query_compiler = search_results.query_compiler
        return ranked_rows(search_results)

    def page(self, query, locale_id, per_page, requested, root_path="/", reader_id=None):
        self.query.compile()
        tsquery = self.query_compiler.raw_tsquery(query, OPERATOR)
        if tsquery is None:  # nothing left to search for (only separators)
            return empty_page(per_page)
        values = {"locale_id": locale_id, "tsquery": tsquery, "root_path": root_path}
        if self.for_members:
            values[READER_SLOT] = reader_id
        return page_of(self.query, per_page, requested, **values)


class PreparedSearches:
    """The prepared search of anonymous readers and that of signed-in readers."""

    def __init__(self):
        self.public = PreparedSearch()
        self.member = PreparedSearch(for_members=True)

    def page(self, query, locale_id, per_page, requested, root_path="/", reader_id=None):
        search = self.member if reader_id is not None else self.public
        return search.page(query, locale_id, per_page, requested, root_path, reader_id)


def built_per_request(query, locale_id, per_page, requested, root_path="/", reader_id=None):
    """The same page, from the ranked queryset built for this query (any search backend)."""
    reader = Value(reader_id) if reader_id is not None else None
    search_results = matching_pages(locale_id, query, root_path, reader)
    if not hasattr(search_results, "get_queryset"):  # Wagtail's empty results: nothing can match
        return empty_page(per_page)
    return page_of(PreparedQuery(lambda: ranked_rows(search_results)), per_page, requested)


def empty_page(per_page):
    return Paginator([], per_page).page(1)


@lru_cache(maxsize=1)
def page_reader():
    """How this process reads a page of results: prepared on the PostgreSQL backend, else built."""
    if isinstance(get_search_backend(), ArabicPostgresSearchBackend):
        return PreparedSearches().page
    return built_per_request


def search_results(request, query, language_code, per_page, requested_page):
    """The page ``requested_page`` of the pages of ``language_code`` on the request's Site matching every
    word of ``query`` that the reader may see listed, best first, as a ``django.core.paginator.Page`` of
    ``SearchResult``."""
    locale = site_data.locale_for(language_code)
    if locale is None or not arabic.query_terms(query):
        # No locale, or nothing to search for (only stop words such as في, or separators), on either
        # database: the backends' as-typed fallback would look for في itself, or match unindexed pages.
        return empty_page(per_page)
    site = site_data.find_site(request) if request is not None else None
    root_path = (language_root_path(request, site, language_code) if site else None) or "/"
    user = reader_of(request)
    reader_id = user.pk if signed_in(user) else None
    page = page_reader()(query, locale.pk, per_page, requested_page, root_path, reader_id)
    page.object_list = [result(request, row, language_code) for row in page.object_list]
    return page


def result(request, row, language_code):
    """A row as a result: the page's search description, else its type's teaser text."""
    summary = first_text(row[name] for name in summary_lookups())
    url = row_url(request, row["pk"], row["url_path"], language_code)
    return SearchResult(pk=row["pk"], title=row["title"], url=url, summary=summary)
