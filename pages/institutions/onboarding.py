"""Onboarding a state institution: everything it needs, in one transaction.

``create_institution`` makes the ``Institution`` row, its chapter page in Arabic under the Arabic
institution directory and the English translation (wagtail-localize, same ``translation_key``), its
editors, publishers and members groups with page permissions on both chapter pages, its collection with
media permissions for editors and publishers, its review workflow on both chapter pages, optionally a Site
whose root is the Arabic chapter page, and invitations for its first editors and publishers.

Idempotent: running it again with the same slug, names, type, governorate and parent completes what is
missing (groups, permissions, collection, pages, workflow, Site, group memberships) and changes nothing
that exists; invitations go only to people newly added to a group. The same slug with any other name,
type, governorate or parent is an error, as is a host name when the institution already has another one.
Any error raises ``OnboardingError`` (a ``ValidationError`` with per-field messages) and changes nothing;
e-mails are sent only once the transaction has committed.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, GroupApprovalTask, Locale, Site, Workflow, WorkflowPage, WorkflowTask

from pages.chapters.models import InstitutionChapterPage, InstitutionIndexPage
from pages.core.models import SiteSettings
from pages.core.translation import sync_translation

from . import access, invitations
from .choices import Governorate, InstitutionKind
from .invites import send_invites_on_commit
from .models import Institution

HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")  # lower case: a slug is part of host names and addresses
ROLES = ("editors", "publishers", "members")


class OnboardingError(ValidationError):
    """Bad input for onboarding; ``message_dict`` maps each field to its messages. Nothing was changed."""


@dataclass
class Invited:
    """Someone onboarding invited: a new ``user`` (already in the group), or a ``token`` for an invitation."""

    email: str
    group: Group
    user: object = None
    token: str = ""


@dataclass
class OnboardingResult:
    institution: Institution
    chapter_pages: dict
    created: bool
    invited: list = field(default_factory=list)


def create_institution(
    *,
    slug,
    name_ar,
    name_en,
    kind,
    governorate,
    hostname=None,
    editor_emails=(),
    publisher_emails=(),
    parent=None,
    site_port=None,
    send_invites=True,
    request=None,
    cmc_review_required=None,
):
    """Create or complete an institution and everything it needs; see the module docstring.

    ``parent`` is an ``Institution`` or its slug. ``cmc_review_required`` (a bool) is set on a new
    institution; on an existing one it may only switch the CMC step on (None leaves it as it is).
    """
    slug = (slug or "").strip()
    name_ar = (name_ar or "").strip()
    name_en = (name_en or "").strip()
    hostname = (hostname or "").strip().lower() or None
    editor_emails = _normalise_emails(editor_emails)
    publisher_emails = _normalise_emails(publisher_emails)

    with transaction.atomic():
        parent = _validate(
            slug, name_ar, name_en, kind, governorate, hostname, editor_emails, publisher_emails, parent
        )
        institution, created = _institution(slug, name_ar, name_en, kind, governorate, parent, cmc_review_required)
        access.ensure_cmc_groups()
        groups = _groups(institution)
        pages = _chapter_pages(institution)
        for page in pages.values():
            access.grant_page_permissions(groups["editors"], page, access.EDITOR_PAGE_PERMISSIONS)
            access.grant_page_permissions(groups["publishers"], page, access.PUBLISHER_PAGE_PERMISSIONS)
        _collection(institution, groups)
        _workflow(institution, groups, pages)
        if hostname:
            _site(institution, hostname, site_port, pages["ar"])
        invited = _add_people(institution, groups["editors"], editor_emails) + _add_people(
            institution, groups["publishers"], publisher_emails
        )
        if send_invites and invited:
            send_invites_on_commit(institution, invited, request=request)
    return OnboardingResult(institution=institution, chapter_pages=pages, created=created, invited=invited)


def _normalise_emails(emails):
    if isinstance(emails, str):
        emails = [emails]
    seen = []
    for email in emails or ():
        email = (email or "").strip()
        if email and email.lower() not in (known.lower() for known in seen):
            seen.append(email)
    return seen


def _validate(slug, name_ar, name_en, kind, governorate, hostname, editor_emails, publisher_emails, parent):
    errors = {}

    def add(name, message):
        errors.setdefault(name, []).append(message)

    if not SLUG_RE.match(slug):
        add("slug", _("Enter a slug of lower-case Latin letters, digits and hyphens (it becomes a host name)."))
    if len(slug) > Institution._meta.get_field("slug").max_length:
        add("slug", _("The slug is too long."))
    for name, value in (("name_ar", name_ar), ("name_en", name_en)):
        if not value:
            add(name, _("This field is required."))
        elif len(value) > Institution._meta.get_field(name).max_length:
            add(name, _("The name is too long."))
    if kind not in InstitutionKind.values:
        add("kind", _("Unknown institution type “%(value)s”.") % {"value": kind})
    if governorate not in Governorate.values:
        add("governorate", _("Unknown governorate “%(value)s”.") % {"value": governorate})

    if parent is not None and not isinstance(parent, Institution):
        parent_slug = str(parent).strip()
        parent = Institution.objects.filter(slug=parent_slug).first()
        if parent is None:
            add("parent", _("No institution has the slug “%(value)s”.") % {"value": parent_slug})
    if parent is not None and parent.slug == slug:
        add("parent", _("An institution cannot be its own parent body."))

    existing = Institution.objects.filter(slug=slug).select_related("site").first() if slug else None
    if existing is not None:
        same = (existing.name_ar, existing.name_en, existing.kind, existing.governorate, existing.parent_id) == (
            name_ar,
            name_en,
            kind,
            governorate,
            parent.pk if isinstance(parent, Institution) else None,
        )
        if not same:
            add(
                "slug",
                _(
                    "The slug “%(value)s” is already used by another institution (%(name)s). Choose another slug, "
                    "or give exactly its names, type, governorate and parent body to complete it."
                )
                % {"value": slug, "name": existing.name_ar},
            )

    if hostname:
        if not HOSTNAME_RE.match(hostname):
            add("hostname", _("“%(value)s” is not a valid host name.") % {"value": hostname})
        else:
            taken = Site.objects.filter(hostname=hostname)
            if existing is not None and existing.site_id:
                if existing.site.hostname != hostname:
                    add(
                        "hostname",
                        _("This institution already has the host name “%(value)s”.")
                        % {"value": existing.site.hostname},
                    )
                taken = taken.exclude(pk=existing.site_id)
            if taken.exists():
                add("hostname", _("The host name “%(value)s” is already taken by another site.") % {"value": hostname})

    for name, emails in (("editor_emails", editor_emails), ("publisher_emails", publisher_emails)):
        for email in emails:
            try:
                validate_email(email)
            except ValidationError:
                add(name, _("“%(value)s” is not a valid e-mail address.") % {"value": email})

    index_ar = _index_page()
    if index_ar is None:
        add("__all__", _("There is no Arabic institution directory page to put the chapter under: create it first."))
    elif index_ar.get_translation_or_none(_english()) is None:
        add("__all__", _("The institution directory page has no English translation: translate it first."))

    if errors:
        raise OnboardingError(errors)
    return parent


def _index_page():
    arabic = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    return InstitutionIndexPage.objects.filter(locale=arabic).order_by("path").first()


def _english():
    return Locale.objects.get_or_create(language_code="en")[0]


def _institution(slug, name_ar, name_en, kind, governorate, parent, cmc_review_required):
    institution = Institution.objects.select_for_update().filter(slug=slug).first()
    if institution is not None:
        if cmc_review_required and not institution.cmc_review_required:
            institution.cmc_review_required = True
            institution.save(update_fields=["cmc_review_required", "updated_at"])
        return institution, False
    institution = Institution.objects.create(
        slug=slug,
        name_ar=name_ar,
        name_en=name_en,
        kind=kind,
        governorate=governorate,
        parent=parent,
        cmc_review_required=bool(cmc_review_required),
    )
    return institution, True


def _groups(institution):
    groups = {}
    changed = []
    for role in ROLES:
        group = getattr(institution, f"{role}_group")
        if group is None:
            group, _created = Group.objects.get_or_create(name=f"{institution.slug} {role}")
            setattr(institution, f"{role}_group", group)
            changed.append(f"{role}_group")
        groups[role] = group
    access_admin = access.permissions([("wagtailadmin", "access_admin")])
    groups["editors"].permissions.add(*access_admin)
    groups["publishers"].permissions.add(*access_admin)
    if changed:
        institution.save(update_fields=[*changed, "updated_at"])
    return groups


def _chapter_pages(institution):
    """The Arabic chapter page (created and published if missing) and its English translation."""
    index_ar = _index_page()
    page_ar = (
        InstitutionChapterPage.objects.filter(institution=institution, locale=index_ar.locale).order_by("path").first()
    )
    if page_ar is None:
        page_ar = InstitutionChapterPage(title=institution.name_ar, slug=institution.slug, institution=institution)
        index_ar.add_child(instance=page_ar)
        page_ar.save_revision().publish()
        page_ar.refresh_from_db()
    english = _english()
    page_en = page_ar.get_translation_or_none(english)
    if page_en is None:
        english_values = InstitutionChapterPage(
            title=institution.name_en, slug=institution.slug, institution=institution
        )
        page_en, _saved = sync_translation(page_ar, english_values, english)
        page_en.save_revision().publish()
        page_en = InstitutionChapterPage.objects.get(pk=page_en.pk)
    return {"ar": page_ar, "en": page_en}


def _collection(institution, groups):
    collection = institution.collection
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=institution.name_ar)
        institution.collection = collection
        institution.save(update_fields=["collection", "updated_at"])
    for role in ("editors", "publishers"):
        access.grant_collection_permissions(groups[role], collection, access.INSTITUTION_MEDIA_PERMISSIONS)
    return collection


def _workflow(institution, groups, pages):
    """The institution's review: its publishers, then CMC moderators when ``cmc_review_required``.

    Names are data shown as they are in both admin languages, so they are in Arabic, the site's first
    language. A step is recognised by its approver groups, not its name: renaming a task keeps it."""
    workflow = institution.workflow
    if workflow is None:
        workflow = Workflow.objects.create(name=f"مراجعة {institution.name_ar}")
        institution.workflow = workflow
        institution.save(update_fields=["workflow", "updated_at"])
    steps = [(f"موافقة ناشري {institution.name_ar}", [groups["publishers"]])]
    if institution.cmc_review_required:
        steps.append(
            (
                f"موافقة مشرفي الهيئة على {institution.name_ar}",
                list(access.cmc_groups().filter(name=access.CMC_MODERATORS)),
            )
        )
    existing = [
        frozenset(group.pk for group in workflow_task.task.specific.groups.all())
        for workflow_task in WorkflowTask.objects.filter(workflow=workflow).select_related("task")
    ]
    for name, step_groups in steps:
        if frozenset(group.pk for group in step_groups) in existing:
            continue
        task = GroupApprovalTask.objects.create(name=name)
        task.groups.set(step_groups)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=len(existing))
        existing.append(frozenset(group.pk for group in step_groups))
    for page in pages.values():
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def _site(institution, hostname, site_port, root_page):
    if institution.site_id:
        return institution.site
    if site_port is None:
        default = Site.objects.filter(is_default_site=True).first()
        site_port = default.port if default else 80
    site = Site.objects.create(hostname=hostname, port=site_port, root_page=root_page, site_name=institution.name_ar)
    institution.site = site
    institution.save(update_fields=["site", "updated_at"])
    _site_settings(institution, site)
    return site


def _site_settings(institution, site):
    """The chapter Site's header and footer settings: the institution's names and IT contacts, and the
    main site's short number, address and policy pages (their links carry the main host), so the chapter
    host does not open with an empty header."""
    main = Site.objects.filter(is_default_site=True).exclude(pk=site.pk).first()
    source = SiteSettings.objects.filter(site=main).first() if main else None
    copied = {}
    if source is not None:
        for field in SiteSettings._meta.concrete_fields:
            if field.name not in ("id", "site"):
                copied[field.attname] = getattr(source, field.attname)
    # "<institution> — Multaqa", as the main site is "<CMC> — Multaqa": the header's name and the titles'
    # suffix ("وزارة الاتصالات | وزارة الاتصالات" otherwise on the chapter's home).
    for language in ("ar", "en"):
        with translation.override(language):
            copied[f"name_{language}"] = f"{getattr(institution, f'name_{language}')} — {gettext('Multaqa')}"
    copied["email"] = institution.it_email or copied.get("email", "")
    copied["phone"] = institution.it_phone or copied.get("phone", "")
    SiteSettings.objects.update_or_create(site=site, defaults=copied)


def _add_people(institution, group, emails):
    """Invite each e-mail address to ``group``; returns ``[Invited]`` for those newly invited.

    An address no account has gets a new account (no usable password) in the group: only the mailbox's owner
    can choose its password, through the e-mailed link. An address an account already has is never matched
    to that account (anyone could have typed the address into an account): it gets an invitation link,
    accepted by whoever opens it, signed in or creating their account (``invitations``)."""
    user_model = get_user_model()
    added = []
    for email in emails:
        holders = user_model.objects.filter(email__iexact=email)
        if not holders.exists():
            username = email.lower()[: user_model._meta.get_field(user_model.USERNAME_FIELD).max_length]
            user = user_model(**{user_model.USERNAME_FIELD: username}, email=email)
            user.set_unusable_password()
            user.save()
            user.groups.add(group)
            added.append(Invited(email=email, group=group, user=user))
        elif not holders.filter(groups=group).exists():
            token = invitations.invite(institution, group, email)
            if token:
                added.append(Invited(email=email, group=group, token=token))
    return added
