"""Every public page type, in both languages: lang/dir, landmarks, site settings, head links, no outside hosts."""

from urllib.parse import urlsplit

import pytest

from .conftest import PAGES, parse


def get(client, tree, key):
    return parse(client.get(tree[key].url))


@pytest.mark.parametrize("kind,key,language", PAGES)
def test_html_has_the_language_and_direction_of_the_page(client, tree, kind, key, language):
    html = get(client, tree, key).html
    assert html["lang"] == language
    assert html["dir"] == ("rtl" if language == "ar" else "ltr")


@pytest.mark.parametrize("kind,key,language", PAGES)
def test_one_main_landmark_and_a_skip_link_to_it(client, tree, kind, key, language):
    soup = get(client, tree, key)
    mains = soup.find_all("main")
    assert len(mains) == 1
    assert mains[0]["id"] == "main"
    first_link = soup.body.find("a")
    assert first_link["href"] == "#main"
    assert first_link.get_text(strip=True)
    assert len(soup.find_all("h1")) == 1


@pytest.mark.parametrize(
    "key,name,address",
    [
        ("home", "ملتقى تقنية المعلومات الحكومي", "بغداد، شارع أبي نواس"),
        ("home_en", "Government IT Community", "Abu Nuwas Street, Baghdad"),
    ],
)
def test_site_settings_show_in_header_and_footer_in_the_page_language(client, tree, key, name, address):
    soup = get(client, tree, key)
    header, footer = soup.find("header", class_="site-header"), soup.find("footer")

    assert name in header.get_text()
    assert name in footer.get_text()
    assert address in footer.get_text()
    assert footer.find("a", href="mailto:multaqa@cmc.example")
    assert footer.find("a", href="tel:+96415550100")
    assert footer.find("a", href="https://facebook.example/multaqa")
    # The IT short number is a tel: link in the header of every page.
    assert header.find("a", href="tel:5050").get_text(strip=True) == "5050"


def test_the_other_language_name_is_not_mixed_in(client, tree):
    english = get(client, tree, "home_en")
    assert "ملتقى تقنية المعلومات الحكومي" not in english.find("header").get_text()


def test_site_name_falls_back_when_settings_are_empty(client, home, site_settings):
    site_settings.delete()
    soup = parse(client.get("/ar/"))
    assert soup.find(class_="brand__name").get_text(strip=True)
    assert not soup.find("a", href="tel:")


@pytest.mark.parametrize("kind,key,language", PAGES)
def test_head_has_description_canonical_open_graph_and_icons(client, tree, kind, key, language):
    soup = get(client, tree, key)
    page = tree[key]
    absolute = f"http://testserver{page.url}"

    assert soup.find("link", rel="canonical")["href"] == absolute
    assert soup.find("meta", property="og:url")["content"] == absolute
    assert soup.find("meta", property="og:title")["content"]
    assert soup.find("meta", property="og:type")["content"] == ("article" if kind == "article" else "website")
    assert soup.find("meta", property="og:locale")["content"] == {"ar": "ar_IQ", "en": "en_GB"}[language]
    assert soup.find("link", rel="stylesheet")["href"].endswith(".css")
    icons = {link["href"] for link in soup.find_all("link", rel="icon")}
    assert any(href.endswith(".ico") for href in icons)
    assert any(href.endswith(".svg") for href in icons)


def test_meta_description_comes_from_the_search_description(client, tree):
    about = tree["about"]
    about.search_description = "وصف الصفحة لمحركات البحث"
    about.save_revision().publish()
    soup = parse(client.get(about.url))
    assert soup.find("meta", attrs={"name": "description"})["content"] == "وصف الصفحة لمحركات البحث"
    assert soup.find("meta", property="og:description")["content"] == "وصف الصفحة لمحركات البحث"


def test_article_description_falls_back_to_its_summary(client, tree):
    soup = parse(client.get(tree["forum"].url))
    assert soup.find("meta", attrs={"name": "description"})["content"] == tree["forum"].summary


@pytest.mark.parametrize("key,feed_prefix", [("home", "/ar/news/"), ("home_en", "/en/news/"), ("forum", "/ar/news/")])
def test_news_feeds_of_the_page_language_are_linked(client, tree, key, feed_prefix):
    soup = get(client, tree, key)
    rss = soup.find("link", rel="alternate", type="application/rss+xml")
    atom = soup.find("link", rel="alternate", type="application/atom+xml")
    assert urlsplit(rss["href"]).path == f"{feed_prefix}feed/rss/"
    assert urlsplit(atom["href"]).path == f"{feed_prefix}feed/atom/"
    assert client.get(urlsplit(rss["href"]).path).status_code == 200


URL_ATTRIBUTES = {"link": "href", "script": "src", "img": "src", "source": "srcset", "iframe": "src", "form": "action"}


@pytest.mark.parametrize("kind,key,language", PAGES)
def test_no_resource_or_meta_url_points_to_another_host(client, tree, kind, key, language):
    """No CDN: stylesheets, fonts, icons, images and scripts all come from this site."""
    soup = get(client, tree, key)
    urls = []
    for tag, attribute in URL_ATTRIBUTES.items():
        for element in soup.find_all(tag):
            if element.get(attribute):
                urls += [candidate.split()[0] for candidate in element[attribute].split(",") if candidate.strip()]
    urls += [meta["content"] for meta in soup.find_all("meta", content=True) if "://" in meta["content"]]
    assert urls
    for url in urls:
        assert urlsplit(url).netloc in ("", "testserver"), url


def test_no_script_is_needed(client, tree):
    for key in ("home", "news", "forum", "about"):
        assert not get(client, tree, key).find_all("script"), key
