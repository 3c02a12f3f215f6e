from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Page

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
    return TemplateResponse(request, "search/search.html", {"search_query": query, "results": results})


def clean_query(raw):
    """The query with runs of whitespace collapsed, cut to ``MAX_QUERY_LENGTH`` characters."""
    return " ".join(raw.split())[:MAX_QUERY_LENGTH].strip()


def search_pages(query, language_code):
    """Live, public pages of ``language_code`` matching every word of ``query``, best first, as their specific types.

    ``specific()`` costs one query per page type among the results, whatever their number.
    """
    locale = site_data.locale_for(language_code)
    if locale is None:
        return []
    pages = Page.objects.live().public().filter(locale=locale).specific().defer_streamfields()
    return pages.search(query, operator="and")
