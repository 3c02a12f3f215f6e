"""The state institution: the actor of everything the product does after chapters.

An institution is a model of its own, not a page. Its chapter pages (one per language), its groups, its
collection, its workflow and its optional Site point to it or are pointed to from it; later features
(nominations, proposals, endorsements, letters, the systems register) refer to ``Institution``.
Per-institution data never goes in plain snippets: Wagtail does not scope snippets per site.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, Site, Workflow

from pages.core.i18n import localized_attr

from .choices import Governorate, InstitutionKind, InstitutionStatus

# How long a directory entry stays current after its institution last confirmed it.
CONTACTS_STALE_AFTER = timedelta(days=180)

extension_validator = RegexValidator(r"^[0-9]{1,6}$", _("An extension is one to six digits."))
phone_validator = RegexValidator(r"^\+?[0-9 ()-]{5,30}$", _("Enter a phone number: digits, spaces, + ( ) -."))


class InstitutionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=InstitutionStatus.ACTIVE)


class Institution(models.Model):
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Lower-case Latin letters, digits and hyphens: used in addresses and host names."),
    )
    name_ar = models.CharField(_("name (Arabic)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=InstitutionKind.choices)
    governorate = models.CharField(_("governorate"), max_length=20, choices=Governorate.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent body"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="units",
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=InstitutionStatus.choices, default=InstitutionStatus.ACTIVE
    )

    # The IT department: names are written once, as the person writes them, and never translated.
    it_head_name = models.CharField(_("head of the IT department"), max_length=150, blank=True)
    it_email = models.EmailField(_("IT department email"), blank=True)
    it_phone = models.CharField(_("IT department phone"), max_length=30, blank=True, validators=[phone_validator])
    it_extension = models.CharField(
        _("extension on the IT short number"), max_length=6, blank=True, validators=[extension_validator]
    )
    contacts_confirmed_at = models.DateTimeField(_("contacts last confirmed"), null=True, blank=True)
    cmc_review_required = models.BooleanField(
        _("CMC review required"),
        default=False,
        help_text=_("Changes approved by the institution's publishers then wait for a CMC moderator."),
    )

    # What onboarding (pages.institutions.onboarding) creates for the institution.
    collection = models.OneToOneField(
        Collection, verbose_name=_("collection"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    site = models.OneToOneField(
        Site, verbose_name=_("site"), null=True, blank=True, on_delete=models.SET_NULL, related_name="institution"
    )
    workflow = models.ForeignKey(
        Workflow, verbose_name=_("workflow"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    editors_group = models.OneToOneField(
        Group, verbose_name=_("editors group"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    publishers_group = models.OneToOneField(
        Group, verbose_name=_("publishers group"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    members_group = models.OneToOneField(
        Group, verbose_name=_("members group"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["kind", "name_ar"]
        permissions = [("export_directory", _("Can export the whole IT directory"))]

    def __str__(self):
        return str(self.name)

    @property
    def name(self):
        """The name in the reader's language, else in Arabic."""
        return localized_attr(self, "name")

    def group_ids(self):
        groups = (self.editors_group_id, self.publishers_group_id, self.members_group_id)
        return [group_id for group_id in groups if group_id]

    @property
    def contacts_are_stale(self):
        confirmed = self.contacts_confirmed_at
        return confirmed is None or timezone.now() - confirmed > CONTACTS_STALE_AFTER


class LiaisonMember(models.Model):
    """A member of the institution's chapter who liaises with the ISOC Iraq chapter."""

    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), on_delete=models.CASCADE, related_name="liaison_members"
    )
    name = models.CharField(_("name"), max_length=150, help_text=_("As the member writes it; not translated."))
    role_ar = models.CharField(_("role (Arabic)"), max_length=150)
    role_en = models.CharField(_("role (English)"), max_length=150, blank=True)
    term_start = models.DateField(_("term starts"))
    term_end = models.DateField(_("term ends"), null=True, blank=True)
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    extension = models.CharField(
        _("extension on the IT short number"), max_length=6, blank=True, validators=[extension_validator]
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("liaison member")
        verbose_name_plural = _("liaison members")
        ordering = ["institution", "sort_order", "pk"]

    def __str__(self):
        return self.name

    @property
    def role(self):
        return localized_attr(self, "role")


INVITATION_VALID_FOR = timedelta(days=14)


def invitation_expiry():
    return timezone.now() + INVITATION_VALID_FOR


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """An invitation to one of an institution's groups, sent to an e-mail address.

    Nobody is added to a group because an account has the same address (anyone could have typed it into an
    account): the address gets a link, and whoever opens it accepts while signed in, or creates their account
    with it (``pages.institutions.invitations``). Only a digest of the link's token is stored.
    """

    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), on_delete=models.CASCADE, related_name="invitations"
    )
    group = models.ForeignKey(Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="+")
    email = models.EmailField(_("email"))
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=invitation_expiry)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.group}"
