"""Translation with wagtail-localize: text is translated, people's names, emails and a chapter's
institution are synchronised (and a translator cannot override them)."""

import pytest
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import OverridableSegment, StringSegment, Translation, TranslationSource

from pages.chapters.factories import (
    InstitutionChapterPageFactory,
    InstitutionIndexPageFactory,
    IsocBoardMemberFactory,
    IsocChapterPageFactory,
    IsocWorkingGroupFactory,
)
from pages.chapters.models import IsocChapterPage


def segments(source):
    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    overridable = set(OverridableSegment.objects.filter(source=source).values_list("data_json", flat=True))
    return strings, overridable


@pytest.fixture
def isoc(home, home_en):
    page = IsocChapterPageFactory(parent=home, body=[])
    IsocBoardMemberFactory(page=page, name="أحمد علي", role="رئيس الفرع", email="ahmed@isoc.example")
    IsocWorkingGroupFactory(page=page, name="أمن الشبكات", description="وصف الفريق", lead="سارة محمود")
    return page


def test_roles_and_groups_are_translated_names_and_emails_are_not(isoc):
    source, _created = TranslationSource.get_or_create_from_instance(isoc)
    strings, overridable = segments(source)
    assert {"رئيس الفرع", "أمن الشبكات", "وصف الفريق"} <= strings
    everything = " ".join(strings | overridable)
    for synchronised in ("أحمد علي", "ahmed@isoc.example", "سارة محمود"):
        assert synchronised not in everything


def test_a_translation_keeps_the_names_and_follows_their_changes(isoc, locale_en):
    source, _created = TranslationSource.get_or_create_from_instance(isoc)
    translation = Translation.objects.create(source=source, target_locale=locale_en)
    translation.save_target(publish=True)
    english = IsocChapterPage.objects.get(translation_key=isoc.translation_key, locale=locale_en)
    member = english.board_members.get()
    assert (member.name, member.email, member.locale) == ("أحمد علي", "ahmed@isoc.example", locale_en)
    assert member.translation_key == isoc.board_members.get().translation_key
    assert english.working_groups.get().lead == "سارة محمود"

    arabic_member = isoc.board_members.get()
    arabic_member.name = "أحمد علي حسن"
    arabic_member.save()
    source.update_from_db()
    translation.save_target(publish=True)
    assert english.board_members.get().name == "أحمد علي حسن"


def test_a_chapter_pages_institution_is_synchronised_and_not_overridable(home, home_en):
    index = InstitutionIndexPageFactory(parent=home)
    chapter = InstitutionChapterPageFactory(parent=index, body=[])
    source, _created = TranslationSource.get_or_create_from_instance(chapter)
    assert not OverridableSegment.objects.filter(source=source, context__path="institution").exists()
    fields = {field.field_name: field for field in get_translatable_fields(type(chapter))}
    assert fields["institution"].is_synchronized(chapter)
    assert not fields["institution"].is_overridable(chapter)
