from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from .backend import MAX_QUERY_LENGTH
from .results import search_results
from .suggestions import sections, word_suggestions


def search(request):
    """Full-text search over live, public pages in the reader's language.

    A blank query shows the form without searching. A query that finds nothing shows what to try
    instead (``pages.search.suggestions``). Nothing is recorded about the query.
    """
    query = clean_query(request.GET.get("q", ""))
    context = {"search_query": query, "results": None}
    if query:
        # A page number that is not a number gives page 1; one past the end, the last page.
        results = search_results(request, query, get_language(), settings.SEARCH_PAGE_SIZE, request.GET.get("page"))
        context["results"] = results
        if not results.paginator.count:
            context["suggestions"] = word_suggestions(request, query, get_language())
            context["sections"] = sections(request)
    return TemplateResponse(request, "search/search.html", context)


def clean_query(raw):
    """The query with runs of whitespace collapsed, cut to ``MAX_QUERY_LENGTH`` characters (the search
    backend bounds it again, words included, for every caller)."""
    return " ".join(raw.split())[:MAX_QUERY_LENGTH].strip()
