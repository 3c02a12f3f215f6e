"""Where an institution requires CMC review, its publishers' "Publish" never takes a change live: on the edit
and add forms it submits the change for review (or leaves a running review in place), and bulk publish,
unpublish, scheduling, revert, copy and translation sync are refused or held."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Page, Revision, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from .conftest import as_role, fresh

pytestmark = pytest.mark.django_db


@pytest.fixture
def review(world):
    institution = world.a.institution
    institution.cmc_review_required = True
    institution.save(update_fields=["cmc_review_required"])
    return world


def edit_data(client, page, title, **extra):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([])}))
    data["title"] = title
    data.update(extra)
    return url, data


def live_title(page):
    return Page.objects.get(pk=page.pk).title


def in_progress(page):
    return WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").first()


def test_a_publishers_publish_is_submitted_for_review(review):
    page = review.a_page
    client = as_role(review, "a_publisher")
    url, data = edit_data(client, page, "تغيير بانتظار الهيئة", **{"action-publish": "action-publish"})
    response = client.post(url, data)
    assert response.status_code == 302
    assert live_title(page) == page.title
    state = in_progress(page)
    assert state is not None and state.requested_by == review.users["a_publisher"]
    assert Page.objects.get(pk=page.pk).draft_title == "تغيير بانتظار الهيئة"


def test_a_publish_during_review_neither_publishes_nor_cancels_it(review):
    page = review.a_page
    client = as_role(review, "a_publisher")
    url, data = edit_data(client, page, "أول", **{"action-submit": "action-submit"})
    client.post(url, data)
    state = in_progress(page)
    url, data = edit_data(client, page, "ثان", **{"action-publish": "action-publish"})
    assert client.post(url, data).status_code == 302
    state.refresh_from_db()
    assert state.status == "in_progress"
    assert live_title(page) == page.title


def test_the_page_permissions_hold_publishing_and_unpublishing_for_review(review):
    """The gate of the edit form's Publish, copy-and-publish, bulk publish, unpublish and scheduling."""
    publisher = fresh(review.users["a_publisher"])
    chapter, page = review.a.chapter_pages["ar"], review.a_page
    assert not page.permissions_for_user(publisher).can_publish()
    assert not page.permissions_for_user(publisher).can_unpublish()
    assert not chapter.permissions_for_user(publisher).can_publish_subpage()
    assert page.permissions_for_user(publisher).can_submit_for_moderation()
    cmc = fresh(review.users["cmc_moderator"])
    assert page.permissions_for_user(cmc).can_publish()


def test_without_review_the_page_permissions_let_the_publisher_publish(world):
    publisher = fresh(world.users["a_publisher"])
    assert world.a_page.permissions_for_user(publisher).can_publish()
    assert world.a.chapter_pages["ar"].permissions_for_user(publisher).can_publish_subpage()


def test_adding_a_page_with_publish_submits_it(review):
    client = as_role(review, "a_publisher")
    parent = review.a.chapter_pages["ar"]
    url = reverse("wagtailadmin_pages:add", args=["standard", "standardpage", parent.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([])}))
    data.update({"title": "صفحة جديدة", "slug": "new-page", "action-publish": "action-publish"})
    assert client.post(url, data).status_code == 302
    page = Page.objects.get(slug="new-page", path__startswith=parent.path)
    assert not page.live and in_progress(page) is not None


def test_scheduling_a_publish_schedules_nothing(review):
    page = review.a_page
    client = as_role(review, "a_publisher")
    url, data = edit_data(
        client, page, "لاحقًا", **{"action-publish": "action-publish", "go_live_at": "2030-01-01 10:00"}
    )
    client.post(url, data)
    assert not Revision.page_revisions.filter(object_id=str(page.pk)).exclude(approved_go_live_at=None).exists()
    assert live_title(page) == page.title


def test_bulk_publish_and_unpublish_change_nothing(review):
    client = as_role(review, "a_publisher")
    draft, page = review.a_draft, review.a_page
    draft.save_revision(user=review.users["a_editor"])
    for action, target in (("publish", draft), ("unpublish", page)):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?id={target.pk}"
        client.post(url, {})
    assert not Page.objects.get(pk=draft.pk).live
    assert Page.objects.get(pk=page.pk).live
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=page.pk).live


def test_revert_and_publish_is_held(review):
    page = Page.objects.get(pk=review.a_page.pk).specific  # a copy: the module's object outlives this test
    title = page.title
    old = page.save_revision(user=review.users["a_editor"])
    page.title = "أحدث"
    page.save_revision(user=review.users["a_editor"])
    client = as_role(review, "a_publisher")
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([])}))
    data["action-publish"] = "action-publish"
    client.post(url, data)
    assert live_title(page) == title
    assert in_progress(page) is not None


def test_copy_with_publish_makes_an_unpublished_copy(review):
    client = as_role(review, "a_publisher")
    page = review.a_page
    url = reverse("wagtailadmin_pages:copy", args=[page.pk])
    client.post(
        url,
        {
            "new_title": "نسخة",
            "new_slug": "copied",
            "new_parent_page": review.a.chapter_pages["ar"].pk,
            "publish_copies": "on",
        },
    )
    copied = Page.objects.filter(slug="copied").first()
    assert copied is None or not copied.live


def test_translation_sync_does_not_publish(review):
    from pages.core.factories import english_locale
    from pages.core.translation import sync_translation

    page = Page.objects.get(pk=review.a_page.pk).specific
    english = Page.objects.get(pk=page.pk).specific
    english.title = "English title"
    translated, _saved = sync_translation(page, english, english_locale())
    translated = Page.objects.get(pk=translated.pk).specific
    translated.get_latest_revision().publish()
    live_before = Page.objects.get(pk=translated.pk).title
    publisher = review.users["a_publisher"]
    publisher.user_permissions.add(Permission.objects.get(codename="submit_translation"))
    page.title = "عنوان مصدر جديد"
    page.save_revision().publish()
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get(object_id=page.translation_key)
    client = as_role(review, "a_publisher")
    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"})
    assert Page.objects.get(pk=translated.pk).title == live_before


def test_without_review_the_publisher_publishes(world):
    page = world.a_page
    client = as_role(world, "a_publisher")
    url, data = edit_data(client, page, "منشور مباشرة", **{"action-publish": "action-publish"})
    assert client.post(url, data).status_code == 302
    assert live_title(page) == "منشور مباشرة"
