"""Text is typed in its page's direction, whatever the admin's language (cms/static/admin/content-direction.js).

An Arabic page edited in the English admin, and a new English page created in the Arabic admin: the title,
and a rich text paragraph, a heading and a table block added after the form loaded take the page's lang and
dir, while labels keep the admin's. wagtail-localize's translation editor shows each source segment in the source's
direction and each translation in the target's.
"""

import re
from contextlib import contextmanager

import pytest
from playwright.sync_api import expect

from .helpers import document_language
from .test_admin import log_in

pytestmark = pytest.mark.browser

ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF]")
LATIN_ONLY = re.compile(r"^[^\u0600-\u06FF]+$")
BLOCK_LABELS = {
    "en": {"paragraph": "Paragraph", "heading": "Heading", "table": "Table"},
    "ar": {"paragraph": "فقرة", "heading": "عنوان", "table": "جدول"},
}
DIRECTION = {"ar": "rtl", "en": "ltr"}


def computed_direction(locator):
    return locator.evaluate("(element) => getComputedStyle(element).direction")


def set_admin_language(page, language):
    """Through the account form, which also asks for the names the demo admin is created without."""
    page.goto("/admin/account/")
    for field, name in (("first_name", "Demo"), ("last_name", "Admin")):
        entry = page.locator(f"#id_name_email-{field}")
        if not entry.input_value():
            entry.fill(name)
    page.select_option("#id_locale-preferred_language", language)
    with page.expect_navigation():
        page.locator("#id_locale-preferred_language").evaluate("(select) => select.form.requestSubmit()")
    page.goto("/admin/")
    assert document_language(page)[0] == language


@contextmanager
def admin_in(open_page, demo_site, language):
    """A signed-in page whose admin speaks `language`; the demo admin gets Arabic back afterwards, as the other
    tests expect."""
    page = open_page(language)
    page.goto("/admin/login/")
    log_in(page, demo_site)
    set_admin_language(page, language)
    try:
        yield page
    finally:
        set_admin_language(page, "ar")


def home_edit_urls(page):
    """{"ar": ..., "en": ...}: the edit URLs of the two home pages, from the root of the page explorer."""
    page.goto("/admin/pages/?ordering=title")
    links = page.locator("main table td.title a[href$='/edit/']")
    arabic = links.filter(has_text=ARABIC_LETTERS).first.get_attribute("href")
    english = links.filter(has_text=LATIN_ONLY).first.get_attribute("href")
    return {"ar": arabic, "en": english}


def add_block(page, kind, admin_language):
    page.locator(".w-field--block_widget button.c-sf-add-button").last.click()
    page.get_by_role("option", name=BLOCK_LABELS[admin_language][kind], exact=True).click()


def assert_typed_in(locator, language):
    expect(locator).to_have_attribute("lang", language)
    assert computed_direction(locator) == DIRECTION[language]


def check_fields_follow_the_page(page, page_language, admin_language):
    title = page.locator("#id_title")
    assert_typed_in(title, page_language)
    label = page.locator("label[for='id_title']")
    assert computed_direction(label) == DIRECTION[admin_language], "Labels keep the admin's direction"

    add_block(page, "paragraph", admin_language)
    paragraph = page.locator(".w-field--block_widget [contenteditable='true']").last
    assert_typed_in(paragraph, page_language)
    paragraph.click()
    text = "ISOC: اجتماع الأعضاء" if page_language == "ar" else "مرحبا: the members met"
    page.keyboard.type(text)
    typed_line = paragraph.locator("[data-block='true']").filter(has_text=text)
    assert computed_direction(typed_line) == DIRECTION[page_language], (
        "A paragraph starting with a letter of the other script keeps the page's direction"
    )

    add_block(page, "heading", admin_language)
    heading = page.locator(".w-field--block_widget .w-field--text_input input[type='text']").last
    assert_typed_in(heading, page_language)

    add_block(page, "table", admin_language)
    table = page.locator(".w-field--table_input").last
    assert_typed_in(table.locator("input[type='text']").first, page_language)  # the caption
    assert computed_direction(table.locator(".htCore td").first) == DIRECTION[page_language]


def check_translation_editor(page, edit_url):
    page.goto(edit_url)
    editor = page.locator(".js-translation-editor")
    sources = editor.locator("li > p")
    sources.first.wait_for()
    assert sources.count() > 3
    for index in range(sources.count()):
        assert_typed_in(sources.nth(index), "ar")
    translations = editor.locator("li > p ~ div")
    assert translations.count() > 3
    for index in range(translations.count()):
        assert_typed_in(translations.nth(index), "en")


def test_an_arabic_page_in_the_english_admin_is_typed_right_to_left(open_page, shot, demo_site):
    with admin_in(open_page, demo_site, "en") as page:
        urls = home_edit_urls(page)
        page.goto(urls["ar"])
        assert document_language(page) == ["en", "ltr"]
        check_fields_follow_the_page(page, "ar", "en")
        shot(page, "arabic-page-in-english-admin")

        check_translation_editor(page, urls["en"])
        shot(page, "translation-editor-in-english-admin")


def test_an_english_page_in_the_arabic_admin_is_typed_left_to_right(open_page, shot, demo_site):
    with admin_in(open_page, demo_site, "ar") as page:
        urls = home_edit_urls(page)
        english_home_id = re.search(r"/pages/(\d+)/edit/", urls["en"]).group(1)
        page.goto(f"/admin/pages/add/standard/standardpage/{english_home_id}/")
        assert document_language(page) == ["ar", "rtl"]
        check_fields_follow_the_page(page, "en", "ar")
        shot(page, "new-english-page-in-arabic-admin")

        check_translation_editor(page, urls["en"])
        shot(page, "translation-editor-in-arabic-admin")
