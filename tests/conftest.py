"""Fixtures shared by every test: the two locales, and a site whose Arabic home has an English translation.

Also the means to build expensive data once per test module (``module_db``), and what keeps tests
independent of each other in one process: the caches emptied before each test, media files in a
temporary folder per test session (one per pytest-xdist worker).
"""

import pytest
from django.core.cache import caches
from django.db import transaction
from django.test import override_settings
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory
from pages.core.factories import english_locale, translate_page
from pages.core.fastpath.routing import known_paths
from pages.core.fastpath.site_data import site_data


@pytest.fixture(autouse=True, scope="session")
def media_root(tmp_path_factory):
    """Uploads and renditions go to a temporary folder of this session (of this worker, with xdist)."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(autouse=True)
def fresh_site_data():
    """Each test starts with empty caches and without the Site, settings, pictures and page paths an
    earlier test's process kept (pages.core.fastpath.site_data, pages.core.fastpath.routing): a rolled-back transaction
    sends no signal that would drop them, tests that call a view directly skip the middleware that
    checks the version, and Wagtail keeps the site root paths in the cache."""
    forget_process_state()


def forget_process_state():
    for cache in caches.all(initialized_only=True):
        cache.clear()
    known_paths.entries.clear()
    site_data.refresh()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """A transaction around the tests of one module, rolled back when the module ends.

    A module-scoped fixture that requests it builds its data once, inside
    ``django_db_blocker.unblock()``; each test still runs in its own savepoint on top (pytest-django's
    ``db``), so what a test writes is gone before the next. Tests get fresh copies of the shared model
    objects (``reloaded``), never the shared ones. Not for transactional tests (they empty the database).
    """
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)


def reloaded(instance):
    """A fresh copy of a model instance from the database (of its own class: a specific page stays specific)."""
    return type(instance).objects.get(pk=instance.pk)


@pytest.fixture
def locale_ar(db):
    return Locale.objects.get(language_code="ar")


@pytest.fixture
def locale_en(db):
    return english_locale()


@pytest.fixture
def home(locale_ar, locale_en):
    """The Arabic HomePage as the root of the default site, at http://testserver (the stock welcome page removed)."""
    return make_home()


@pytest.fixture
def home_en(home):
    return make_home_en(home)


def make_home():
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="الرئيسية", slug="home-ar")
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.hostname = "testserver"  # the test client's host: absolute URLs come from the Site
    site.save()
    if old_root.pk != home.pk and not old_root.is_root():
        old_root.delete()
    return home


def make_home_en(home):
    return translate_page(
        home,
        title="Home",
        slug="home-en",
        hero_title="The government IT community of Iraq",
        hero_text="A platform for the IT departments of Iraq's state institutions.",
    )


# Two Sites, one tree (issue 9): the main site and an institution chapter with a host name of its own.
CHAPTER_HOST = "a.testserver"


@pytest.fixture
def two_sites(home, home_en):
    """The main site (``testserver``) and institution A's chapter as a Site of its own (``CHAPTER_HOST``),
    both in Arabic and English; institution B's chapter has no host. See ``make_two_sites``."""
    return make_two_sites(home, home_en)


def make_two_sites(home, home_en):
    """The tree, Arabic with English translations where marked "+ en"::

        home (+ en)                               Site testserver
          about          standard, in menus (+ en)
          news           (+ en)
            cmc-forum    article, tag منتدى (+ en)
            cmc-workshop article, tag منتدى
          chapters       institution index, in menus (+ en)
            moi          institution A's chapter (+ en)    Site a.testserver
              news       (+ en)
                moi-launch   article, tag منتدى (+ en)
                moi-training article, tag منتدى
              services   standard, in menus (+ en)
            mof          institution B's chapter, no host
              news
                mof-budget   article, tag منتدى

    Institutions are model rows made directly; B's chapter is Arabic only.
    """
    import datetime

    from pages.chapters.factories import InstitutionChapterPageFactory, InstitutionIndexPageFactory
    from pages.core.factories import ImageFactory
    from pages.institutions.models import Institution
    from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
    from pages.standard.factories import StandardPageFactory

    def article(parent, slug, title, day, **fields):
        date = datetime.date(2026, 1, day)
        return NewsArticlePageFactory(
            parent=parent, slug=slug, title=title, date=date, tags=["منتدى"], main_image=ImageFactory(), **fields
        )

    pages = {"home": home, "home_en": home_en}
    pages["about"] = StandardPageFactory(parent=home, title="عن الملتقى", slug="about", show_in_menus=True)
    pages["news"] = NewsIndexPageFactory(parent=home, title="أخبار الهيئة", slug="news")
    pages["cmc_forum"] = article(pages["news"], "cmc-forum", "منتدى الهيئة", 10, summary="اجتمع مدراء الهيئة.")
    pages["cmc_workshop"] = article(pages["news"], "cmc-workshop", "ورشة الهيئة", 9)
    pages["chapters"] = InstitutionIndexPageFactory(
        parent=home, title="فروع المؤسسات", slug="chapters", show_in_menus=True
    )

    moi = Institution.objects.create(
        slug="moi", name_ar="وزارة الداخلية", name_en="Ministry of Interior", kind="ministry", governorate="baghdad"
    )
    mof = Institution.objects.create(
        slug="mof", name_ar="وزارة المالية", name_en="Ministry of Finance", kind="ministry", governorate="baghdad"
    )
    pages["moi"] = InstitutionChapterPageFactory(
        parent=pages["chapters"], institution=moi, title="فرع الداخلية", slug="moi"
    )
    pages["moi_news"] = NewsIndexPageFactory(parent=pages["moi"], title="أخبار الداخلية", slug="news")
    pages["moi_launch"] = article(pages["moi_news"], "moi-launch", "إطلاق خدمة الداخلية", 12, summary="خدمة جديدة.")
    pages["moi_training"] = article(pages["moi_news"], "moi-training", "تدريب الداخلية", 8)
    pages["moi_services"] = StandardPageFactory(
        parent=pages["moi"], title="خدمات الداخلية", slug="services", show_in_menus=True
    )
    pages["mof"] = InstitutionChapterPageFactory(
        parent=pages["chapters"], institution=mof, title="فرع المالية", slug="mof"
    )
    pages["mof_news"] = NewsIndexPageFactory(parent=pages["mof"], title="أخبار المالية", slug="news")
    pages["mof_budget"] = article(pages["mof_news"], "mof-budget", "موازنة المالية", 11)

    english = {
        "about": {"title": "About", "slug": "about"},
        "news": {"title": "CMC news", "slug": "news"},
        "cmc_forum": {"title": "CMC forum", "slug": "cmc-forum", "summary": "The CMC's directors met."},
        "chapters": {"title": "Chapters", "slug": "chapters"},
        "moi": {"title": "Interior chapter", "slug": "moi"},
        "moi_news": {"title": "Interior news", "slug": "news"},
        "moi_launch": {"title": "Interior launches a service", "slug": "moi-launch", "summary": "A new service."},
        "moi_services": {"title": "Interior services", "slug": "services"},
    }
    for key, fields in english.items():
        pages[f"{key}_en"] = translate_page(pages[key], **fields)

    site = Site.objects.create(hostname=CHAPTER_HOST, port=80, root_page=pages["moi"], site_name="moi")
    moi.site = site
    moi.save(update_fields=["site"])
    pages["chapter_site"] = site
    pages["main_site"] = Site.objects.get(is_default_site=True)
    return pages
