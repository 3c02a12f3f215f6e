"""One small bilingual site per test module, built once and rolled back at the end, and the checks every
hostile request must pass.

Building the tree (pages in both languages, a private page, a restricted collection, an image and a
document) costs seconds; each module's tests share it inside one transaction that is rolled back when
the module ends, and each test still runs in its own savepoint (pytest-django's ``db``).
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from wagtail.images.views.serve import generate_image_url
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.rich_text import RichText

from home.factories import HomePageFactory
from pages.chapters.factories import (
    InstitutionChapterPageFactory,
    InstitutionFactory,
    InstitutionIndexPageFactory,
    IsocBoardMemberFactory,
    IsocChapterPageFactory,
    LiaisonMemberFactory,
)
from pages.core.factories import DocumentFactory, ImageFactory, english_locale, translate_page
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory

from .corpus import PAGE_PARAMS, Target

REQUESTS_SENT = [0]


@dataclass
class HostileSite:
    pages: list  # every page of the tree, specific
    urls: dict  # what fills the URL templates of the corpus ({document}, {image}, ...)
    superuser: object
    page_targets: list = field(default_factory=list)

    def fill(self, url):
        return url.format_map(self.urls) if "{" in url else url


INVITATION_TOKEN = "hostile-corpus-invitation"


def invitation_token():
    """A pending invitation (to the first institution's editors) whose link the corpus opens and posts to."""
    from django.contrib.auth.models import Group

    from pages.institutions.invitations import digest
    from pages.institutions.models import Institution, Invitation

    institution = Institution.objects.order_by("pk").first()
    group = institution.editors_group or Group.objects.create(name="hostile editors")
    Invitation.objects.create(
        institution=institution, group=group, email="invited@example.com", token_digest=digest(INVITATION_TOKEN)
    )
    return INVITATION_TOKEN


def build_site():
    Locale.objects.get_or_create(language_code="ar")
    english_locale()
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="الرئيسية", slug="home-ar")
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    if old_root.pk != home.pk and not old_root.is_root():
        old_root.delete()

    home_en = translate_page(home, title="Home", slug="home-en")
    about = StandardPageFactory(
        parent=home, title="عن الملتقى", slug="about", body=[("paragraph", RichText("<p>وزارة الاتصالات</p>"))]
    )
    private = StandardPageFactory(parent=home, title="صفحة خاصة", slug="private")
    page_restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    news = NewsIndexPageFactory(parent=home, title="الأخبار", slug="news")
    forum = NewsArticlePageFactory(
        parent=news,
        title="منتدى الوزارات",
        slug="forum",
        date=datetime.date(2025, 3, 12),
        summary="اجتمع ممثلو وزارة الاتصالات.",
        tags=["forum-tag"],
    )
    for number in range(12):  # two pages of news
        NewsArticlePageFactory(parent=news, slug=f"item-{number}", summary="خبر وزارة")
    pages = [
        home,
        home_en,
        about,
        translate_page(about, title="About", slug="about"),
        news,
        translate_page(news, title="News", slug="news"),
        forum,
        translate_page(forum, title="The ministries forum", slug="forum", summary="The ministry forum met."),
        private,
    ]

    pages += build_chapters(home)

    image = ImageFactory(title="صورة")
    document = DocumentFactory(title="وثيقة")
    restricted = Collection.get_first_root_node().add_child(name="Restricted")
    document_restriction = CollectionViewRestriction.objects.create(
        collection=restricted, restriction_type=CollectionViewRestriction.PASSWORD, password="secret"
    )
    superuser = get_user_model().objects.create_superuser("hostile-admin", "admin@example.com", "password")
    urls = {
        "invitation": invitation_token(),
        "document": document.url,
        "image": generate_image_url(image, "fill-80x80"),
        "document_restriction": document_restriction.pk,
        "page_restriction": page_restriction.pk,
        "private_page": private.pk,
    }
    hostile_site = HostileSite(pages=[page.specific for page in pages], urls=urls, superuser=superuser)
    hostile_site.page_targets = [
        Target(page.url, PAGE_PARAMS.get(page._meta.label, {})) for page in hostile_site.pages if page.live
    ]
    return hostile_site


def build_chapters(home):
    """The chapter page types in both languages: the ISOC chapter with a board member, the directory of
    chapters (its IT directory and an entry's vCard are its own routes) and an institution's chapter
    with a liaison member and a news index. The institution's slug is "moi" (``corpus.PUBLIC_URLS``)."""
    isoc = IsocChapterPageFactory(parent=home, slug="isoc")
    IsocBoardMemberFactory(page=isoc)
    index = InstitutionIndexPageFactory(parent=home, slug="chapters")
    institution = InstitutionFactory(slug="moi", name_ar="وزارة الداخلية", name_en="Ministry of Interior")
    LiaisonMemberFactory(institution=institution)
    chapter = InstitutionChapterPageFactory(parent=index, institution=institution, slug="moi")
    chapter_news = NewsIndexPageFactory(parent=chapter, title="أخبار الفرع", slug="news")
    return [
        isoc,
        translate_page(isoc, title="ISOC Iraq chapter", slug="isoc"),
        index,
        translate_page(index, title="Institution chapters", slug="chapters"),
        chapter,
        translate_page(chapter, title="Ministry of Interior", slug="moi"),
        chapter_news,
    ]


@pytest.fixture(scope="module")
def hostile_site(django_db_setup, django_db_blocker):
    """The site, built once for the module, inside a transaction rolled back when the module is done."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            yield build_site()
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


@pytest.fixture
def hostile(hostile_site, db):
    """The module's site, for a test that runs in its own savepoint."""
    return hostile_site


@pytest.fixture
def hostile_client():
    """A test client that answers an exception with the 500 page, as the site would, instead of raising it."""
    return Client(raise_request_exception=False)


def body_of(response):
    if response.streaming:
        # Reading it to the end closes it, as a server would (the test client's wrapper).
        return b"".join(response.streaming_content)
    return response.content


def problems_with(response, probe=None):
    """What is wrong with a response to a hostile request: a server error, a traceback, a probe reflected."""
    REQUESTS_SENT[0] += 1
    body = body_of(response)
    problems = []
    if response.status_code >= 500:
        exc_info = getattr(response, "exc_info", None)
        raised = f" ({exc_info[0].__name__}: {str(exc_info[1])[:160]})" if exc_info else ""
        problems.append(f"status {response.status_code}{raised}")
    if b"Traceback" in body:
        problems.append("a traceback in the body")
    if probe and probe.encode() in body:
        problems.append("the probe reflected unescaped")
    return problems


class Findings:
    """Collects the problems of many requests, so one test reports every failing value at once."""

    def __init__(self):
        self.found = []

    def check(self, label, response, probe=None):
        for problem in problems_with(response, probe):
            self.found.append(f"{label}: {problem}")

    def assert_none(self):
        assert not self.found, "\n".join(self.found)


def query(params, extra=None):
    """A query string: ``params`` as already-encoded ``name=value`` pairs after ``extra`` (plain values)."""
    parts = [urlencode(extra)] if extra else []
    parts += [f"{name}={encoded}" for name, encoded in params]
    return "&".join(parts)


def pytest_terminal_summary(terminalreporter):
    if REQUESTS_SENT[0]:
        terminalreporter.write_line(f"hostile-input corpus: {REQUESTS_SENT[0]} requests checked")
