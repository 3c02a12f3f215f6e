from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Page, get_page_models

from pages.core.page_urls import row_url
from pages.core.privacy import in_private_section
from pages.core.site_data import site_data

MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over live, public pages in the reader's language.

    A blank query shows the form without searching. Nothing is recorded about the query.
    """
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        language_code = get_language()
        paginator = Paginator(matching_page_ids(query, language_code), settings.SEARCH_PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))  # a bad number gives page 1 or the last
        results.object_list = describe(request, results.object_list, language_code)
    context = {"search_query": query, "results": results, "max_results": settings.SEARCH_MAX_RESULTS}
    return TemplateResponse(request, "search/search.html", context)


def clean_query(raw):
    """The query with runs of whitespace collapsed, cut to ``MAX_QUERY_LENGTH`` characters."""
    return " ".join(raw.split())[:MAX_QUERY_LENGTH].strip()


def search_pages(query, language_code):
    """Live, public pages of ``language_code`` matching every word of ``query``, best first (as ``Page``)."""
    locale = site_data.locale_for(language_code)
    if locale is None:
        return Page.objects.none()
    # Private sections as a subquery: Wagtail's .public() costs a query to list the restrictions first.
    private = Page.objects.filter(in_private_section()).values("pk")
    pages = Page.objects.live().filter(locale=locale).exclude(pk__in=private)
    return pages.search(query, operator="and")


def matching_page_ids(query, language_code):
    """The ids of the best ``SEARCH_MAX_RESULTS`` matches, best first, in one query: counting them is
    then free, and each page of results costs one more query (``describe``)."""
    results = search_pages(query, language_code)[: settings.SEARCH_MAX_RESULTS]
    if not hasattr(results, "get_queryset"):  # no match possible (an unknown language)
        return []
    # Every database search backend of Wagtail ranks in a queryset; only the ids are read from it.
    return list(results.get_queryset().values_list("pk", flat=True))


@dataclass
class SearchResult:
    pk: int
    title: str
    url: str | None
    summary: str


@lru_cache(maxsize=1)
def summary_lookups():
    """``{page model: lookup from Page to its summary field}`` for every page type that has one."""
    return {
        model: f"{model._meta.model_name}__{model.summary_field}"
        for model in get_page_models()
        if getattr(model, "summary_field", None) and model._meta.get_parent_list() == [Page]
    }


def describe(request, page_ids, language_code):
    """The pages ``page_ids``, in that order, with their title, URL and summary (their search
    description, else their type's ``summary_field``): one query, whatever their types."""
    lookups = list(summary_lookups().values())
    rows = Page.objects.filter(pk__in=page_ids).values("pk", "title", "url_path", "search_description", *lookups)
    by_pk = {row["pk"]: row for row in rows}
    results = []
    for pk in page_ids:
        row = by_pk.get(pk)
        if row is None:  # deleted between the two queries
            continue
        summary = row["search_description"] or next((row[name] for name in lookups if row[name]), "")
        url = row_url(request, pk, row["url_path"], language_code)
        results.append(SearchResult(pk=pk, title=row["title"], url=url, summary=summary))
    return results
