"""Fixtures for institutions: the institution directory in both languages, and onboarded institutions."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Collection, Page, Site, Workflow

from pages.chapters.models import InstitutionIndexPage
from pages.core.factories import translate_page
from pages.institutions.models import Institution, LiaisonMember
from pages.institutions.onboarding import create_institution

COUNTED_MODELS = (Institution, LiaisonMember, Page, Group, Collection, Workflow, Site)


def make_directory(home):
    """The Arabic institution directory under the home page, published, with its English translation."""
    index = InstitutionIndexPage(title="دليل المؤسسات", slug="institutions")
    home.add_child(instance=index)
    index.save_revision().publish()
    index.refresh_from_db()
    english = translate_page(index, title="Institutions", slug="institutions")
    return index, english


@pytest.fixture
def directory(home, home_en):
    return make_directory(home)


def refused(response):
    """403, 404, a redirect to the sign-in page (for who may not enter the admin or read a private page), or
    Wagtail's own refusal inside the admin: a redirect to the dashboard with "Sorry, you do not have
    permission to access this area"."""
    if response.status_code in (403, 404):
        return True
    if response.status_code != 302:
        return False
    location = response["Location"]
    return "login" in location or location == reverse("wagtailadmin_home")


def signed_in(user):
    """A test client signed in as ``user``."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def as_role(world, role):
    """A test client signed in as the world's user of ``role`` ("admin": its superuser)."""
    return signed_in(world.admin if role == "admin" else world.users[role])


def fresh(user):
    """The user read again: Wagtail caches page permissions on the user object."""
    return type(user).objects.get(pk=user.pk)


def onboard(slug, **overrides):
    values = {
        "slug": slug,
        "name_ar": f"وزارة {slug}",
        "name_en": f"Ministry of {slug}",
        "kind": "ministry",
        "governorate": "baghdad",
        "send_invites": False,
    }
    values.update(overrides)
    return create_institution(**values)


def row_counts():
    from django.contrib.auth import get_user_model

    counts = {model.__name__: model.objects.count() for model in COUNTED_MODELS}
    counts["User"] = get_user_model().objects.count()
    from wagtail.models import GroupCollectionPermission, GroupPagePermission, WorkflowPage

    for model in (GroupPagePermission, GroupCollectionPermission, WorkflowPage):
        counts[model.__name__] = model.objects.count()
    return counts


ROLES = ("anonymous", "cmc_editor", "cmc_moderator", "a_editor", "a_publisher", "a_member", "b_editor")


class World:
    """Two onboarded institutions A and B, a user per role, pages, images and a liaison member."""


def build_world():
    from django.contrib.auth import get_user_model
    from wagtail.models import PageViewRestriction

    from pages.core.factories import ImageFactory
    from pages.institutions.access import cmc_groups, ensure_cmc_groups
    from pages.institutions.models import LiaisonMember
    from pages.standard.factories import StandardPageFactory
    from tests.conftest import make_home, make_home_en

    world = World()
    world.home = make_home()
    make_home_en(world.home)
    make_directory(world.home)
    world.a = onboard("alpha", name_ar="وزارة ألف", name_en="Ministry Alpha")
    world.b = onboard("beta", name_ar="هيئة باء", name_en="Beta Commission", kind="commission")
    cmc_editors, cmc_moderators = ensure_cmc_groups()
    user_model = get_user_model()
    groups = {
        "cmc_editor": cmc_editors,
        "cmc_moderator": cmc_moderators,
        "a_editor": world.a.institution.editors_group,
        "a_publisher": world.a.institution.publishers_group,
        "a_member": world.a.institution.members_group,
        "b_editor": world.b.institution.editors_group,
    }
    world.users = {}
    for role, group in groups.items():
        user = user_model.objects.create_user(
            username=role, email=f"{role}@example.org", password="x", first_name=role, last_name="user"
        )
        user.groups.add(group)
        world.users[role] = user
    world.admin = user_model.objects.create_superuser(username="root", email="root@example.org", password="x")

    chapter_a = world.a.chapter_pages["ar"]
    chapter_b = world.b.chapter_pages["ar"]
    world.a_page = StandardPageFactory(parent=chapter_a, title="صفحة ألف", slug="a-page", body=[])
    world.a_draft = StandardPageFactory(parent=chapter_a, title="مسودة ألف", slug="a-draft", body=[], live=False)
    world.a_private = StandardPageFactory(parent=chapter_a, title="للأعضاء فقط", slug="a-members", body=[])
    restriction = PageViewRestriction.objects.create(page=world.a_private, restriction_type=PageViewRestriction.GROUPS)
    a = world.a.institution
    restriction.groups.set([a.members_group, a.editors_group, a.publishers_group, *cmc_groups()])
    world.b_page = StandardPageFactory(parent=chapter_b, title="صفحة باء", slug="b-page", body=[])
    for page in (world.a_page, world.a_private, world.b_page):
        page.save_revision().publish()  # a live revision, as pages published in the admin have
    world.a_image = ImageFactory(title="a-image", collection=a.collection)
    world.b_image = ImageFactory(title="b-image", collection=world.b.institution.collection)
    world.a_member_row = LiaisonMember.objects.create(
        institution=a, name="Ali", role_ar="منسق", role_en="Coordinator", term_start="2026-01-01"
    )
    return world


@pytest.fixture(scope="module")
def world(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        return build_world()


def contacts_form(institution, **changes):
    """The institution edit form's data: its identity as it is, empty contacts, then ``changes``."""
    data = {
        "slug": institution.slug,
        "name_ar": institution.name_ar,
        "name_en": institution.name_en,
        "kind": institution.kind,
        "governorate": institution.governorate,
        "parent": "",
        "status": institution.status,
        "logo": "",
        "it_head_name": "",
        "it_email": "",
        "it_phone": "",
        "it_extension": "",
    }
    data.update(changes)
    return data
