"""The main menu comes from the page tree of the current language; breadcrumbs show the ancestors."""

import pytest
from wagtail.models import PageViewRestriction

from .conftest import parse


def menu(soup):
    nav = soup.find("nav", class_="main-menu")
    return [(link.get_text(strip=True), link["href"]) for link in nav.find_all("a")]


def breadcrumb_trail(soup):
    nav = soup.find("nav", class_="breadcrumbs")
    if nav is None:
        return []
    return [(item.get_text(strip=True), item.a["href"] if item.a else None) for item in nav.find_all("li")]


@pytest.mark.parametrize("url", ["/ar/", "/ar/about/history/", "/ar/search/?q=x"])
def test_arabic_menu_lists_arabic_pages_marked_for_menus(client, tree, url):
    soup = parse(client.get(url))
    assert menu(soup)[1:] == [("عن الملتقى", "/ar/about/"), ("الأخبار", "/ar/news/")]
    assert menu(soup)[0][1] == "/ar/"


@pytest.mark.parametrize("url", ["/en/", "/en/about/", "/en/search/"])
def test_english_menu_lists_english_pages_only(client, tree, url):
    soup = parse(client.get(url))
    assert menu(soup)[1:] == [("About", "/en/about/"), ("News", "/en/news/")]


def test_menu_leaves_out_drafts_and_private_pages(client, tree):
    tree["news"].unpublish()
    PageViewRestriction.objects.create(page=tree["about"], restriction_type=PageViewRestriction.LOGIN)
    soup = parse(client.get("/ar/policies/"))
    assert menu(soup)[1:] == []


def test_menu_marks_the_section_of_the_current_page(client, tree):
    soup = parse(client.get(tree["forum"].url))
    active = soup.find("nav", class_="main-menu").find("li", class_="is-active")
    assert active.a["href"] == "/ar/news/"
    # The article is in the section, not the section page itself: "true", not "page".
    assert active.a["aria-current"] == "true"

    soup = parse(client.get("/ar/news/"))
    assert soup.find("nav", class_="main-menu").find("a", attrs={"aria-current": "page"})["href"] == "/ar/news/"


def test_menu_is_one_query_whatever_the_number_of_pages(client, tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pages.standard.factories import StandardPageFactory

    def count():
        client.get("/ar/search/")  # warm
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/ar/search/").status_code == 200
        return len(captured)

    before = count()
    for _ in range(10):
        StandardPageFactory(parent=tree["home"], show_in_menus=True)
    assert count() == before


@pytest.mark.parametrize(
    "key,trail",
    [
        ("history", [("الرئيسية", "/ar/"), ("عن الملتقى", "/ar/about/"), ("تاريخ الملتقى", None)]),
        ("forum", [("الرئيسية", "/ar/"), ("الأخبار", "/ar/news/"), ("منتدى تقنية المعلومات الأول", None)]),
        ("forum_en", [("Home", "/en/"), ("News", "/en/news/"), ("The first IT forum", None)]),
        ("about_en", [("Home", "/en/"), ("About", None)]),
    ],
)
def test_breadcrumbs_show_the_ancestors_from_the_home_page(client, tree, key, trail):
    soup = parse(client.get(tree[key].url))
    assert breadcrumb_trail(soup) == trail
    assert soup.find("nav", class_="breadcrumbs").find(attrs={"aria-current": "page"})


def test_home_page_has_no_breadcrumbs(client, tree):
    assert breadcrumb_trail(parse(client.get("/ar/"))) == []
