from dataclasses import dataclass

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
        paginator = Paginator(search_pages(query, get_language()), settings.SEARCH_PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))  # a bad number gives page 1 or the last
        results.object_list = describe(request, results.object_list, get_language())
    return TemplateResponse(request, "search/search.html", {"search_query": query, "results": results})


def clean_query(raw):
    """The query with runs of whitespace collapsed, cut to ``MAX_QUERY_LENGTH`` characters."""
    return " ".join(raw.split())[:MAX_QUERY_LENGTH].strip()


def search_pages(query, language_code):
    """Live, public pages of ``language_code`` matching every word of ``query``, best first (as ``Page``)."""
    locale = site_data.locale_for(language_code)
    if locale is None:
        return []
    # Private sections as a subquery: Wagtail's .public() costs a query to list the restrictions first.
    private = Page.objects.filter(in_private_section()).values("pk")
    pages = Page.objects.live().filter(locale=locale).exclude(pk__in=private).defer_streamfields()
    return pages.search(query, operator="and")


@dataclass
class SearchResult:
    pk: int
    title: str
    url: str | None
    summary: str


def summary_lookups():
    """``{page model: lookup from Page to its summary field}`` for every page type that has one."""
    return {
        model: f"{model._meta.model_name}__{model.summary_field}"
        for model in get_page_models()
        if getattr(model, "summary_field", None) and model._meta.get_parent_list() == [Page]
    }


def describe(request, pages, language_code):
    """The pages of one page of results with their URL and summary (their search description, else
    their type's ``summary_field``): one query for all of them, whatever their types."""
    pages = list(pages)
    lookups = list(summary_lookups().values())
    texts = {
        row["pk"]: row
        for row in Page.objects.filter(pk__in=[page.pk for page in pages]).values("pk", "search_description", *lookups)
    }
    results = []
    for page in pages:
        row = texts.get(page.pk, {})
        summary = row.get("search_description") or next((row[name] for name in lookups if row.get(name)), "")
        results.append(
            SearchResult(
                pk=page.pk,
                title=page.title,
                url=row_url(request, page.pk, page.url_path, language_code),
                summary=summary,
            )
        )
    return results
