"""Onboarding an institution: what it creates, idempotent re-runs, and errors that change nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Site, WorkflowPage

from pages.chapters.models import InstitutionChapterPage
from pages.core.models import SiteSettings
from pages.institutions.access import CMC_EDITORS, CMC_MODERATORS
from pages.institutions.models import Institution
from pages.institutions.onboarding import OnboardingError

from .conftest import onboard, row_counts

pytestmark = pytest.mark.django_db


def codenames(queryset):
    return sorted(queryset.values_list("permission__codename", flat=True))


def test_onboarding_creates_everything_and_links_it(directory):
    index_ar, index_en = directory
    result = onboard(
        "moi",
        name_ar="وزارة الداخلية",
        name_en="Ministry of Interior",
        hostname="moi.example.iq",
        editor_emails=["Editor@Example.org"],
        publisher_emails=["publisher@example.org"],
    )
    institution = result.institution
    assert result.created
    page_ar, page_en = result.chapter_pages["ar"], result.chapter_pages["en"]
    assert page_ar.get_parent().pk == index_ar.pk and page_en.get_parent().pk == index_en.pk
    assert page_ar.title == "وزارة الداخلية" and page_en.title == "Ministry of Interior"
    assert page_ar.translation_key == page_en.translation_key and page_en.locale.language_code == "en"
    assert page_ar.live and page_en.live
    assert page_ar.institution_id == page_en.institution_id == institution.pk

    for page in (page_ar, page_en):
        perms = GroupPagePermission.objects.filter(page=page)
        assert codenames(perms.filter(group=institution.editors_group)) == ["add_page", "change_page"]
        assert codenames(perms.filter(group=institution.publishers_group)) == [
            "add_page",
            "bulk_delete_page",
            "change_page",
            "delete_page",
            "lock_page",
            "publish_page",
            "unlock_page",
        ]
        assert not perms.filter(group=institution.members_group).exists()
        assert WorkflowPage.objects.get(page=page).workflow_id == institution.workflow_id

    collection = institution.collection
    assert collection.get_parent().is_root() and collection.name == "وزارة الداخلية"
    for group in (institution.editors_group, institution.publishers_group):
        assert codenames(GroupCollectionPermission.objects.filter(group=group, collection=collection)) == [
            "add_document",
            "add_image",
            "change_document",
            "change_image",
            "choose_document",
            "choose_image",
        ]
    tasks = [task.specific for task in institution.workflow.tasks.all()]
    assert [list(task.groups.all()) for task in tasks] == [[institution.publishers_group]]

    site = institution.site
    assert site.hostname == "moi.example.iq" and site.root_page_id == page_ar.pk
    assert site.port == Site.objects.get(is_default_site=True).port

    editor = get_user_model().objects.get(email="Editor@Example.org")
    assert not editor.has_usable_password() and editor.is_active
    assert list(editor.groups.all()) == [institution.editors_group]
    assert {user.email for user in result.invited} == {"Editor@Example.org", "publisher@example.org"}
    assert {"CMC editors", "CMC moderators"} <= set(
        get_user_model()._meta.get_field("groups").related_model.objects.values_list("name", flat=True)
    )


def test_a_chapter_site_opens_with_the_institutions_name_and_the_main_sites_short_number(directory):
    main = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(
        site=main, defaults={"name_ar": "هيئة الإعلام والاتصالات", "short_number": "5050", "email": "info@cmc.example"}
    )
    result = onboard("moi", name_ar="وزارة الداخلية", name_en="Ministry of Interior", hostname="moi.example.iq")

    chapter_settings = SiteSettings.objects.get(site=result.institution.site)
    assert chapter_settings.name_ar == "وزارة الداخلية — ملتقى"
    assert chapter_settings.name_en == "Ministry of Interior — Multaqa"
    assert chapter_settings.short_number == "5050"
    assert chapter_settings.email == "info@cmc.example"  # no IT e-mail yet: the main site's contact
    assert SiteSettings.objects.get(site=main).name_ar == "هيئة الإعلام والاتصالات"


def test_cmc_review_adds_the_cmc_moderators_step(directory):
    institution = onboard("mof", cmc_review_required=True).institution
    tasks = [task.specific for task in institution.workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert [[group.name for group in task.groups.all()] for task in tasks] == [["mof publishers"], [CMC_MODERATORS]]
    assert CMC_EDITORS != CMC_MODERATORS


def test_a_second_run_with_the_same_names_changes_nothing(directory):
    first = onboard("moi", hostname="moi.example.iq", editor_emails=["e@example.org"])
    before = row_counts()
    second = onboard("moi", hostname="moi.example.iq", editor_emails=["e@example.org"])
    assert not second.created and second.invited == []
    assert second.institution.pk == first.institution.pk
    assert second.chapter_pages["ar"].pk == first.chapter_pages["ar"].pk
    assert second.chapter_pages["en"].pk == first.chapter_pages["en"].pk
    assert row_counts() == before


def test_a_second_run_completes_what_is_missing(directory):
    first = onboard("moi")
    institution = first.institution
    first.chapter_pages["en"].delete()
    institution.collection.delete()
    before_pages = InstitutionChapterPage.objects.count()
    second = onboard("moi", hostname="moi.example.iq", publisher_emails=["p@example.org"])
    institution.refresh_from_db()
    assert InstitutionChapterPage.objects.count() == before_pages + 1
    assert second.chapter_pages["en"].translation_key == first.chapter_pages["ar"].translation_key
    assert institution.collection is not None and institution.site.hostname == "moi.example.iq"
    assert [user.email for user in second.invited] == ["p@example.org"]


BAD_INPUTS = {
    "slug used by another institution": ({"slug": "moi", "name_en": "Another"}, "slug"),
    "malformed slug": ({"slug": "وزارة"}, "slug"),
    "unknown kind": ({"kind": "embassy"}, "kind"),
    "unknown governorate": ({"governorate": "atlantis"}, "governorate"),
    "host name taken": ({"hostname": "taken.example.iq"}, "hostname"),
    "malformed host name": ({"hostname": "bad host!"}, "hostname"),
    "malformed editor email": ({"editor_emails": ["ok@example.org", "not-an-email"]}, "editor_emails"),
    "malformed publisher email": ({"publisher_emails": ["a@@example"]}, "publisher_emails"),
    "unknown parent": ({"parent": "nowhere"}, "parent"),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input_raises_and_changes_nothing(directory, case, mailoutbox, django_capture_on_commit_callbacks):
    onboard("moi")
    Site.objects.create(hostname="taken.example.iq", port=80, root_page=directory[0])
    overrides, field = BAD_INPUTS[case]
    values = {"slug": "mot", "editor_emails": ["new@example.org"], "send_invites": True, **overrides}
    before = row_counts()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(OnboardingError) as raised:
        onboard(**values)
    assert field in raised.value.message_dict
    assert row_counts() == before
    assert mailoutbox == []


def test_missing_directory_is_a_clear_error(home, home_en):
    before = row_counts()
    with pytest.raises(OnboardingError) as raised:
        onboard("moi")
    with translation.override("en"):
        assert "directory" in str(raised.value.message_dict["__all__"])
    with translation.override("ar"):  # the admin's language by default, whatever an earlier test activated
        assert "دليل المؤسسات" in str(raised.value.message_dict["__all__"])
    assert row_counts() == before
    assert not Institution.objects.exists()


def test_a_failure_late_in_the_transaction_rolls_everything_back(directory, monkeypatch):
    from pages.institutions import onboarding

    def fail(*args, **kwargs):
        raise RuntimeError("site creation failed")

    monkeypatch.setattr(onboarding, "_site", fail)
    before = row_counts()
    with pytest.raises(RuntimeError):
        onboard("moi", hostname="moi.example.iq", editor_emails=["e@example.org"])
    assert row_counts() == before


@pytest.mark.parametrize("slug", ["Gamma", "GAMMA", "gamma_unit", "-gamma", "gamma-", "gam ma"])
def test_onboarding_takes_lower_case_slugs_only(directory, slug):
    with pytest.raises(OnboardingError) as error:
        onboard(slug)
    assert "slug" in error.value.message_dict


def test_onboarding_accepts_a_lower_case_slug_with_hyphens(directory):
    assert onboard("gamma-unit-2").institution.slug == "gamma-unit-2"
