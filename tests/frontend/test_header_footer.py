"""The compact header (a <details> disclosure with the menu and the search, no script), the official line,
and the footer's policy pages in the reader's language without a query of their own."""

from collections import Counter

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.core.factories import translate_page
from pages.standard.factories import StandardPageFactory

from ..conftest import forget_process_state
from .conftest import PAGES, parse

COMING_SECTIONS = ["الفروع", "التدريب", "المجتمع", "الكتب الرسمية", "التسجيل", "الأنظمة", "الفعاليات"]


def menu_links(soup, variant):
    nav = soup.find("nav", class_=f"main-menu--{variant}")
    return [(link.get_text(strip=True), link["href"]) for link in nav.find_all("a")]


def test_the_menu_holds_every_section_in_a_disclosure_and_inline(client, tree):
    for number, title in enumerate(COMING_SECTIONS):
        StandardPageFactory(parent=tree["home"], title=title, slug=f"section-{number}", show_in_menus=True)

    soup = parse(client.get("/ar/"))

    disclosure = soup.find("header").find("details", class_="menu-disclosure")
    assert disclosure.find("summary") is not None and not disclosure.has_attr("open")
    listed = menu_links(disclosure, "list")
    titles = [title for title, _href in listed]
    assert titles == ["الرئيسية", "عن الملتقى", "الأخبار", *COMING_SECTIONS]  # 10 entries, tree order
    assert menu_links(soup, "bar") == listed
    assert disclosure.find("form", role="search").find("input", type="search")
    assert not soup.find_all("script")


def test_the_current_page_and_its_section_are_marked_in_both_menus(client, tree):
    soup = parse(client.get(tree["forum"].url))
    for variant in ("list", "bar"):
        nav = soup.find("nav", class_=f"main-menu--{variant}")
        assert nav.find("a", attrs={"aria-current": "true"})["href"] == "/ar/news/"
        assert nav.find("a", attrs={"aria-current": "page"}) is None


@pytest.mark.parametrize(("kind", "key", "language"), PAGES)
def test_header_has_the_official_line_skip_link_short_number_and_switcher(client, tree, kind, key, language):
    soup = parse(client.get(tree[key].url))
    header = soup.find("header", class_="site-header")

    official = header.find(class_="topbar__official").get_text(strip=True)
    if language == "en":
        assert official == "An official website of the Communications and Media Commission of Iraq"
    assert official
    assert soup.body.find("a")["href"] == "#main"
    assert header.find("a", class_="short-number__value")["href"] == "tel:5050"
    assert header.find("nav", class_="language-switcher").find("a", hreflang="en" if language == "ar" else "ar")


@pytest.mark.parametrize(("kind", "key", "language"), PAGES)
def test_no_id_is_used_twice_although_the_menu_and_search_come_twice(client, tree, kind, key, language):
    soup = parse(client.get(tree[key].url))
    repeated = [value for value, count in Counter(tag["id"] for tag in soup.find_all(id=True)).items() if count > 1]
    assert not repeated
    for label in soup.find_all("label", attrs={"for": True}):
        assert soup.find(id=label["for"]), label


def footer_links(soup):
    nav = soup.find("footer").find("ul", class_="legal-links")
    return [(link.get_text(strip=True), link["href"]) for link in nav.find_all("a")] if nav else []


@pytest.fixture
def footer_pages(tree, site_settings):
    """Policies (Arabic and English) as the privacy notice, terms (Arabic only) as the terms of use."""
    terms = StandardPageFactory(parent=tree["home"], title="شروط الاستخدام", slug="terms")
    site_settings.privacy_page = tree["policies"]
    site_settings.terms_page = terms
    site_settings.save()
    return {"terms": terms}


def test_footer_links_to_the_policy_pages_in_the_reader_language(client, tree, footer_pages):
    arabic = footer_links(parse(client.get("/ar/news/")))
    english = footer_links(parse(client.get(tree["about_en"].url)))

    assert arabic == [("السياسات", "/ar/policies/"), ("شروط الاستخدام", "/ar/terms/")]
    assert english == [("Policies", "/en/policies/")]  # the terms have no English translation


def test_footer_follows_a_translation_published_later_and_one_withdrawn(client, tree, footer_pages):
    assert [title for title, _ in footer_links(parse(client.get("/en/")))] == ["Policies"]

    translate_page(footer_pages["terms"], title="Terms of use", slug="terms")
    assert [title for title, _ in footer_links(parse(client.get("/en/")))] == ["Policies", "Terms of use"]

    tree["policies_en"].unpublish()
    assert footer_links(parse(client.get("/en/"))) == [("Terms of use", "/en/terms/")]


def test_footer_without_chosen_pages_has_no_policy_list(client, tree):
    assert footer_links(parse(client.get("/ar/"))) == []


def warm_render_queries(client, url):
    forget_process_state()
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("url", ["/ar/", "/en/news/"])
def test_footer_links_cost_no_query_once_warm(client, tree, site_settings, url):
    without = warm_render_queries(client, url)
    site_settings.privacy_page = tree["policies"]
    site_settings.save()

    assert footer_links(parse(client.get(url)))
    assert warm_render_queries(client, url) == without


def test_a_footer_page_must_be_a_child_of_the_home_page(tree, site_settings):
    site_settings.privacy_page = tree["history"]  # under About
    with pytest.raises(ValidationError) as raised:
        site_settings.full_clean()
    assert "privacy_page" in raised.value.message_dict

    site_settings.privacy_page = tree["policies"]
    site_settings.full_clean()
