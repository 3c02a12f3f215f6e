"""What listings and navigation read without model instances matches what Wagtail gives for the pages:
URLs (pages.core.fastpath.page_urls), the routed page (fastpath.page_loader) and card images (fastpath.lazy_images)."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.rich_text import RichText

from home.factories import HomePageFactory
from pages.core.factories import ImageFactory
from pages.core.fastpath.lazy_images import ImageBatch
from pages.core.fastpath.page_loader import load_page
from pages.core.fastpath.page_urls import page_url, row_url
from pages.news.models import NewsArticlePage
from pages.standard.factories import StandardPageFactory


def request_for(language):
    return RequestFactory().get(f"/{language}/")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_page_urls_are_wagtails(tree, language):
    StandardPageFactory(parent=tree["about"], title="صفحة", slug="خدمات-المؤسسات")  # a slug in Arabic
    request = request_for(language)
    with translation.override(language):
        for page in Page.objects.filter(depth__gt=1, locale__language_code=language).select_related("locale"):
            expected = page.get_url(request_for(language))
            assert row_url(request, page.pk, page.url_path, language) == expected, page.url_path
            assert page_url(request, page.url_path, language) == expected, page.url_path


def test_a_page_of_another_site_gets_wagtails_full_url_without_a_query(tree, django_assert_num_queries):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), title="other", slug="other-home")
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    other_page = StandardPageFactory(parent=other_home, slug="elsewhere")
    request = request_for("ar")
    with translation.override("ar"):
        page_url(request, tree["home"].url_path, "ar")  # the site root paths and the request's Site, once
        with django_assert_num_queries(0):
            url = row_url(request, other_page.pk, other_page.url_path, "ar")
        assert url == page_url(request, other_page.url_path, "ar") == other_page.get_url(request_for("ar"))
        assert url == "http://other.example/ar/elsewhere/"


def test_the_loaded_page_is_the_page_the_orm_loads(tree):
    image = ImageFactory()
    forum = tree["forum"]
    forum.main_image = image
    forum.body = [("paragraph", RichText("<p>اجتمع مدراء تقنية المعلومات.</p>"))]
    forum.save_revision().publish()
    loaded = load_page(NewsArticlePage, forum.pk, forum.url_path, tree["home"].url_path)
    expected = NewsArticlePage.objects.get(pk=forum.pk)
    for field in NewsArticlePage._meta.concrete_fields:
        assert getattr(loaded, field.attname) == getattr(expected, field.attname), field.name
    assert list(loaded.body.raw_data) == list(expected.body.raw_data) != []
    assert str(loaded.body) == str(expected.body)
    assert loaded.main_image == image
    assert loaded._state.adding is False


def test_the_loaded_page_brings_its_image_without_a_query(tree, django_assert_num_queries):
    forum = tree["forum"]
    forum.main_image = ImageFactory()
    forum.save_revision().publish()
    with django_assert_num_queries(1):
        loaded = load_page(NewsArticlePage, forum.pk, forum.url_path, tree["home"].url_path)
        assert loaded.main_image.title
    without = load_page(NewsArticlePage, tree["workshop"].pk, tree["workshop"].url_path, tree["home"].url_path)
    with django_assert_num_queries(0):
        assert without.main_image is None


def test_a_moved_or_unpublished_page_is_not_loaded(tree):
    forum, home_path = tree["forum"], tree["home"].url_path
    assert load_page(NewsArticlePage, forum.pk, "/somewhere/else/", home_path) is None
    forum.unpublish()
    assert load_page(NewsArticlePage, forum.pk, forum.url_path, home_path) is None


def test_view_restrictions_are_skipped_only_when_none_can_apply(tree, django_assert_num_queries):
    home_path = tree["home"].url_path
    forum = load_page(NewsArticlePage, tree["forum"].pk, tree["forum"].url_path, home_path)
    assert forum.may_have_view_restrictions is False
    with django_assert_num_queries(0):
        assert list(forum.get_view_restrictions()) == []

    PageViewRestriction.objects.create(page=tree["news"], restriction_type=PageViewRestriction.LOGIN)
    forum = load_page(NewsArticlePage, tree["forum"].pk, tree["forum"].url_path, home_path)
    assert forum.may_have_view_restrictions is True
    assert [r.restriction_type for r in forum.get_view_restrictions()] == ["login"]


def test_a_page_under_an_alias_is_checked_against_its_source_restrictions(tree):
    PageViewRestriction.objects.create(page=tree["news"], restriction_type=PageViewRestriction.LOGIN)
    alias = tree["news"].create_alias(parent=tree["about"], update_slug="news-copy", recursive=True)
    article = alias.get_children().get(slug="forum")
    loaded = load_page(NewsArticlePage, article.pk, article.url_path, tree["home"].url_path)
    assert loaded.may_have_view_restrictions is True
    assert [r.restriction_type for r in loaded.get_view_restrictions()] == ["login"]


def test_card_images_load_together_only_when_needed(db, django_assert_num_queries):
    images = [ImageFactory() for _ in range(3)]
    batch = ImageBatch(image.pk for image in images)
    lazy = [batch.image(image.pk) for image in images]
    with django_assert_num_queries(0):
        assert [image.pk for image in lazy] == [image.pk for image in images]
    with django_assert_num_queries(2):  # the images, then their renditions
        assert [image.title for image in lazy] == [image.title for image in images]
    assert batch.image(None) is None
