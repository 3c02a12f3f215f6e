"""The site in the reader's language: Accept-Language routing, direction, webfonts and the switcher."""

import pytest

from .helpers import (
    ARABIC_ALEF,
    LATIN_CAPITAL_A,
    assert_self_hosted_webfont,
    document_language,
    header_first_item,
    language_switcher,
    path,
    wait_for_path,
)

pytestmark = pytest.mark.browser


def test_arabic_browser_lands_on_the_arabic_home_right_to_left_in_an_arabic_webfont(open_page, shot):
    page = open_page("ar")
    page.goto("/")
    shot(page, "arabic-home")

    assert path(page) == "/ar/"
    assert document_language(page) == ["ar", "rtl"]
    assert_self_hosted_webfont(page, ARABIC_ALEF)
    item = header_first_item(page)
    assert item["left"] + (item["right"] - item["left"]) / 2 > item["viewportWidth"] / 2, (
        f"In RTL the header's first item should be on the right: {item}"
    )


def test_english_browser_lands_on_the_english_home_left_to_right_in_a_latin_webfont(open_page, shot):
    page = open_page("en")
    page.goto("/")
    shot(page, "english-home")

    assert path(page) == "/en/"
    assert document_language(page) == ["en", "ltr"]
    assert_self_hosted_webfont(page, LATIN_CAPITAL_A)
    item = header_first_item(page)
    assert item["left"] + (item["right"] - item["left"]) / 2 < item["viewportWidth"] / 2, (
        f"In LTR the header's first item should be on the left: {item}"
    )


def test_a_browser_in_another_language_falls_back_to_arabic(open_page, shot):
    page = open_page("fr")
    page.goto("/")
    shot(page, "french-browser-home")

    assert path(page) == "/ar/"
    assert document_language(page) == ["ar", "rtl"]


def test_the_switcher_on_the_arabic_home_shows_the_english_home(open_page, shot, demo_urls):
    page = open_page("ar")
    page.goto("/ar/")
    shot(page, "arabic-home")

    language_switcher(page, "en").click()
    wait_for_path(page, demo_urls["en", "home"])
    shot(page, "english-home")
    assert document_language(page) == ["en", "ltr"]

    language_switcher(page, "ar").click()
    wait_for_path(page, demo_urls["ar", "home"])
    shot(page, "back-to-arabic-home")
    assert document_language(page) == ["ar", "rtl"]


def test_absolute_links_point_at_the_address_the_site_is_served_at(open_page, base_url):
    """The demo's Site has the address runserver serves (SITE_URL applied by migrate, as scripts/run does):
    canonical and hreflang links, and the sitemap, lead back to this server."""
    page = open_page("ar")
    page.goto("/ar/")
    assert page.locator("link[rel=canonical]").get_attribute("href") == f"{base_url}/ar/"
    assert page.locator("link[rel=alternate][hreflang=en]").get_attribute("href") == f"{base_url}/en/"
    sitemap = page.request.get(f"{base_url}/sitemap.xml").text()
    assert f"<loc>{base_url}/ar/</loc>" in sitemap
