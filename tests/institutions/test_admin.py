"""The institution admin is scoped per institution on the server, for every URL of both viewsets."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from pages.institutions.models import Institution, LiaisonMember
from tests.conftest import reloaded

from .conftest import contacts_form, refused

pytestmark = pytest.mark.django_db


def login(world, role):
    client = Client()
    client.force_login(world.users[role] if role != "admin" else world.admin)
    return client


def object_urls(viewset, pk):
    names = ["edit", "delete", "history", "history_results", "usage", "inspect"]
    return [reverse(f"{viewset}:{name}", args=[pk]) for name in names]


@pytest.mark.parametrize("role", ["b_editor", "a_member"])
def test_another_institutions_rows_are_refused_at_every_url(world, role):
    client = login(world, role)
    a = world.a.institution
    urls = [
        *object_urls("institutions", a.pk),
        *object_urls("liaison_members", world.a_member_row.pk),
        reverse("institutions_confirm_contacts", args=[a.pk]),
    ]
    for url in urls:
        for response in (client.get(url), client.post(url, {"it_extension": "999", "name": "X"})):
            assert refused(response), (url, response.status_code)
    assert Institution.objects.filter(pk=a.pk, it_extension="").exists()
    assert LiaisonMember.objects.filter(pk=world.a_member_row.pk, name="Ali").exists()


def test_index_and_results_list_only_the_editors_own_rows(world):
    client = login(world, "b_editor")
    for url in (reverse("institutions:index"), reverse("institutions:index_results")):
        content = client.get(url).content.decode()
        assert "هيئة باء" in content and "وزارة ألف" not in content
    content = client.get(reverse("liaison_members:index")).content.decode()
    assert "Ali" not in content
    staff = login(world, "cmc_editor").get(reverse("institutions:index")).content.decode()
    assert "هيئة باء" in staff and "وزارة ألف" in staff


def test_an_editor_cannot_add_a_liaison_member_to_another_institution(world):
    client = login(world, "b_editor")
    data = {"institution": world.a.institution.pk, "name": "Intruder", "role_ar": "دخيل", "term_start": "2026-01-01"}
    data.update({"sort_order": "0"})
    response = client.post(reverse("liaison_members:add"), data)
    assert response.status_code == 200 and "institution" in response.context["form"].errors
    assert not LiaisonMember.objects.filter(name="Intruder").exists()
    data["institution"] = world.b.institution.pk
    response = client.post(reverse("liaison_members:add"), data)
    assert response.status_code == 302
    assert LiaisonMember.objects.get(name="Intruder").institution_id == world.b.institution.pk


def test_nobody_adds_institutions_through_the_model_admin(world):
    for role in ("cmc_editor", "a_editor"):
        response = login(world, role).get(reverse("institutions:add"))
        assert refused(response)


def test_institution_editors_cannot_change_identity_fields(world):
    a = world.a.institution
    data = contacts_form(a, slug="hijacked", name_ar="اسم آخر", kind="other", status="suspended", it_extension="77")
    data["cmc_review_required"] = "on"
    response = login(world, "a_editor").post(reverse("institutions:edit", args=[a.pk]), data)
    assert response.status_code == 302
    a.refresh_from_db()
    assert (a.slug, a.name_ar, a.kind, a.status, a.cmc_review_required) == (
        "alpha",
        "وزارة ألف",
        "ministry",
        "active",
        False,
    )
    assert a.it_extension == "77"


def test_cmc_staff_change_identity_fields(world):
    a = world.a.institution
    data = contacts_form(a, status="suspended")
    response = login(world, "cmc_editor").post(reverse("institutions:edit", args=[a.pk]), data)
    assert response.status_code == 302
    assert Institution.objects.get(pk=a.pk).status == "suspended"


def test_the_logo_is_limited_to_the_institutions_collection(world):
    a = world.a.institution
    url = reverse("institutions:edit", args=[a.pk])
    client = login(world, "a_editor")
    response = client.post(url, contacts_form(a, logo=world.b_image.pk))
    assert response.status_code == 200 and "logo" in response.context["form"].errors
    assert Institution.objects.get(pk=a.pk).logo_id is None
    assert client.post(url, contacts_form(a, logo=world.a_image.pk)).status_code == 302
    assert Institution.objects.get(pk=a.pk).logo_id == world.a_image.pk


def test_changes_are_in_the_audit_log(world):
    a = world.a.institution
    login(world, "a_editor").post(reverse("institutions:edit", args=[a.pk]), contacts_form(a, it_extension="55"))
    entry = ModelLogEntry.objects.filter(object_id=str(a.pk), content_type__model="institution").latest("timestamp")
    assert entry.action == "wagtail.edit" and entry.user_id == world.users["a_editor"].pk


@pytest.mark.parametrize("role", ["a_editor", "a_publisher", "cmc_moderator"])
def test_confirm_contacts(world, role):
    a = world.a.institution
    client = login(world, role)
    url = reverse("institutions_confirm_contacts", args=[a.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    a.refresh_from_db()
    assert a.contacts_confirmed_at is not None and not a.contacts_are_stale
    entry = ModelLogEntry.objects.filter(object_id=str(a.pk), action="institutions.confirm_contacts").get()
    assert entry.user_id == world.users[role].pk


def test_activity_report_is_for_cmc_staff_only(world):
    a = world.a.institution
    login(world, "a_editor").post(reverse("institutions:edit", args=[a.pk]), contacts_form(a, it_extension="55"))
    page = reloaded(world.a_page)
    page.save_revision(user=world.users["a_editor"], log_action=True)
    for role in ("a_editor", "a_publisher", "b_editor"):
        assert login(world, role).get(reverse("institutions_activity")).status_code == 403
    assert refused(login(world, "a_member").get(reverse("institutions_activity")))
    client = login(world, "cmc_moderator")
    overview = client.get(reverse("institutions_activity"))
    assert overview.status_code == 200
    detail = client.get(reverse("institutions_activity") + "?institution=alpha&p=999999999999")
    content = detail.content.decode()
    assert detail.status_code == 200
    assert "a_editor user" in content and page.title in content and a.name_ar in content
    other = client.get(reverse("institutions_activity") + "?institution=beta").content.decode()
    assert "a_editor user" not in other


def test_activity_query_count_does_not_grow_with_entries(world, django_assert_max_num_queries):
    page = reloaded(world.a_page)
    for _ in range(30):
        page.save_revision(user=world.users["a_editor"], log_action=True)
    client = login(world, "cmc_moderator")
    with django_assert_max_num_queries(30):
        response = client.get(reverse("institutions_activity") + "?institution=alpha")
    assert response.status_code == 200


def test_menu_items_show_to_cmc_staff_only(world):
    onboard_url = reverse("institutions_onboard")
    staff = login(world, "cmc_editor").get(reverse("wagtailadmin_home")).content.decode()
    editor = login(world, "a_editor").get(reverse("wagtailadmin_home")).content.decode()
    assert onboard_url in staff and onboard_url not in editor
    assert reverse("institutions:index") in editor


@pytest.mark.parametrize("role", ["cmc_editor", "a_editor"])
def test_index_query_count_does_not_grow_with_institutions(world, role):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = login(world, role)
    url = reverse("institutions:index")
    client.get(url)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = count()
    for number in range(15):
        Institution.objects.create(
            slug=f"extra-{number}",
            name_ar=f"جهة {number}",
            name_en=f"Body {number}",
            kind="other",
            governorate="basra",
        )
    assert count() == before <= 14


def test_permissions_cover_both_languages_of_the_chapter(world):
    client = login(world, "a_editor")
    for language in ("ar", "en"):
        own = world.a.chapter_pages[language]
        other = world.b.chapter_pages[language]
        assert client.get(reverse("wagtailadmin_pages:edit", args=[own.pk])).status_code == 200
        assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])))
        add_url = reverse("wagtailadmin_pages:add_subpage", args=[own.pk])
        assert client.get(add_url).status_code in (200, 302)
        assert refused(client.get(reverse("wagtailadmin_pages:add_subpage", args=[other.pk])))


def test_nobody_changes_their_own_email_address(world):
    user = world.users["a_editor"]
    client = Client()
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert 'name="email-email"' not in html
    client.post(
        reverse("wagtailadmin_account"),
        {"email-email": "victim@example.org", "name_email-email": "victim@example.org"},
    )
    user.refresh_from_db()
    assert user.email == "a_editor@example.org"
