"""The body blocks render what the editor entered, in the reader's language."""

import json

from wagtail.rich_text import RichText

from pages.core.factories import DocumentFactory, ImageFactory, translate_page
from pages.standard.factories import StandardPageFactory


def body(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def test_every_block_type_renders(client, home):
    image = ImageFactory(
        caption_ar="تعليق الصورة", credit_ar="هيئة الإعلام والاتصالات", credit_en="Communications and Media Commission"
    )
    document = DocumentFactory(title="التوصيات الثماني")
    target = StandardPageFactory(parent=home, slug="target", title="صفحة الهدف")
    page = StandardPageFactory(parent=home, slug="blocks")
    page.body = body(
        ("heading", {"text": "عنوان القسم", "level": "h2"}),
        ("paragraph", str(RichText("<p>فقرة <b>مهمة</b></p>"))),
        ("image", {"image": image.pk, "caption": ""}),
        ("document", {"document": document.pk, "title": ""}),
        ("quote", {"text": "قول مأثور", "attribution": "قائله"}),
        ("call_to_action", {"title": "انضم", "text": "", "page": target.pk, "url": "", "button_label": "اذهب"}),
        (
            "table",
            {"data": [["الوزارة", "الخدمات"], ["الاتصالات", "12"]], "first_row_is_table_header": True},
        ),
    )
    page.save_revision().publish()

    html = client.get("/ar/blocks/").content.decode()

    assert "عنوان القسم</h2>" in html
    assert "<b>مهمة</b>" in html
    assert "تعليق الصورة" in html and "هيئة الإعلام والاتصالات" in html
    assert document.url in html and "التوصيات الثماني" in html
    assert "قول مأثور" in html and "قائله" in html
    assert 'href="/ar/target/"' in html
    assert "<th" in html and "الخدمات" in html


def test_call_to_action_on_a_translation_links_to_the_translated_target(client, home, home_en):
    target = StandardPageFactory(parent=home, slug="target")
    translate_page(target, title="Target", slug="target-en")
    page = StandardPageFactory(parent=home, slug="with-cta")
    page.body = body(
        ("call_to_action", {"title": "t", "text": "", "page": target.pk, "url": "", "button_label": "Go"})
    )
    page.save_revision().publish()
    english = translate_page(page, title="With CTA", slug="with-cta")

    html = client.get(english.url).content.decode()

    assert 'href="/en/target-en/"' in html
