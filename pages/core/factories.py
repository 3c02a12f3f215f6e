"""Factories for the media models, a body with the blocks real pages use, and a translation helper.

Page factories give every page ``realistic_body``: the blocks the demo content renders (an image, a
document, a call to action pointing at a page, a heading, a paragraph and a quote), so the pinned query
counts (tests/core/test_query_counts.py) measure what editors' pages cost, not an empty body.
"""

import uuid

import wagtail_factories
from wagtail.models import Locale, Page

from .models import CustomDocument, CustomImage


class ImageFactory(wagtail_factories.ImageFactory):
    alt_text_ar = "صورة تجريبية"
    alt_text_en = "A sample image"

    class Meta:
        model = CustomImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = CustomDocument


def realistic_body(link_to=None, image=None, document=None):
    """A body (raw StreamField data) with one block of each kind the demo pages use but the table
    (which costs no query): its own new image and document unless given, and a call to action
    pointing at ``link_to`` (a page), or at an external link without one."""
    image = image or ImageFactory()
    document = document or DocumentFactory()
    blocks = [
        ("heading", {"text": "عنوان القسم", "level": "h2"}),
        ("paragraph", "<p>فقرة من متن الصفحة فيها <b>نص بارز</b> وقائمة:</p><ul><li>أولًا</li><li>ثانيًا</li></ul>"),
        ("image", {"image": image.pk, "caption": ""}),
        ("quote", {"text": "اقتباس من المتن", "attribution": "قائل الاقتباس"}),
        ("document", {"document": document.pk, "title": "تنزيل المرفق"}),
        (
            "call_to_action",
            {
                "title": "دعوة إلى المتابعة",
                "text": "نص الدعوة",
                "page": link_to.pk if link_to else None,
                "url": "" if link_to else "https://example.org/",
                "button_label": "المزيد",
            },
        ),
    ]
    return [{"type": block_type, "value": value, "id": str(uuid.uuid4())} for block_type, value in blocks]


def english_locale():
    return Locale.objects.get_or_create(language_code="en")[0]


def translate_page(page, locale=None, **fields):
    """The page's translation into ``locale`` (English by default), published, with ``fields`` set.

    Calls to action then point at the translations of their pages where those exist, as the demo's
    translations do (wagtail-localize keeps the source page until an editor overrides it)."""
    locale = locale or english_locale()
    translation = page.copy_for_translation(locale, copy_parents=True, alias=False)
    for name, value in fields.items():
        setattr(translation, name, value)
    if "body" not in fields:
        link_translated_pages(translation, source=page, locale=locale)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


def link_translated_pages(translation, source, locale):
    body = getattr(translation, "body", None)
    if not body:
        return
    data = body.get_prep_value()
    for block in data:
        page_id = block["value"].get("page") if block["type"] == "call_to_action" else None
        if page_id == source.pk:
            block["value"]["page"] = translation.pk
        elif page_id:
            target = Page.objects.get(pk=page_id).get_translation_or_none(locale)
            block["value"]["page"] = target.pk if target else page_id
    translation.body = data
