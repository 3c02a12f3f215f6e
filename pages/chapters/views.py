"""What the chapter pages show, each part read in a fixed number of queries (plain ORM: ``select_related``,
``prefetch_related``, ``defer_streamfields``), whatever the number of members, chapters or institutions.

Models import this module; it imports them only inside functions.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from pages.core.fastpath.privacy import readable_by, reader_of
from pages.core.i18n import active_language
from pages.core.models import SiteSettings
from pages.core.paging import clamped_page_number
from pages.directory.queries import current_members as directory_members
from pages.directory.queries import directory_entries
from pages.directory.vcard import institution_cards
from pages.news.queries import latest_articles

from .listing import ChapterFilterForm, chapter_pages, filtered

CHAPTERS_PER_PAGE = 24
LATEST_NEWS = 3


def menu_children(request, page):
    """``(nav, news_index)``: the page's live children that the reader may see listed, shown in menus
    (the chapter's own navigation; members-only pages to those who may read them), and its news index,
    from one query."""
    from django.contrib.contenttypes.models import ContentType

    from pages.news.models import NewsIndexPage

    children = list(page.get_children().live().filter(readable_by(reader_of(request))).order_by("path"))
    news_type = ContentType.objects.get_for_model(NewsIndexPage).pk  # Django's content type cache
    news_index = next((child for child in children if child.content_type_id == news_type), None)
    return [child for child in children if child.show_in_menus], news_index


def latest_news(request, page, news_index):
    """The newest article cards under the chapter page (``pages.news.queries.latest_articles``: its own
    subtree, never the site's or another chapter's news, as the reader may see them): one query. None
    without a news index to link them to."""
    if news_index is None:
        return []
    return latest_articles(request, page, LATEST_NEWS)


def people(relation):
    return relation.select_related("photo").prefetch_related("photo__renditions")


def isoc_chapter_context(request, page):
    from .models import InstitutionIndexPage

    nav, news_index = menu_children(request, page)
    directory = InstitutionIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    return {
        "board_members": list(people(page.board_members.all())),
        "working_groups": list(page.working_groups.all()),
        "chapter_nav": nav,
        "news_index": news_index,
        "latest_news": latest_news(request, page, news_index),
        "directory_page": directory,
    }


def current_members(institution):
    """The institution's liaison members whose term has not ended, in their order, with their photos."""
    return list(people(directory_members().filter(institution=institution)))


def institution_chapter_context(request, page):
    institution = page.institution
    nav, news_index = menu_children(request, page)
    return {
        "institution": institution,
        "logo": institution.logo,
        "liaison_members": current_members(institution),
        "chapter_nav": nav,
        "news_index": news_index,
        "latest_news": latest_news(request, page, news_index),
    }


def page_queries(number):
    """``listing_queries`` (``pages.core.templatetags``: canonical address, language switcher, hreflang)
    of a page of the listing: past the first, its number, an hreflang alternate of itself only (the other
    language's page of that number need not list the same chapters). Filters are left out: a filtered
    listing's canonical address is the listing."""
    if number == 1:
        return {}
    current = active_language()
    return {code: (f"?page={number}", code == current) for code, _name in settings.LANGUAGES}


def chapter_listing_context(request, index_page):
    form = ChapterFilterForm(request.GET)
    values, ignored = form.filters()
    pages = chapter_pages(index_page, reader_of(request), **values)
    listing = Paginator(pages, CHAPTERS_PER_PAGE).get_page(clamped_page_number(request.GET.get("page")))
    return {
        "listing_queries": page_queries(listing.number),
        "filter_form": form,
        "filters": values,
        "ignored_filters": ignored,
        "filtered": any(values.values()),
        "chapters": listing,
    }


def it_directory_context(request, index_page):
    from pages.institutions.models import Institution

    form = ChapterFilterForm(request.GET)
    values, ignored = form.filters()
    institutions = filtered(Institution.objects.all(), prefix="", **values)
    return {
        # The canonical address and the language switcher's: the IT directory of each language.
        "listing_queries": {code: ("directory/", True) for code, _name in settings.LANGUAGES},
        "filter_form": form,
        "ignored_filters": ignored,
        "entries": list(directory_entries(institutions).order_by(f"name_{active_language()}", "pk")),
    }


@require_safe
def it_directory(request, index_page):
    return index_page.render(
        request,
        template="chapters/it_directory_page.html",
        context_overrides=it_directory_context(request, index_page),
    )


@require_safe
def institution_vcard(request, index_page, slug):
    """The vCards of one directory entry: its IT department and its liaison members."""
    institution = directory_entries().filter(slug=slug).first()
    if institution is None:
        raise Http404
    short_number = SiteSettings.for_request(request).short_number
    response = HttpResponse(institution_cards(institution, short_number), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{institution.slug}.vcf"'
    return response
