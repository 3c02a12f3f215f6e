"""Seeds the demo institutions through the onboarding service, then fills in what onboarding leaves empty.

``create_institution`` is what CMC staff use, so the demo gets exactly what a real institution gets: its
groups, collection, workflow, chapter pages in both languages and, for one, a Site of its own. It is
idempotent, so it is called on every run. The demo then adds the IT department's contacts, a logo and
member photos in the institution's own collection, the liaison members, the chapter's about text, news,
and a members-only page. Everything is found by a natural key and written only when it differs.
"""

from dataclasses import replace
from datetime import timedelta

from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from pages.institutions.models import LiaisonMember
from pages.institutions.onboarding import create_institution

from .content.institutions import CHAPTER_CONTENT_PAGES, CHAPTER_IMAGES, INSTITUTIONS, MEMBERS_ONLY
from .emblems import render_logo, render_portrait
from .images import render_jpeg
from .seed import assign_differing

ARTICLE_IMAGE_SIZE = (960, 540)  # the chapters' article images: the largest rendition a page asks for is 1200


def seed_institutions(seeder):
    """Create or complete every demo institution and its chapter content; ``seeder`` is the DemoSeeder."""
    main_site = Site.objects.get(is_default_site=True)
    institutions = {}
    for spec in INSTITUTIONS:
        institutions[spec.slug] = institution = ensure_institution(seeder, spec, main_site)
        for key, motif, title, alt_text in CHAPTER_IMAGES.get(spec.slug, ()):
            seeder.refs.images[key] = seeder.ensure_image_file(
                title,
                institution.collection,
                {"alt_text_ar": alt_text.ar, "alt_text_en": alt_text.en, "caption_ar": "", "caption_en": ""},
                render=lambda motif=motif, key=key: render_jpeg(motif, key, *ARTICLE_IMAGE_SIZE),
                filename=f"multaqa-demo-{key}.jpg",
            )

    chapter_specs = [_with_institution(spec.chapter_page(), institutions[spec.slug]) for spec in INSTITUTIONS]
    specs = [*chapter_specs, *CHAPTER_CONTENT_PAGES]
    for spec in specs:
        seeder.ensure_source(spec)
    outcomes = {}
    for spec in specs:
        seeder.ensure_translation(spec, outcomes)
    for key, outcome in outcomes.items():
        # A chapter page onboarding made in this run had its English page made there too.
        seeder.report.count("translation", "created" if key in seeder.created_sources else outcome)

    for key, slug in MEMBERS_ONLY.items():
        for language in ("ar", "en"):
            restrict_to_institution(seeder.pages[(key, language)], institutions[slug])
    return institutions


def ensure_institution(seeder, spec, main_site):
    result = create_institution(
        slug=spec.slug,
        name_ar=spec.name.ar,
        name_en=spec.name.en,
        kind=spec.kind,
        governorate=spec.governorate,
        hostname=spec.hostname,
        parent=spec.parent,
        site_port=main_site.port,
        send_invites=False,
        cmc_review_required=spec.cmc_review_required or None,  # None leaves a CMC step added in the admin
    )
    institution = result.institution
    for language, page in result.chapter_pages.items():
        seeder.pages[(spec.chapter_key, language)] = page
    if result.created:
        seeder.created_sources.add(spec.chapter_key)  # the report counts the chapter page as created, not updated

    logo = seeder.ensure_image_file(
        f"شعار {spec.name.ar}",
        institution.collection,
        {
            "alt_text_ar": f"شعار {spec.name.ar}",
            "alt_text_en": f"Logo of the {spec.name.en}",
            "caption_ar": spec.name.ar,
            "caption_en": spec.name.en,
        },
        render=lambda: render_logo(spec.abbreviation, spec.color, spec.kind),
        filename=f"multaqa-demo-{spec.slug}-logo.jpg",
    )
    values = {
        "logo": logo,
        "it_head_name": spec.it_head_name,
        "it_email": spec.it_email,
        "it_phone": spec.it_phone,
        "it_extension": spec.it_extension,
    }
    if result.created and spec.confirmed_days_ago is not None:
        # Set once: a fixed date would go stale as time passes, a moving one would change on every run.
        values["contacts_confirmed_at"] = timezone.now() - timedelta(days=spec.confirmed_days_ago)
    changed = assign_differing(institution, values)
    if changed:
        institution.save()
    site = institution.site
    if site is not None and site.port != main_site.port:
        # The chapter's host name is served where the main site is (scripts/run may have moved it).
        site.port = main_site.port
        site.save(update_fields=["port"])
        changed = True
    seeder.report.count("institution", "created" if result.created else "updated" if changed else "unchanged")

    for order, member_spec in enumerate(spec.members):
        ensure_member(seeder, spec, institution, member_spec, order)
    return institution


def ensure_member(seeder, spec, institution, member_spec, order):
    photo = seeder.ensure_image_file(
        f"صورة {member_spec.name}",
        institution.collection,
        {
            "alt_text_ar": f"صورة رمزية لـ{member_spec.name}",
            "alt_text_en": f"Placeholder portrait of {member_spec.name_latin}",
            "caption_ar": member_spec.name,
            "caption_en": member_spec.name_latin,
        },
        render=lambda: render_portrait(member_spec.name_latin, spec.color),
        filename=f"multaqa-demo-{spec.slug}-member-{order + 1}.jpg",
    )
    values = {
        "role_ar": member_spec.role.ar,
        "role_en": member_spec.role.en,
        "term_start": member_spec.term_start,
        "term_end": member_spec.term_end,
        "photo": photo,
        "email": spec.member_email(member_spec),
        "phone": member_spec.phone,
        "extension": member_spec.extension,
        "sort_order": order,
    }
    member = LiaisonMember.objects.filter(institution=institution, name=member_spec.name).first()
    if member is None:
        LiaisonMember.objects.create(institution=institution, name=member_spec.name, **values)
        seeder.report.count("member", "created")
    elif assign_differing(member, values):
        member.save()
        seeder.report.count("member", "updated")
    else:
        seeder.report.count("member", "unchanged")


def restrict_to_institution(page, institution):
    """A view restriction that lets the institution's members, editors and publishers read ``page``."""
    group_ids = set(institution.group_ids())
    restriction = PageViewRestriction.objects.filter(page=page).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    elif restriction.restriction_type != PageViewRestriction.GROUPS:
        restriction.restriction_type = PageViewRestriction.GROUPS
        restriction.password = ""
        restriction.save()
    if set(restriction.groups.values_list("pk", flat=True)) != group_ids:
        restriction.groups.set(group_ids)


def _with_institution(page_spec, institution):
    """The chapter page's spec with its institution, a synchronised field (needed if the page is re-made)."""
    return replace(page_spec, fields={**page_spec.fields, "institution": institution})
