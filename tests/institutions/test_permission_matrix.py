"""The permission matrix of issue 9: seven roles by eleven actions, each cell through HTTP requests.

Allowed means the action took effect (the page was created, changed, published or deleted; the image was
uploaded; the row changed; the page or export was served). Denied means the response was a refusal
(403, 404, a redirect to the sign-in page, or Wagtail's admin refusal: a redirect to the dashboard with
"you do not have permission") and nothing changed, with two forms of refusal Wagtail
gives to people who hold the right elsewhere: an upload into a collection the user may not use is
rejected by the form (200 with an error on the collection field), or filed in the only collection they
may add to when Wagtail leaves the collection field out, and a publish by someone who may edit
but not publish saves a draft and leaves the live page as it was. Both still change nothing that is live
or in the other institution's collection, which the cells assert.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from pages.core.models import CustomImage
from pages.institutions.models import Institution, LiaisonMember
from pages.standard.models import StandardPage

from .conftest import ROLES, contacts_form, refused

T, F = True, False
# role order: anonymous, cmc_editor, cmc_moderator, a_editor, a_publisher, a_member, b_editor
MATRIX = {
    "view_a_draft": (F, T, T, T, T, F, F),
    "add_page_in_a": (F, T, T, T, T, F, F),
    "edit_a_page": (F, T, T, T, T, F, F),
    "publish_a_page": (F, F, T, F, T, F, F),
    "edit_b_page": (F, T, T, F, F, F, T),
    "upload_to_a_collection": (F, T, T, T, T, F, F),
    "choose_b_image": (F, T, T, F, F, F, T),
    "edit_a_people_and_contacts": (F, T, T, T, T, F, F),
    "delete_a_chapter_root": (F, F, T, F, F, F, F),
    "read_a_members_only_page": (F, T, T, T, T, T, F),
    "export_directory": (F, T, T, F, F, F, F),
    # Issue 14: translating is the CMC's for now; the chapter home stays up; nobody changes their own e-mail
    # address (CMC administrators do, in Users); an invitation link lets its holder join, signed in or by
    # creating an account, and nobody joins because their account has the invited address.
    "translate_a_page": (F, T, T, F, F, F, F),
    "unpublish_a_chapter_home": (F, F, T, F, F, F, F),
    "change_own_email": (F, F, F, F, F, F, F),
    "accept_an_invitation_link": (T, T, T, T, T, T, T),
    "join_by_a_matching_email": (F, F, F, F, F, F, F),
}
CELLS = [(action, role, allowed) for action, row in MATRIX.items() for role, allowed in zip(ROLES, row, strict=True)]

pytestmark = pytest.mark.django_db


def client_for(world, role):
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def admin_client(world):
    client = Client()
    client.force_login(world.admin)
    return client


def edit_form(world, page):
    response = admin_client(world).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([])}))
    return data


def view_a_draft(world, client):
    draft = world.a_draft
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    view = client.get(reverse("wagtailadmin_pages:view_draft", args=[draft.pk]))
    public = client.get(draft.get_url())
    assert public.status_code == 404  # a page never published is served to nobody
    if edit.status_code == 200 and view.status_code == 200:
        assert draft.title in view.content.decode()
        return True
    assert refused(edit) and refused(view)
    return False


def add_page_in_a(world, client):
    parent = world.a.chapter_pages["ar"]
    url = reverse("wagtailadmin_pages:add", args=["standard", "standardpage", parent.pk])
    form = admin_client(world).get(url)
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([])}))
    data["title"] = "صفحة جديدة"
    data["slug"] = "new-page"
    response = client.post(url, data)
    created = StandardPage.objects.child_of(parent).filter(slug="new-page").exists()
    if not created:
        assert refused(response)
    return created


def _edit(world, client, page):
    data = edit_form(world, page)
    data["title"] = "عنوان معدل"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    latest = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    if latest.title == "عنوان معدل":
        return True
    assert refused(response)
    return False


def edit_a_page(world, client):
    return _edit(world, client, world.a_page)


def edit_b_page(world, client):
    return _edit(world, client, world.b_page)


def publish_a_page(world, client):
    page = world.a_page
    data = edit_form(world, page)
    data["title"] = "عنوان منشور"
    data["action-publish"] = "action-publish"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    published = Page.objects.get(pk=page.pk).title == "عنوان منشور"
    if not published:
        # refused, or (for those who may edit) kept as a draft: the live page is unchanged either way
        assert refused(response) or response.status_code == 302
        assert Page.objects.get(pk=page.pk).title == page.title
    return published


def upload_to_a_collection(world, client):
    collection = world.a.institution.collection
    image = SimpleUploadedFile("upload.gif", GIF, content_type="image/gif")
    data = {"title": "uploaded-by-cell", "file": image, "collection": collection.pk, "alt_text_ar": "صورة"}
    response = client.post(reverse("wagtailimages:add"), data)
    created = CustomImage.objects.filter(title="uploaded-by-cell", collection=collection).exists()
    if created:
        assert response.status_code == 302
        return True
    elsewhere = CustomImage.objects.filter(title="uploaded-by-cell").first()
    if elsewhere is not None:
        # Wagtail drops the collection field for someone who may add to one collection only, and files the
        # upload there: B's editor's picture lands in B's collection, never in A's.
        assert role_collections(client) == [elsewhere.collection_id]
    else:
        assert refused(response) or "collection" in response.context["form"].errors
    return created


def role_collections(client):
    """The collections the client's user may add images to."""
    from django.contrib.auth import get_user_model
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    policy = policy_registry.get_by_type(get_image_model())
    return [c.pk for c in policy.collections_user_has_permission_for(user, "add")]


def choose_b_image(world, client):
    image = world.b_image
    results = client.get(reverse("wagtailimages_chooser:choose_results"))
    chosen = client.get(reverse("wagtailimages_chooser:chosen", args=[image.pk]))
    listed = results.status_code == 200 and image.title in results.content.decode()
    if chosen.status_code == 200:
        assert listed and str(chosen.json()["result"]["id"]) == str(image.pk)
        return True
    assert refused(chosen) and not listed
    return False


def edit_a_people_and_contacts(world, client):
    institution = world.a.institution
    data = contacts_form(
        institution,
        it_head_name="رئيس القسم",
        it_email="it@alpha.example",
        it_phone="+964 1 555 0000",
        it_extension="4321",
    )
    contacts = client.post(reverse("institutions:edit", args=[institution.pk]), data)
    member = world.a_member_row
    member_data = {
        "institution": institution.pk,
        "name": "Ali Hasan",
        "role_ar": "منسق",
        "role_en": "Coordinator",
        "term_start": "2026-01-01",
        "term_end": "",
        "photo": "",
        "email": "",
        "phone": "",
        "extension": "12",
        "sort_order": "0",
    }
    people = client.post(reverse("liaison_members:edit", args=[member.pk]), member_data)
    contacts_changed = Institution.objects.get(pk=institution.pk).it_extension == "4321"
    people_changed = LiaisonMember.objects.get(pk=member.pk).name == "Ali Hasan"
    assert contacts_changed == people_changed, (contacts.status_code, people.status_code)
    if not contacts_changed:
        assert refused(contacts) and refused(people)
    return contacts_changed


def delete_a_chapter_root(world, client):
    chapter = world.a.chapter_pages["ar"]
    response = client.post(reverse("wagtailadmin_pages:delete", args=[chapter.pk]))
    deleted = not Page.objects.filter(pk=chapter.pk).exists()
    if not deleted:
        assert refused(response)
    return deleted


def read_a_members_only_page(world, client):
    page = world.a_private
    response = client.get(page.get_url())
    if response.status_code == 200:
        assert page.title in response.content.decode()
        return True
    assert refused(response)
    return False


def export_directory(world, client):
    response = client.get(reverse("directory_export_csv"))
    if response.status_code == 200:
        assert "Ministry Alpha" in response.content.decode("utf-8-sig")
        return True
    assert refused(response)
    return False


def translate_a_page(world, client):
    from pages.core.factories import english_locale

    page = world.a_page
    english = english_locale()
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english.pk]}
    )
    translated = Page.objects.filter(translation_key=page.translation_key, locale=english).exists()
    if not translated:
        assert refused(response)
    return translated


def unpublish_a_chapter_home(world, client):
    chapter = world.a.chapter_pages["ar"]
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[chapter.pk]), {})
    unpublished = not Page.objects.get(pk=chapter.pk).live
    if not unpublished:
        assert refused(response)
    return unpublished


def change_own_email(world, client):
    from django.contrib.auth import get_user_model

    response = client.post(reverse("wagtailadmin_account"), {"email-email": "taken-over@example.org"})
    changed = get_user_model().objects.filter(email="taken-over@example.org").exists()
    if not changed:
        assert refused(response) or response.status_code in (200, 302)
    return changed


def invitation_link(world, email):
    from pages.institutions.invitations import invite

    token = invite(world.a.institution, world.a.institution.editors_group, email)
    return reverse("institutions_invitation", args=[token])


def accept_an_invitation_link(world, client):
    from django.contrib.auth import get_user_model

    link = invitation_link(world, "invited.person@example.org")
    signed_in = "_auth_user_id" in client.session
    if signed_in:
        client.post(link)
        user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    else:
        client.post(
            link, {"username": "invited-person", "password1": "Qx7!long-enough", "password2": "Qx7!long-enough"}
        )
        user = get_user_model().objects.filter(username="invited-person").first()
    return user is not None and user.groups.filter(pk=world.a.institution.editors_group_id).exists()


def join_by_a_matching_email(world, client):
    """Onboarding invites an address that the client's account holds: the account is not added."""
    from django.contrib.auth import get_user_model

    from .conftest import onboard

    if "_auth_user_id" not in client.session:
        return False
    user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    result = onboard("gamma", editor_emails=[user.email.upper()])
    return user.groups.filter(pk=result.institution.editors_group_id).exists()


# The smallest GIF: one white pixel.
GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


@pytest.mark.parametrize(("action", "role", "allowed"), CELLS, ids=[f"{a}-{r}" for a, r, _ in CELLS])
def test_cell(world, action, role, allowed):
    assert globals()[action](world, client_for(world, role)) is allowed


def test_the_matrix_has_at_least_seventy_cells():
    assert len(CELLS) >= 70


@pytest.mark.parametrize(("role", "may_repoint"), [("a_editor", False), ("a_publisher", False), ("cmc_editor", True)])
def test_only_cmc_staff_may_point_a_chapter_page_at_another_institution(world, role, may_repoint):
    # An institution without chapter pages yet: pointing at B would be refused anyway (one chapter page
    # per institution and language).
    other = Institution.objects.create(slug="gamma", name_ar="جيم", name_en="Gamma", kind="other", governorate="basra")
    chapter = world.a.chapter_pages["ar"]
    data = edit_form(world, chapter)
    data["institution"] = str(other.pk)
    client_for(world, role).post(reverse("wagtailadmin_pages:edit", args=[chapter.pk]), data)
    latest = Page.objects.get(pk=chapter.pk).get_latest_revision_as_object()
    assert (latest.institution_id == other.pk) is may_repoint
