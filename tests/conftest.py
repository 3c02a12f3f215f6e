"""Fixtures shared by every test: the two locales, and a site whose Arabic home has an English translation."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory
from pages.core.factories import english_locale, translate_page
from pages.core.site_data import VERSION_KEY, site_data


@pytest.fixture(autouse=True)
def fresh_site_data():
    """Each test starts without the Site, settings and pictures an earlier test's process kept
    (pages.core.site_data): a rolled-back transaction sends no signal that would drop them, and tests
    that call a view directly skip the middleware that checks the version."""
    cache.delete(VERSION_KEY)
    site_data.refresh()


@pytest.fixture
def locale_ar(db):
    return Locale.objects.get(language_code="ar")


@pytest.fixture
def locale_en(db):
    return english_locale()


@pytest.fixture
def home(locale_ar, locale_en):
    """The Arabic HomePage as the root of the default site, at http://testserver (the stock welcome page removed)."""
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


@pytest.fixture
def home_en(home):
    return translate_page(
        home,
        title="Home",
        slug="home-en",
        hero_title="The government IT community of Iraq",
        hero_text="A platform for the IT departments of Iraq's state institutions.",
    )
