"""An institution editor's change goes live only once approved; the approver is told by e-mail;
approved changes scheduled for later go live on schedule."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Revision, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from pages.institutions.access import ensure_cmc_groups

pytestmark = pytest.mark.django_db


def login(user):
    client = Client()
    client.force_login(user)
    return client


def submit(world, user, title, **fields):
    page = world.a_page
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client = login(user)
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([])}))
    data["title"] = title
    data["action-submit"] = "action-submit"
    data.update(fields)
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk), status="in_progress")


def approve(user, page, state, expected=(200, 302)):
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = login(user).post(url, {"comment": ""})
    assert response.status_code in expected
    return response


def public_title(page):
    content = Client().get(page.get_url()).content.decode()
    return content


def test_an_editors_change_waits_for_the_publisher_who_is_emailed(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    page = world.a_page
    with django_capture_on_commit_callbacks(execute=True):
        state = submit(world, world.users["a_editor"], "عنوان بانتظار الموافقة")
    assert Page.objects.get(pk=page.pk).title == page.title  # not live
    assert "عنوان بانتظار الموافقة" not in public_title(page)
    recipients = {address for message in mailoutbox for address in message.to}
    assert "a_publisher@example.org" in recipients
    assert not recipients & {"a_editor@example.org", "b_editor@example.org", "a_member@example.org"}

    # Nobody outside A may approve: B's editor's attempt changes nothing.
    approve(world.users["b_editor"], page, state, expected=(403,))  # A's page is not B's to see
    assert Page.objects.get(pk=page.pk).title == page.title

    with django_capture_on_commit_callbacks(execute=True):
        approve(world.users["a_publisher"], page, state)
    assert Page.objects.get(pk=page.pk).title == "عنوان بانتظار الموافقة"
    assert "عنوان بانتظار الموافقة" in public_title(page)


def test_cmc_review_adds_a_second_approval(world, mailoutbox, django_capture_on_commit_callbacks):
    from pages.institutions.onboarding import create_institution

    a = world.a.institution
    ensure_cmc_groups()
    create_institution(
        slug=a.slug,
        name_ar=a.name_ar,
        name_en=a.name_en,
        kind=a.kind,
        governorate=a.governorate,
        cmc_review_required=True,
        send_invites=False,
    )
    page = world.a_page
    state = submit(world, world.users["a_editor"], "بعد مراجعتين")
    approve(world.users["a_publisher"], page, state)
    assert Page.objects.get(pk=page.pk).title == page.title
    state.refresh_from_db()
    mailoutbox.clear()
    assert state.status == "in_progress"
    with django_capture_on_commit_callbacks(execute=True):
        approve(world.users["cmc_moderator"], page, state)
    assert Page.objects.get(pk=page.pk).title == "بعد مراجعتين"


def test_an_approved_change_scheduled_for_later_goes_live_on_schedule(world):
    page = world.a_page
    later = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    state = submit(world, world.users["a_editor"], "منشور لاحقًا", go_live_at=later)
    approve(world.users["a_publisher"], page, state)
    assert Page.objects.get(pk=page.pk).title == page.title  # approved, scheduled, not yet live
    assert "منشور لاحقًا" not in public_title(page)
    assert Revision.page_revisions.filter(object_id=str(page.pk)).exclude(approved_go_live_at=None).exists()
    call_command("publish_scheduled", verbosity=0)  # not yet
    assert Page.objects.get(pk=page.pk).title == page.title
    two_days_later = timezone.now() + timedelta(days=2)
    with mock.patch("django.utils.timezone.now", return_value=two_days_later):
        call_command("publish_scheduled", verbosity=0)
    assert Page.objects.get(pk=page.pk).title == "منشور لاحقًا"
    assert "منشور لاحقًا" in public_title(page)
