"""404 and 500 pages: styled, in the language of the URL prefix, and the 500 page without the database."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation


def soup_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize(
    "url,language,direction,home_url",
    [("/ar/no-such-page/", "ar", "rtl", "/ar/"), ("/en/no-such-page/", "en", "ltr", "/en/")],
)
def test_404_is_styled_in_the_language_of_the_prefix(client, tree, url, language, direction, home_url):
    response = client.get(url)
    assert response.status_code == 404
    soup = soup_of(response)

    assert (soup.html["lang"], soup.html["dir"]) == (language, direction)
    assert soup.find("link", rel="stylesheet")
    assert len(soup.find_all("main")) == 1
    assert soup.find("h1").get_text(strip=True) == {"ar": "الصفحة غير موجودة", "en": "Page not found"}[language]
    assert soup.find("main").find("a", href=home_url)
    # The page chrome is there: the menu of that language and the switcher to the other home.
    assert soup.find("nav", class_="main-menu").find("a", href=f"{home_url}news/")
    other = "en" if language == "ar" else "ar"
    assert soup.find("nav", class_="language-switcher").a["href"] == f"/{other}/"
    assert not soup.find("link", hreflang=True)


@pytest.mark.urls("tests.frontend.urls_raising")
@pytest.mark.parametrize("prefix,language,direction", [("/ar/", "ar", "rtl"), ("/en/", "en", "ltr")])
def test_500_page_is_served_in_the_language_of_the_prefix(client, home, prefix, language, direction):
    client.raise_request_exception = False
    response = client.get(f"{prefix}fail/")

    assert response.status_code == 500
    soup = soup_of(response)
    assert (soup.html["lang"], soup.html["dir"]) == (language, direction)
    assert soup.find("link", rel="stylesheet")["href"].startswith("/static/")
    assert soup.find("main", id="main")
    assert soup.find("a", class_="skip-link")["href"] == "#main"
    assert soup.find("main").find("a", href=prefix)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_500_template_renders_with_an_empty_context_and_no_database(language):
    # No db fixture: pytest-django raises on any query, so this render proves the page needs no database.
    with translation.override(language):
        html = render_to_string("500.html")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == language
    assert soup.find("h1").get_text(strip=True) == {"ar": "حدث خطأ ما", "en": "Something went wrong"}[language]
    assert soup.find("link", rel="stylesheet")["href"].endswith("css/multaqa.css")
