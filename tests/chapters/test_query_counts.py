"""Query counts of the chapter pages, the public IT directory and the exports: fixed bounds, and the same
count with 10 institutions as with 100 (each with 2 liaison members, a logo and a chapter page in each
language)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pages.chapters.factories import (
    InstitutionChapterPageFactory,
    InstitutionFactory,
    IsocBoardMemberFactory,
    IsocWorkingGroupFactory,
    LiaisonMemberFactory,
)
from pages.core.factories import ImageFactory, translate_page

from .tree import build_chapters

# Measured on SQLite and PostgreSQL; each bound is the measured count, so a new query fails. The English
# pages have fewer: the English ISOC page has no news index of its own, and the English chapter's news
# index is not translated in this tree.
BOUNDS = {
    "isoc": 11,
    "isoc_en": 9,
    "index": 5,
    "index_en": 5,
    "moi_page": 10,
    "moi_page_en": 8,
    "directory": 4,
    "vcard": 3,
}
EXPORT_BOUND = 6  # session, user, the user's and the groups' permissions, institutions, members


def add_institutions(index, count, start):
    logo = ImageFactory()
    for number in range(start, start + count):
        institution = InstitutionFactory(
            slug=f"bulk-{number}", name_ar=f"هيئة {number}", name_en=f"Body {number}", logo=logo
        )
        LiaisonMemberFactory.create_batch(2, institution=institution, photo=logo)
        page = InstitutionChapterPageFactory(parent=index, institution=institution, body=[])
        translate_page(page, title=f"Body {number} chapter")


def queries(client, url):
    client.get(url)  # renditions made, per-process data read
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def urls(tree):
    return {
        "isoc": tree["isoc"].url,
        "isoc_en": tree["isoc_en"].url,
        "index": tree["index"].url,
        "index_en": tree["index_en"].url,
        "moi_page": tree["moi_page"].url,
        "moi_page_en": tree["moi_page_en"].url,
        "directory": tree["index"].url + "directory/",
        "vcard": tree["index"].url + "directory/moi/vcard/",
    }


@pytest.fixture
def tree(home, home_en, short_number):
    return build_chapters(home)


def test_counts_are_bounded_and_do_not_grow_with_institutions(client, tree, django_assert_max_num_queries):
    add_institutions(tree["index"], 8, 0)  # 10 institutions in all
    small = {name: queries(client, url) for name, url in urls(tree).items()}
    add_institutions(tree["index"], 90, 8)  # 100
    large = {name: queries(client, url) for name, url in urls(tree).items()}
    assert large == small
    for name, url in urls(tree).items():
        with django_assert_max_num_queries(BOUNDS[name]):
            client.get(url)


def test_exports_do_not_grow_with_institutions(client, tree, django_assert_max_num_queries):
    group = Group.objects.create(name="CMC test staff")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="export_directory")
    )
    staff = get_user_model().objects.create_user("cmc", "cmc@example.com", "password")
    staff.groups.add(group)
    client.force_login(staff)
    exports = [reverse("directory_export_csv"), reverse("directory_export_vcf")]
    add_institutions(tree["index"], 8, 0)
    small = [queries(client, url) for url in exports]
    add_institutions(tree["index"], 90, 8)
    large = [queries(client, url) for url in exports]
    assert large == small
    for url in exports:
        with django_assert_max_num_queries(EXPORT_BOUND):
            client.get(url)


def test_the_isoc_page_does_not_grow_with_its_board_and_working_groups(client, tree):
    url = tree["isoc"].url
    before = queries(client, url)
    photo = ImageFactory()
    IsocBoardMemberFactory.create_batch(10, page=tree["isoc"], photo=photo)
    IsocWorkingGroupFactory.create_batch(5, page=tree["isoc"])
    assert queries(client, url) == before == BOUNDS["isoc"]
