"""A chapter's publishers delete pages inside it, but its root page is CMC staff's to delete or move, by
every route the admin has: the delete and move views, bulk actions and the admin API."""

import json

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from .conftest import refused

pytestmark = pytest.mark.django_db


def login(user):
    client = Client()
    client.force_login(user)
    return client


def test_publishers_delete_pages_inside_their_chapter(world):
    page = world.a_page
    response = login(world.users["a_publisher"]).post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


def test_the_chapter_root_refuses_its_publisher(world):
    """The chapter page's permission tester refuses first (Wagtail's own refusal); the delete hook is the
    second line (``test_the_delete_hook_refuses_with_a_message``)."""
    chapter = world.a.chapter_pages["ar"]
    client = login(world.users["a_publisher"])
    response = client.get(reverse("wagtailadmin_pages:delete", args=[chapter.pk]))
    assert refused(response)
    client.post(reverse("wagtailadmin_pages:delete", args=[chapter.pk]))
    assert Page.objects.filter(pk=chapter.pk).exists()


def test_the_delete_hook_refuses_with_a_message(world, rf):
    from pages.institutions import guards

    request = rf.get("/")
    request.user = world.users["a_publisher"]
    response = guards.before_delete_page(request, world.a.chapter_pages["ar"])
    assert response.status_code == 403
    # In the admin's language (Arabic by default): "only CMC staff may delete, move or unpublish it".
    assert "موظفي هيئة الإعلام والاتصالات" in response.content.decode()


def test_moving_the_chapter_root_is_refused(world):
    chapter = world.a.chapter_pages["ar"]
    destination = world.b.chapter_pages["ar"].get_parent()
    url = reverse("wagtailadmin_pages:move_confirm", args=[chapter.pk, destination.pk])
    response = login(world.users["a_publisher"]).post(url)
    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=chapter.pk).path == chapter.path


def test_bulk_delete_of_the_chapter_root_is_refused(world):
    chapter = world.a.chapter_pages["ar"]
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={chapter.pk}"
    login(world.users["a_publisher"]).post(url)
    assert Page.objects.filter(pk=chapter.pk).exists()


def test_bulk_delete_of_a_page_inside_is_allowed(world):
    page = world.a_page
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={page.pk}"
    response = login(world.users["a_publisher"]).post(url)
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


@pytest.mark.parametrize("action", ["delete", "move"])
def test_the_admin_api_refuses_too(world, action):
    chapter = world.a.chapter_pages["ar"]
    url = reverse("wagtailadmin_api:pages:action", args=[chapter.pk, action])
    data = {"destination_page_id": world.b.chapter_pages["ar"].get_parent().pk} if action == "move" else {}
    response = login(world.users["a_publisher"]).post(url, json.dumps(data), content_type="application/json")
    assert response.status_code == 403
    assert Page.objects.get(pk=chapter.pk).path == chapter.path


def test_cmc_moderators_delete_a_chapter_root(world):
    chapter = world.a.chapter_pages["ar"]
    response = login(world.users["cmc_moderator"]).post(reverse("wagtailadmin_pages:delete", args=[chapter.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=chapter.pk).exists()


def chooser_titles(client, parent):
    """The chooser's listing of the chapter's children and its search results (modal JSON or HTML)."""
    texts = []
    for response in (
        client.get(reverse("wagtailadmin_choose_page_child", args=[parent.pk])),
        client.get(reverse("wagtailadmin_choose_page_search"), {"q": "ألف"}),
    ):
        assert response.status_code == 200
        is_json = response["Content-Type"].startswith("application/json")
        texts.append(response.json()["html"] if is_json else response.content.decode())
    return "".join(texts)


def test_the_page_chooser_hides_other_institutions_drafts_and_private_pages(world):
    chapter = world.a.chapter_pages["ar"]
    other = chooser_titles(login(world.users["b_editor"]), chapter)
    assert world.a_page.title in other
    assert world.a_draft.title not in other and world.a_private.title not in other
    own = chooser_titles(login(world.users["a_editor"]), chapter)
    assert world.a_draft.title in own and world.a_private.title in own
