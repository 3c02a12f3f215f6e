"""Chapter pages: the ISOC Iraq chapter, the directory of institution chapters, and each institution's
chapter home (the root of its sub-site, and of its own Site when it has a host name).

Translation (wagtail-localize): page text is translated; people's names, emails and the institution a
chapter page belongs to are synchronised from the Arabic page and cannot be overridden by a translator.
The board members and working groups of the ISOC chapter are orderable children with
``TranslatableMixin``, so each carries both translated fields (a role, a description) and synchronised
ones (a name). Institution data (names, IT department, liaison members) lives on ``Institution`` and is
not translated at all: it holds both languages itself.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PagePermissionTester, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.core.blocks import BaseStreamBlock
from pages.core.models import BasePage
from pages.institutions.access import CMC_STAFF_PERMISSION, is_cmc_staff

from . import views

CHAPTER_SUBPAGE_TYPES = ["news.NewsIndexPage", "standard.StandardPage"]
# Rich text of short editor-written sections: no headings (the template gives the section its heading).
SECTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class IsocChapterPage(BasePage):
    """The ISOC Iraq chapter: its purpose, board, working groups, how to join, and its news."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("purpose"), blank=True)
    how_to_join = RichTextField(_("how to join"), blank=True, features=SECTION_FEATURES)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
        InlinePanel("board_members", heading=_("Board"), label=_("board member")),
        InlinePanel("working_groups", heading=_("Working groups"), label=_("working group")),
        FieldPanel("how_to_join"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("how_to_join"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = CHAPTER_SUBPAGE_TYPES
    max_count = 1

    TEASER_TEXT_FIELDS = ("introduction", *BasePage.TEASER_TEXT_FIELDS)

    class Meta:
        verbose_name = _("ISOC chapter page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.isoc_chapter_context(request, self))
        return context


class IsocBoardMember(TranslatableMixin, Orderable):
    """A member of the ISOC Iraq chapter's board: the role is translated, the name and email are not."""

    page = ParentalKey(IsocChapterPage, on_delete=models.CASCADE, related_name="board_members")
    name = models.CharField(_("name"), max_length=150, help_text=_("As the member writes it; not translated."))
    role = models.CharField(_("role"), max_length=150)
    term_start = models.DateField(_("term starts"))
    term_end = models.DateField(_("term ends"), null=True, blank=True)
    photo = models.ForeignKey(
        "core.CustomImage", verbose_name=_("photo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    email = models.EmailField(_("email"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
        FieldPanel("photo"),
        FieldPanel("email"),
    ]
    override_translatable_fields = [
        SynchronizedField("name", overridable=False),
        SynchronizedField("email", overridable=False),
        SynchronizedField("photo", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("board member")
        verbose_name_plural = _("board members")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.term_end and self.term_start and self.term_end < self.term_start:
            raise ValidationError({"term_end": _("A term cannot end before it starts.")})


class IsocWorkingGroup(TranslatableMixin, Orderable):
    """A working group of the ISOC Iraq chapter: name and description translated, its lead's name not."""

    page = ParentalKey(IsocChapterPage, on_delete=models.CASCADE, related_name="working_groups")
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True, max_length=600)
    lead = models.CharField(
        _("lead"), max_length=150, blank=True, help_text=_("As the lead writes it; not translated.")
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("lead")]
    override_translatable_fields = [SynchronizedField("lead", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self):
        return self.name


class InstitutionIndexPage(RoutablePageMixin, BasePage):
    """The directory of institution chapters (filterable, searchable, paginated) and, under ``directory/``,
    the public IT directory with a vCard per institution at ``directory/<slug>/vcard/`` (``pages.directory``)."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["chapters.InstitutionChapterPage"]
    max_count = 1

    TEASER_TEXT_FIELDS = ("introduction", *BasePage.TEASER_TEXT_FIELDS)

    class Meta:
        verbose_name = _("institution directory page")

    @path("")
    def chapters(self, request):
        return self.render(request, context_overrides=views.chapter_listing_context(request, self))

    @path("directory/", name="it_directory")
    def it_directory(self, request):
        return views.it_directory(request, self)

    # Wagtail serves only paths of word characters, hyphens and slashes: no ".vcf" suffix in the URL;
    # the file name comes with Content-Disposition.
    @re_path(r"^directory/(?P<slug>[-a-zA-Z0-9_]+)/vcard/$", name="institution_vcard")
    def institution_vcard(self, request, slug):
        return views.institution_vcard(request, self, slug)


class ChapterHomePermissionTester(PagePermissionTester):
    """An institution's publishers hold delete and publish on their chapter home so that they can delete and
    unpublish inside it; the home itself stays up and in place unless CMC staff take it down or move it
    (the delete, move and unpublish views also refuse it: ``pages.institutions.guards``)."""

    def can_unpublish(self):
        return super().can_unpublish() and is_cmc_staff(self.user)

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and is_cmc_staff(self.user)

    def can_move(self):
        return super().can_move() and is_cmc_staff(self.user)


class InstitutionChapterPage(BasePage):
    """An institution's chapter home: one per language, each pointing to the same ``Institution``."""

    institution = models.ForeignKey(
        "institutions.Institution",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="chapter_pages",
    )
    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("about"), blank=True)

    content_panels = [
        # The title is the institution's name, shown on its card and heading: the CMC's, like the institution
        # (onboarding sets both). Both fields are left out of the form for an institution's own people.
        FieldPanel("title", permission=CMC_STAFF_PERMISSION),
        MultiFieldPanel([FieldPanel("institution", permission=CMC_STAFF_PERMISSION)], heading=_("Institution")),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["chapters.InstitutionIndexPage"]
    subpage_types = CHAPTER_SUBPAGE_TYPES

    TEASER_TEXT_FIELDS = ("introduction", *BasePage.TEASER_TEXT_FIELDS)
    # The card image is the institution's logo, a field of Institution, not of the page: teaser_image()
    # below. TEASER_IMAGE_FIELD names a field of the page's own row, so it stays None.

    display_related = ("institution",)

    # The English chapter page belongs to the same institution as the Arabic one: never overridden.
    override_translatable_fields = [SynchronizedField("institution", overridable=False)]

    class Meta:
        verbose_name = _("institution chapter page")
        verbose_name_plural = _("institution chapter pages")

    def teaser_image(self):
        return self.institution.logo if self.institution_id else None

    def permissions_for_user(self, user):
        return ChapterHomePermissionTester(user, self)

    def clean(self):
        """One chapter page per institution and language. Page tables are joined to ``wagtailcore_page``
        (where the locale is), so a database constraint cannot say it; every save goes through here
        (Wagtail cleans pages on save, the admin form shows the error on the institution field)."""
        super().clean()
        if not self.institution_id or not self.locale_id:
            return
        others = InstitutionChapterPage.objects.filter(institution_id=self.institution_id, locale_id=self.locale_id)
        if self.pk:
            others = others.exclude(pk=self.pk)
        if others.exists():
            raise ValidationError({"institution": _("This institution already has a chapter page in this language.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.institution_chapter_context(request, self))
        return context
