"""Factories for institutions, their liaison members and the chapter pages.

``InstitutionFactory`` lives here until ``pages.institutions`` has factories of its own. An institution
gets a full IT department (head, email, phone, extension, confirmed a month ago); ``with_members=n``
gives it ``n`` liaison members. ``InstitutionChapterPageFactory`` makes an institution unless given one.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from pages.core.factories import realistic_body
from pages.institutions.choices import Governorate, InstitutionKind
from pages.institutions.models import Institution, LiaisonMember

from .models import (
    InstitutionChapterPage,
    InstitutionIndexPage,
    IsocBoardMember,
    IsocChapterPage,
    IsocWorkingGroup,
)


class InstitutionFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"institution-{n}")
    name_ar = factory.Sequence(lambda n: f"وزارة رقم {n}")
    name_en = factory.Sequence(lambda n: f"Ministry number {n}")
    kind = InstitutionKind.MINISTRY
    governorate = Governorate.BAGHDAD
    it_head_name = "علي حسين"
    it_email = factory.LazyAttribute(lambda institution: f"it@{institution.slug}.gov.iq")
    it_phone = "+964 1 234 5678"
    it_extension = factory.Sequence(lambda n: str(100 + n % 900))
    contacts_confirmed_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30))

    class Meta:
        model = Institution
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    @factory.post_generation
    def with_members(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            LiaisonMemberFactory.create_batch(extracted, institution=obj)


class LiaisonMemberFactory(factory.django.DjangoModelFactory):
    institution = factory.SubFactory(InstitutionFactory)
    name = factory.Sequence(lambda n: f"زينب كاظم {n}")
    role_ar = "منسقة الارتباط"
    role_en = "Liaison coordinator"
    term_start = datetime.date(2026, 1, 1)
    email = factory.Sequence(lambda n: f"member{n}@example.gov.iq")
    phone = "0770 123 4567"
    extension = factory.Sequence(lambda n: str(200 + n % 800))
    sort_order = factory.Sequence(int)

    class Meta:
        model = LiaisonMember


class IsocChapterPageFactory(wagtail_factories.PageFactory):
    title = "فرع جمعية الإنترنت في العراق"
    slug = "isoc"
    introduction = "فرع العراق لجمعية الإنترنت."
    body = factory.LazyAttribute(lambda page: realistic_body(link_to=page.parent))
    how_to_join = "<p>املأ استمارة العضوية.</p>"

    class Meta:
        model = IsocChapterPage


class IsocBoardMemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"أحمد علي {n}")
    role = "رئيس الفرع"
    term_start = datetime.date(2025, 1, 1)
    term_end = datetime.date(2027, 12, 31)
    email = factory.Sequence(lambda n: f"board{n}@isoc.example")
    locale = factory.LazyAttribute(lambda member: member.page.locale)

    class Meta:
        model = IsocBoardMember


class IsocWorkingGroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"فريق العمل {n}")
    description = "يعمل على أمن الشبكات."
    lead = "سارة محمود"
    locale = factory.LazyAttribute(lambda group: group.page.locale)

    class Meta:
        model = IsocWorkingGroup


class InstitutionIndexPageFactory(wagtail_factories.PageFactory):
    title = "فروع المؤسسات"
    slug = "chapters"
    introduction = "دليل فروع مؤسسات الدولة."

    class Meta:
        model = InstitutionIndexPage


class InstitutionChapterPageFactory(wagtail_factories.PageFactory):
    institution = factory.SubFactory(InstitutionFactory)
    title = factory.LazyAttribute(lambda page: page.institution.name_ar)
    slug = factory.LazyAttribute(lambda page: page.institution.slug)
    introduction = "فرع المؤسسة في الملتقى."
    body = factory.LazyAttribute(lambda page: realistic_body(link_to=page.parent))

    class Meta:
        model = InstitutionChapterPage
