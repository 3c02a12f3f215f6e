"""A small bilingual site for the front-end tests, and helpers to read the HTML it serves.

The tree (Arabic, with English translations where marked "+ en"):

    home (+ en)
      about          show_in_menus (+ en)
        history      (Arabic only: its switcher falls back to the English home)
      policies       not in menus (+ en)
      news           show_in_menus (+ en)
        forum        article (+ en)
        workshop     article (Arabic only)
"""

import datetime
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from pages.core.factories import english_locale, translate_page
from pages.core.models import SiteSettings
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory

from ..conftest import make_home, make_home_en, reloaded

# The tree is built once per test module, inside the module's transaction (tests/conftest.py module_db);
# each test gets fresh copies of its pages. So in these modules ``home``, ``home_en`` and ``site_settings``
# are the tree's: once one test has asked for them, every later test of the module finds the tree in the
# database, so every test that asks for any of them gets all of it.


@pytest.fixture(scope="module")
def small_site(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        english_locale()
        home = make_home()
        home_en = make_home_en(home)
        return {"site_settings": make_site_settings(), **make_tree(home, home_en)}


@pytest.fixture
def home(small_site, db):
    return reloaded(small_site["home"])


@pytest.fixture
def home_en(small_site, db):
    return reloaded(small_site["home_en"])


@pytest.fixture
def site_settings(small_site, db):
    return reloaded(small_site["site_settings"])


@pytest.fixture
def tree(small_site, home, home_en, site_settings):
    shared = ("home", "home_en", "site_settings")
    pages = {key: reloaded(page) for key, page in small_site.items() if key not in shared}
    return {"home": home, "home_en": home_en, **pages}


def make_site_settings():
    return SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={
            "name_ar": "ملتقى تقنية المعلومات الحكومي",
            "name_en": "Government IT Community",
            "short_number": "5050",
            "email": "multaqa@cmc.example",
            "phone": "+964 1 555 0100",
            "address_ar": "بغداد، شارع أبي نواس",
            "address_en": "Abu Nuwas Street, Baghdad",
            "facebook_url": "https://facebook.example/multaqa",
        },
    )[0]


def make_tree(home, home_en):
    about = StandardPageFactory(parent=home, title="عن الملتقى", slug="about", show_in_menus=True)
    history = StandardPageFactory(parent=about, title="تاريخ الملتقى", slug="history")
    policies = StandardPageFactory(parent=home, title="السياسات", slug="policies", show_in_menus=False)
    news = NewsIndexPageFactory(parent=home, title="الأخبار", slug="news", show_in_menus=True)
    forum = NewsArticlePageFactory(
        parent=news,
        title="منتدى تقنية المعلومات الأول",
        slug="forum",
        date=datetime.date(2025, 3, 12),
        summary="اجتمع مدراء تقنية المعلومات في بغداد.",
        tags=["منتدى"],
    )
    workshop = NewsArticlePageFactory(
        parent=news,
        title="ورشة أمن الشبكات",
        slug="workshop",
        date=datetime.date(2025, 2, 1),
        tags=["منتدى"],
    )
    return {
        "home": home,
        "home_en": home_en,
        "about": about,
        "about_en": translate_page(about, title="About", slug="about"),
        "history": history,
        "policies": policies,
        "policies_en": translate_page(policies, title="Policies", slug="policies"),
        "news": news,
        "news_en": translate_page(news, title="News", slug="news"),
        "forum": forum,
        "forum_en": translate_page(forum, title="The first IT forum", slug="forum", summary="IT directors met."),
        "workshop": workshop,
    }


def parse(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def path_of(url):
    return urlsplit(url).path


# Every public page type in both languages: (name, tree key, expected language).
PAGES = [
    ("home", "home", "ar"),
    ("home", "home_en", "en"),
    ("standard", "about", "ar"),
    ("standard", "about_en", "en"),
    ("news index", "news", "ar"),
    ("news index", "news_en", "en"),
    ("article", "forum", "ar"),
    ("article", "forum_en", "en"),
]
