"""sitemap.xml lists every live page in both languages with hreflang alternates; robots.txt points to it."""

from defusedxml import ElementTree
from wagtail.models import Site

from pages.core.factories import translate_page
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def parse_sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)


def test_sitemap_lists_both_languages_with_alternates(client, home, home_en):
    about = StandardPageFactory(parent=home, title="عن الملتقى", slug="about")
    translate_page(about, title="About", slug="about")
    untranslated = StandardPageFactory(parent=home, slug="arabic-only")
    draft = StandardPageFactory(parent=home, slug="draft", live=False)

    base = Site.objects.get(is_default_site=True).root_url
    tree = parse_sitemap(client)
    locations = [loc.text for loc in tree.findall("sm:url/sm:loc", NS)]

    assert set(locations) == {
        f"{base}/ar/",
        f"{base}/en/",
        f"{base}/ar/about/",
        f"{base}/en/about/",
        f"{base}/ar/arabic-only/",
    }
    assert not any(draft.slug in location for location in locations)
    about_entry = next(url for url in tree.findall("sm:url", NS) if url.find("sm:loc", NS).text.endswith("/ar/about/"))
    alternates = {link.get("hreflang"): link.get("href") for link in about_entry.findall("xhtml:link", NS)}
    assert alternates == {"ar": f"{base}/ar/about/", "en": f"{base}/en/about/"}
    assert untranslated.title  # an untranslated page is listed once, without alternates


def test_sitemap_query_count_does_not_grow_with_pages(client, home, django_assert_max_num_queries):
    news_index = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory.create_batch(5, parent=news_index)
    with django_assert_max_num_queries(12) as small:
        parse_sitemap(client)
    NewsArticlePageFactory.create_batch(30, parent=news_index)
    with django_assert_max_num_queries(len(small.captured_queries)):
        parse_sitemap(client)


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_the_admin(client, home):
    response = client.get("/robots.txt")  # the Site of the home fixture answers at http://testserver
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
