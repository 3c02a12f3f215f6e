"""Editors preview pages that are not saved yet: the page chrome must not need the page to be in the tree."""

import pytest

from pages.news.models import NewsArticlePage
from pages.standard.models import StandardPage

from .conftest import parse


def unsaved_child(parent, page_class, **fields):
    """A new page placed the way Wagtail's "preview on create" places it: a path and depth, no row."""
    page = page_class(locale=parent.locale, **fields)
    page.depth = parent.depth + 1
    page.path = (
        parent.get_last_child()._inc_path()
        if parent.get_children().exists()
        else page._get_path(parent.path, page.depth, 1)
    )
    page.set_url_path(parent)
    return page


@pytest.mark.parametrize(
    "parent_key,page_class,fields",
    [
        ("news", NewsArticlePage, {"title": "خبر جديد", "slug": "new", "summary": "ملخص"}),
        ("news_en", NewsArticlePage, {"title": "New article", "slug": "new", "summary": "Summary"}),
        ("about", StandardPage, {"title": "صفحة جديدة", "slug": "new"}),
    ],
)
def test_new_page_previews_with_breadcrumbs_and_menu(tree, parent_key, page_class, fields):
    parent = tree[parent_key]
    page = unsaved_child(parent, page_class, **fields)

    response = page.make_preview_request()

    soup = parse(response)
    language = parent.locale.language_code
    assert soup.html["lang"] == language
    assert soup.find("h1").get_text(strip=True) == fields["title"]
    trail = soup.find("nav", class_="breadcrumbs").find_all("a")
    assert trail[-1].get_text(strip=True) == parent.title
    assert soup.find("nav", class_="main-menu").find("a", href=f"/{language}/news/")
