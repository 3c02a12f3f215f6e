"""A reader searches from the header form for the words of an article's title and finds the article."""

import pytest

from .helpers import document_language, main_links, path, words
from .links import path_of

pytestmark = pytest.mark.browser

SEARCH_FORM = 'header form[role="search"], header form:has(input[name="q"])'


@pytest.mark.parametrize("language", ["ar", "en"])
def test_search_from_the_header_finds_an_article_by_the_words_of_its_title(open_page, shot, demo_urls, language):
    page = open_page(language)
    article_path = demo_urls[language, "article"]
    page.goto(article_path)
    # Every word of the title (the search matches all words): one common word alone may list the article
    # only on a later page of results.
    typed = words(page.locator("main h1").first.inner_text())

    page.goto(demo_urls[language, "home"])
    search_box = page.locator(SEARCH_FORM).first.locator('input[name="q"]')
    search_box.fill(typed)
    shot(page, "query-typed")
    search_box.press("Enter")
    page.wait_for_url(lambda url: "q=" in url)
    shot(page, "results")

    assert path(page).startswith(f"/{language}/")
    assert document_language(page)[0] == language
    assert page.locator('main input[name="q"], header input[name="q"]').first.input_value() == typed
    result_paths = {path_of(page.url, href) for href in main_links(page)}
    assert article_path in result_paths, f"Searching {typed!r} did not list {article_path}: {sorted(result_paths)}"
