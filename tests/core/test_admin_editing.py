"""Every page type opens, saves and previews in the Wagtail admin, in both languages."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield
from wagtail.users.models import UserProfile

from pages.core.factories import translate_page
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory

PAGE_TYPES = ["home", "standard", "news_index", "article"]


@pytest.fixture
def tree(home):
    news_index = NewsIndexPageFactory(parent=home)
    return {
        "home": home,
        "standard": StandardPageFactory(parent=home),
        "news_index": news_index,
        "article": NewsArticlePageFactory(parent=news_index),
    }


@pytest.fixture(params=["ar", "en"])
def page_in_language(request, tree, home_en):
    def get(kind):
        page = tree[kind]
        if request.param == "ar":
            return page
        return page.get_translation_or_none(home_en.locale) or translate_page(page)

    return get


def edit_form_data(client, page):
    """The edit form as the browser would post it. The StreamField editor is drawn by JavaScript,
    so its fields are not in the HTML: the body is posted as one paragraph."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    body = nested_form_data({"body": streamfield([("paragraph", rich_text("<p>نص الصفحة Page text</p>"))])})
    data.update(body)
    return data


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_saves_and_publishes_from_the_edit_form(admin_client, page_in_language, kind):
    page = page_in_language(kind)
    data = edit_form_data(admin_client, page)
    data["title"] = f"{page.title} (edited)"
    data["action-publish"] = "action-publish"

    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    assert response.status_code == 302, response.context and response.context["form"].errors
    page.refresh_from_db()
    assert page.title.endswith("(edited)")
    assert page.live and not page.has_unpublished_changes


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_previews_the_unsaved_edit(admin_client, page_in_language, kind):
    page = page_in_language(kind)
    data = edit_form_data(admin_client, page)
    data["title"] = "عنوان المعاينة Preview title"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    response = admin_client.post(preview_url, data)
    assert response.json() == {"is_valid": True, "is_available": True}

    response = admin_client.get(preview_url)
    assert response.status_code == 200
    assert "عنوان المعاينة Preview title" in response.content.decode()


@pytest.mark.parametrize("language,direction", [("ar", "rtl"), ("en", "ltr")])
def test_admin_speaks_the_editors_language(admin_client, admin_user, home, language, direction):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()

    html = admin_client.get(reverse("wagtailadmin_explore", args=[home.pk])).content.decode()

    assert f'lang="{language}"' in html
    assert f'dir="{direction}"' in html
