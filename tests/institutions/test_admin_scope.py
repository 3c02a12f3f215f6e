"""Wagtail admin screens that would show another institution's page titles: the page types usage report and
page bulk actions (``pages/institutions/admin_scope.py``)."""

import pytest
from django.test import Client
from django.urls import reverse

from pages.standard.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SECRET = "مسودة باء السرية"


@pytest.fixture
def b_draft(world):
    draft = StandardPageFactory(parent=world.b.chapter_pages["ar"], title=SECRET, slug="b-secret", body=[], live=False)
    draft.save_revision(user=world.users["b_editor"], log_action=True)
    return draft


def login(world, role):
    client = Client()
    if role == "admin":
        client.force_login(world.admin)
    else:
        client.force_login(world.users[role])
    return client


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("a_editor", False), ("a_publisher", False), ("b_editor", False), ("cmc_editor", True), ("admin", True)],
)
def test_the_page_types_usage_report_is_for_cmc_staff_only(world, b_draft, role, allowed):
    client = login(world, role)
    for name in ("wagtailadmin_reports:page_types_usage", "wagtailadmin_reports:page_types_usage_results"):
        response = client.get(reverse(name))
        assert response.status_code == (200 if allowed else 403)
        assert (SECRET in response.content.decode()) is allowed
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert (reverse("wagtailadmin_reports:page_types_usage") in menu) is allowed


def bulk_url(action, query):
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + query


@pytest.mark.parametrize("action", ["delete", "move", "publish", "unpublish"])
def test_a_bulk_action_on_another_institutions_page_is_refused_without_naming_it(world, b_draft, action):
    client = login(world, "a_publisher")
    for query in (f"?id={b_draft.pk}", f"?id={world.a_page.pk}&id={b_draft.pk}"):
        response = client.get(bulk_url(action, query))
        assert response.status_code == 403
        assert SECRET not in response.content.decode()
    response = client.get(bulk_url(action, f"?id=all&childOf={world.b.chapter_pages['ar'].pk}"))
    assert response.status_code == 403 and SECRET not in response.content.decode()
    response = client.post(bulk_url(action, f"?id={b_draft.pk}"))
    assert response.status_code == 403
    b_draft.refresh_from_db()  # still there, still a draft


def test_bulk_actions_on_the_institutions_own_pages_still_work(world):
    client = login(world, "a_publisher")
    response = client.get(bulk_url("delete", f"?id={world.a_page.pk}"))
    assert response.status_code == 200 and world.a_page.title in response.content.decode()
    children = client.get(bulk_url("unpublish", f"?id=all&childOf={world.a.chapter_pages['ar'].pk}"))
    assert children.status_code == 200


def test_cmc_staff_bulk_act_anywhere(world, b_draft):
    response = login(world, "cmc_moderator").get(bulk_url("delete", f"?id={b_draft.pk}"))
    assert response.status_code == 200 and SECRET in response.content.decode()
