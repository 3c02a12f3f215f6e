"""Private sections stay private: Wagtail's view-restriction check, with our one-query restriction lookup."""

import pytest
from wagtail.models import Page, PageViewRestriction


def wagtails_own_restrictions(page):
    return set(Page.get_view_restrictions(page))


def test_restrictions_are_those_wagtail_finds(tree):
    PageViewRestriction.objects.create(page=tree["about"], restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(page=tree["forum"], restriction_type=PageViewRestriction.PASSWORD, password="x")
    section_alias = tree["news"].create_alias(parent=tree["about"], update_slug="news-copy", recursive=True)
    for page in Page.objects.filter(depth__gt=1).specific():
        assert set(page.get_view_restrictions()) == wagtails_own_restrictions(page), page.url_path
    alias_article = section_alias.get_children().get(slug="forum").specific
    assert {r.restriction_type for r in alias_article.get_view_restrictions()} == {"login", "password"}


def test_a_page_in_a_login_section_asks_anonymous_readers_to_log_in(client, tree, django_user_model):
    PageViewRestriction.objects.create(page=tree["about"], restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/ar/about/history/")
    assert response.status_code == 302
    assert "login" in response["Location"]

    client.force_login(django_user_model.objects.create_user("reader", password="p"))
    assert client.get("/ar/about/history/").status_code == 200


def test_a_password_protected_article_shows_the_password_form(client, tree):
    PageViewRestriction.objects.create(page=tree["forum"], restriction_type=PageViewRestriction.PASSWORD, password="x")
    response = client.get(tree["forum"].url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert "اجتمع مدراء تقنية المعلومات في بغداد".encode() not in response.content


@pytest.mark.parametrize("url", ["/ar/news/", "/ar/"])
def test_listings_leave_out_articles_of_a_private_section(client, tree, url):
    PageViewRestriction.objects.create(page=tree["forum"], restriction_type=PageViewRestriction.LOGIN)
    content = client.get(url).content.decode()
    assert tree["workshop"].url in content
    assert tree["forum"].url not in content
