"""Query counts pinned on both hosts, for anonymous and signed-in readers, that do not grow with content.

The two-site tree (tests/conftest.py ``make_two_sites``) is built once for the module. Each URL is rendered
once to warm what a process keeps (renditions, site data), and the queries of a second render are counted
(``queries_of_a_warm_render``, as tests/core/test_query_counts.py does). Then every news index gets 20
more articles, with images and tags, and a third institution gets a chapter with its own Site and news;
every count must stay the same.

The chapter home (``InstitutionChapterPage``) renders what pages.chapters adds to its context (IT
department, liaison members, its navigation, its latest news): its pin is what that costs today.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction, Site

from pages.chapters.factories import InstitutionChapterPageFactory
from pages.core.factories import ImageFactory
from pages.institutions.models import Institution
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory

from ..core.test_query_counts import listing, queries_of_a_warm_render
from .conftest import CHAPTER, MAIN

# (host, url) of each page counted, for an anonymous reader and for a signed-in member of the chapter's group.
PAGES = {
    "home": (MAIN, "/ar/"),
    "chapter home on the main host": (MAIN, "/ar/chapters/moi/"),
    "chapter home": (CHAPTER, "/ar/"),
    "news index": (MAIN, "/ar/news/"),
    "chapter news index": (CHAPTER, "/ar/news/"),
    "article": (MAIN, "/ar/news/cmc-forum/"),
    "chapter article": (CHAPTER, "/ar/news/moi-launch/"),
    "standard": (MAIN, "/ar/about/"),
    "chapter standard": (CHAPTER, "/ar/services/"),
    "search": (MAIN, "/ar/search/?q=%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9"),
    "chapter search": (CHAPTER, "/ar/search/?q=%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9"),
    "feed": (MAIN, "/ar/news/feed/rss/"),
    "chapter feed": (CHAPTER, "/ar/news/feed/rss/"),
}
# Anonymous: the same pins as tests/core/test_query_counts.py, on either host. The chapter home's is what
# pages.chapters costs (h3: the chapter's navigation, its latest news, the institution and its members).
MAX_QUERIES = {
    "home": 6,
    "chapter home on the main host": 8,
    "chapter home": 8,
    "news index": 3,
    "chapter news index": 3,
    "article": 7,
    "chapter article": 7,
    "standard": 5,
    "chapter standard": 5,
    "search": 2,
    "chapter search": 2,
    "feed": 5,
    "chapter feed": 5,
}
# Signed in: four more (the session, the user, and the user bar's two permission lookups), but for the feeds,
# which never read the user.
MAX_MEMBER_QUERIES = {kind: bound if "feed" in kind else bound + 4 for kind, bound in MAX_QUERIES.items()}


def warm_queries(kind, user=None):
    host, url = PAGES[kind]
    client = Client(HTTP_HOST=host)
    if user is not None:
        client.force_login(user)
    return queries_of_a_warm_render(url, client)


@pytest.fixture(scope="module")
def member(built, django_db_blocker):
    from django.contrib.auth import get_user_model

    with django_db_blocker.unblock():
        group = Group.objects.create(name="moi members")
        user = get_user_model().objects.create_user("member", password="p")
        user.groups.add(group)
        restriction = PageViewRestriction.objects.create(
            page=built["moi_training"], restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(group)
        return user


@pytest.fixture(scope="module")
def before(built, member, django_db_blocker):
    with django_db_blocker.unblock():
        return {kind: (warm_queries(kind), warm_queries(kind, member)) for kind in PAGES}


def add_article(news_index, number):
    return NewsArticlePageFactory(
        parent=news_index, title=f"خبر الداخلية رقم {number}", main_image=ImageFactory(), tags=["منتدى", "تدريب"]
    )


@pytest.fixture(scope="module")
def after(built, before, member, django_db_blocker):
    with django_db_blocker.unblock():
        for key in ("news", "moi_news", "mof_news"):
            for number in range(20):
                add_article(built[key], number)
        third = Institution.objects.create(
            slug="moh", name_ar="وزارة الصحة", name_en="Ministry of Health", kind="ministry", governorate="basra"
        )
        chapter = InstitutionChapterPageFactory(parent=built["chapters"], institution=third, slug="moh")
        news = NewsIndexPageFactory(parent=chapter, slug="news")
        for number in range(5):
            add_article(news, number)
        Site.objects.create(hostname="c.testserver", port=80, root_page=chapter)
        return {kind: (warm_queries(kind), warm_queries(kind, member)) for kind in PAGES}


@pytest.mark.parametrize("kind", list(PAGES))
def test_query_counts_are_pinned_on_both_hosts(db, before, after, kind):
    anonymous, signed_in = before[kind]
    assert len(anonymous) <= MAX_QUERIES.get(kind, 0), f"{kind}: {len(anonymous)} queries\n{listing(anonymous)}"
    assert len(signed_in) <= MAX_MEMBER_QUERIES.get(kind, 0), f"{kind}: {len(signed_in)}\n{listing(signed_in)}"


@pytest.mark.parametrize("kind", list(PAGES))
def test_query_counts_do_not_grow_with_content_or_sites(db, before, after, kind):
    for reader, counted_before, counted_after in zip(("anonymous", "member"), before[kind], after[kind], strict=True):
        assert len(counted_after) == len(counted_before), (
            f"{kind} ({reader}): {len(counted_before)} queries before, after:\n{listing(counted_after)}"
        )
