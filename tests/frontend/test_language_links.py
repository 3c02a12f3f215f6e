"""hreflang alternates, Open Graph locales and the language switcher point to the translation of what is shown."""

import pytest

from .conftest import parse, path_of


def alternates(soup):
    return {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate", hreflang=True)}


def switcher_links(soup):
    return soup.find("nav", class_="language-switcher").find_all("a")


@pytest.mark.parametrize(
    "key,other_key",
    [
        ("home", "home_en"),
        ("home_en", "home"),
        ("about", "about_en"),
        ("about_en", "about"),
        ("news", "news_en"),
        ("forum", "forum_en"),
        ("forum_en", "forum"),
    ],
)
def test_hreflang_and_switcher_point_to_the_translation(client, tree, key, other_key):
    page, other = tree[key], tree[other_key]
    soup = parse(client.get(page.url))
    own_language = soup.html["lang"]
    other_language = "en" if own_language == "ar" else "ar"

    links = alternates(soup)
    assert links[own_language] == f"http://testserver{page.url}"
    assert links[other_language] == f"http://testserver{other.url}"
    # x-default is the Arabic version, the site's default language.
    arabic = page if own_language == "ar" else other
    assert links["x-default"] == f"http://testserver{arabic.url}"

    [link] = switcher_links(soup)
    assert link["href"] == other.url
    assert link["lang"] == other_language
    assert link["hreflang"] == other_language
    assert link.get_text(strip=True) == {"ar": "العربية", "en": "English"}[other_language]

    assert (
        soup.find("meta", property="og:locale:alternate")["content"] == {"ar": "ar_IQ", "en": "en_GB"}[other_language]
    )


@pytest.mark.parametrize("key", ["history", "workshop"])
def test_without_a_translation_the_switcher_goes_to_the_other_home(client, tree, key):
    soup = parse(client.get(tree[key].url))

    [link] = switcher_links(soup)
    assert link["href"] == "/en/"
    assert link["hreflang"] == "en"
    # Only real translations are announced to search engines.
    assert set(alternates(soup)) == {"ar", "x-default"}
    assert not soup.find("meta", property="og:locale:alternate")


def test_draft_translation_is_not_offered(client, tree):
    tree["about_en"].unpublish()
    soup = parse(client.get(tree["about"].url))
    assert switcher_links(soup)[0]["href"] == "/en/"
    assert "en" not in alternates(soup)


def test_private_translation_is_not_offered(client, tree):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=tree["about_en"], restriction_type=PageViewRestriction.LOGIN)
    soup = parse(client.get(tree["about"].url))
    assert switcher_links(soup)[0]["href"] == "/en/"


def test_the_switcher_follows_the_english_page_back_to_arabic(client, tree):
    soup = parse(client.get("/en/about/"))
    href = switcher_links(soup)[0]["href"]
    assert href == tree["about"].url
    assert parse(client.get(href)).html["lang"] == "ar"


@pytest.mark.parametrize("prefix,other", [("/ar/", "en"), ("/en/", "ar")])
def test_search_switches_to_the_same_search_in_the_other_language(client, tree, prefix, other):
    soup = parse(client.get(f"{prefix}search/?q=%D9%85%D9%86%D8%AA%D8%AF%D9%89&page=2"))

    [link] = switcher_links(soup)
    assert link["href"] == f"/{other}/search/?q=%D9%85%D9%86%D8%AA%D8%AF%D9%89&page=2"
    assert path_of(alternates(soup)[other]) == f"/{other}/search/"
    assert path_of(alternates(soup)["x-default"]) == "/ar/search/"


def test_translations_are_computed_once_per_request(client, tree):
    """hreflang, Open Graph and the switcher share one query for the translations (and the menu)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(tree["about"].url)  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        client.get(tree["about"].url)
    translation_queries = [q["sql"] for q in captured.captured_queries if '"translation_key" =' in q["sql"]]
    assert len(translation_queries) == 1
