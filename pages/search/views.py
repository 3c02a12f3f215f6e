from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over live, public pages in the reader's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        locale = Locale.objects.get_for_language(get_language())
        pages = Page.objects.live().public().filter(locale=locale).specific().defer_streamfields()
        paginator = Paginator(pages.search(query), settings.SEARCH_PAGE_SIZE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
    return TemplateResponse(request, "search/search.html", {"search_query": query, "results": results})
