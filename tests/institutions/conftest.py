"""Fixtures for institutions: the institution directory in both languages, and onboarded institutions."""

import pytest
from django.contrib.auth.models import Group
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
