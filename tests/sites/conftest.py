"""The two-site tree (tests/conftest.py ``make_two_sites``) built once per test module, and helpers to
request and read pages on either host."""

import pytest
from bs4 import BeautifulSoup

from pages.core.factories import english_locale

from ..conftest import CHAPTER_HOST, make_home, make_home_en, make_two_sites, reloaded

MAIN = "testserver"
CHAPTER = CHAPTER_HOST


@pytest.fixture(scope="module")
def built(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        english_locale()
        home = make_home()
        return make_two_sites(home, make_home_en(home))


@pytest.fixture
def sites(built, db):
    """Fresh copies of the module's pages and Sites."""
    return {key: reloaded(value) for key, value in built.items()}


def get(client, url, host=MAIN, **extra):
    return client.get(url, HTTP_HOST=host, **extra)


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def links(soup, selector="main"):
    """The hrefs of the links inside ``selector``."""
    return [a["href"] for node in soup.select(selector) for a in node.find_all("a", href=True)]


def text_of(soup, selector="main"):
    return " ".join(node.get_text(" ", strip=True) for node in soup.select(selector))
