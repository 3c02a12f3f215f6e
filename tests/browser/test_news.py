"""A reader browses the news: index, article, tag filter, second page, and the article's translation."""

import pytest

from .helpers import (
    document_language,
    language_switcher,
    main_links,
    path,
    query,
    wait_for_path,
)
from .links import article_paths

pytestmark = pytest.mark.browser

LINK_TO_PATH_JS = """
(target) => [...document.querySelectorAll("main a[href]")].findIndex(
    (a) => decodeURIComponent(new URL(a.href).pathname) === target && !new URL(a.href).search
)
"""


def click_link_to(page, target_path):
    index = page.evaluate(LINK_TO_PATH_JS, target_path)
    assert index >= 0, f"No link to {target_path} in <main> of {page.url}"
    page.locator("main a[href]").nth(index).click()
    wait_for_path(page, target_path)


def articles_listed(page, index_path):
    return article_paths(index_path, main_links(page))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_reader_opens_an_article_follows_a_tag_and_pages_through_the_news(open_page, shot, demo_urls, language):
    index_path = demo_urls[language, "news_index"]
    page = open_page(language)
    page.goto(index_path)
    shot(page, "news-index")
    assert document_language(page)[0] == language
    first_page_articles = articles_listed(page, index_path)
    assert first_page_articles, f"The news index {index_path} lists no article"

    article_path = first_page_articles[0]
    click_link_to(page, article_path)
    shot(page, "article")
    title = page.locator("main h1").first
    assert title.inner_text().strip()
    date = page.locator("main time[datetime]").first
    assert date.is_visible() and date.inner_text().strip(), "The article shows no date in <time datetime>"
    body_text = " ".join(page.locator("main p").all_inner_texts())
    assert len(body_text) > 100, f"The article has almost no body text: {body_text!r}"

    tag_link = page.locator('main a[href*="tag="]').first
    tag_name = tag_link.inner_text().strip()
    tag_link.click()
    page.wait_for_url(lambda url: "tag=" in url)
    shot(page, "tag-filter")
    assert path(page) == index_path
    assert query(page).get("tag"), page.url
    assert article_path in articles_listed(page, index_path), (
        f"The listing for tag {tag_name!r} does not list the article {article_path} that has it"
    )

    page.goto(index_path)
    page.locator('main a[href*="page=2"]').first.click()
    page.wait_for_url(lambda url: "page=2" in url)
    shot(page, "news-page-2")
    second_page_articles = articles_listed(page, index_path)
    assert second_page_articles, "Page 2 of the news lists no article"
    assert not set(second_page_articles) & set(first_page_articles), "Page 2 repeats articles of page 1"


def test_the_switcher_on_an_article_goes_to_its_translation(open_page, shot, demo_urls):
    page = open_page("ar")
    page.goto(demo_urls["ar", "article"])
    shot(page, "arabic-article")
    arabic_title = page.locator("main h1").first.inner_text()

    language_switcher(page, "en").click()
    wait_for_path(page, demo_urls["en", "article"])
    shot(page, "english-article")
    assert document_language(page) == ["en", "ltr"]
    assert page.locator("main h1").first.inner_text() != arabic_title

    language_switcher(page, "ar").click()
    wait_for_path(page, demo_urls["ar", "article"])
    assert document_language(page) == ["ar", "rtl"]
