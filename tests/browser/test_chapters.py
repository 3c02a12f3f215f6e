"""An institution's editor keeps its chapter: the explorer and the image chooser show only what is theirs, a
change waits for the institution's publisher, and once approved the public chapter page shows it in Arabic.

The demo accounts are the ones ensure_demo_admin prints (pages.core.demo.content.accounts): the Ministry of
Communications' editor and publisher, with the password server.py gives every demo account.
"""

import re
import secrets

import pytest
from axe_playwright_python.sync_playwright import Axe

from .helpers import document_language, path

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}
OWN_CHAPTER = "وزارة الاتصالات"
OTHER_CHAPTERS = ("محافظة البصرة", "هيئة النزاهة الاتحادية", "وزارة الداخلية")
OWN_IMAGES = ("شعار وزارة الاتصالات", "دورة أمن المعلومات")
OTHER_IMAGES = ("شعار محافظة البصرة", "بوابة المعاملات", "شبكة المؤسسات")  # Basra's, and the CMC's demo image


def sign_in(open_page, demo_site, username):
    page = open_page("ar")
    page.goto("/admin/login/")
    page.locator('input[name="username"]').fill(username)
    page.locator('input[name="password"]').fill(demo_site.accounts_password)
    page.locator('form button[type="submit"]').click()
    page.wait_for_url(lambda url: "/login/" not in url)
    return page


def listed_titles(page):
    """The explorer rows' titles, without the language badge Wagtail shows beside a root's pages."""
    cells = page.locator("main table tbody td.title").all_inner_texts()
    return [re.sub(r"\s+(العربية|English)$", "", cell.strip()) for cell in cells]


def open_listing_row(page, title):
    """Goes to the children of the explorer row titled ``title`` (its last link to /admin/pages/<id>/)."""
    row = page.locator("main table tbody tr").filter(has_text=title).first
    page.goto(row.locator('a[href^="/admin/pages/"]').last.get_attribute("href"))
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def open_chapter_listing(page):
    """From the explorer's root down to the institution directory: the editor's only way in."""
    page.goto("/admin/pages/")
    open_listing_row(page, "الرئيسية")
    open_listing_row(page, "فروع المؤسسات")


def footer_action(page, selector):
    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator(f"footer {selector}").click()


def test_the_editor_sees_only_their_chapter_and_only_their_collections_images(open_page, shot, demo_site):
    page = sign_in(open_page, demo_site, "moc-editor")
    assert document_language(page) == ["ar", "rtl"]

    page.goto("/admin/pages/")
    shot(page, "explorer-root")
    assert listed_titles(page) == ["الرئيسية", "Home"], "Only the ancestors of the editor's chapter pages"
    open_listing_row(page, "الرئيسية")
    assert listed_titles(page) == ["فروع المؤسسات"], "The home's other sections are not the editor's"
    open_listing_row(page, "فروع المؤسسات")
    shot(page, "explorer-chapters")
    assert listed_titles(page) == [OWN_CHAPTER]
    assert not page.locator("main").filter(has_text=re.compile("|".join(OTHER_CHAPTERS))).count()

    open_listing_row(page, OWN_CHAPTER)
    open_listing_row(page, "أخبار الفرع")
    page.goto(page.locator('main table tbody tr a[href$="/edit/"]').first.get_attribute("href"))
    page.locator("#id_main_image-chooser .w-dropdown__toggle").click()
    page.locator("#id_main_image-chooser [data-chooser-action-choose]:visible").click()
    modal = page.locator(".modal-content")
    modal.get_by_text(OWN_IMAGES[0]).first.wait_for()
    shot(page, "image-chooser")
    chooser_text = modal.inner_text()
    for title in OWN_IMAGES:
        assert title in chooser_text, f"{title!r} is in the editor's collection: {chooser_text[:500]}"
    for title in OTHER_IMAGES:
        assert title not in chooser_text, f"{title!r} is not the editor's to use"


def test_a_change_goes_live_in_arabic_once_the_institutions_publisher_approves(open_page, shot, demo_site):
    marker = f"حدّث محرر الفرع هذه المقدمة (رقم {secrets.randbelow(900) + 100})"
    editor = sign_in(open_page, demo_site, "moc-editor")
    open_chapter_listing(editor)
    row = editor.locator("main table tbody tr").filter(has_text=OWN_CHAPTER).first
    edit_url = row.locator('a[href$="/edit/"]').first.get_attribute("href")
    editor.goto(edit_url)
    editor.locator("#id_introduction").fill(marker)
    shot(editor, "editor-changes-the-introduction")
    footer_action(editor, 'button[name="action-submit"]')
    editor.wait_for_url(lambda url: "/edit/" not in url)
    shot(editor, "submitted-for-moderation")
    assert "للإشراف" in editor.locator(".messages").inner_text(), "Wagtail says the page went to moderation"

    # The chapter also has a host name of its own (moc.localhost), which this server does not allow.
    public_path = "/ar/chapters/moc/"
    reader = open_page("ar")
    reader.goto(public_path)
    assert marker not in reader.locator("main").inner_text(), "Nothing is live before the publisher approves"

    publisher = sign_in(open_page, demo_site, "moc-publisher")
    publisher.goto(edit_url)
    shot(publisher, "publisher-reviews")
    footer_action(publisher, 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    publisher.wait_for_url(lambda url: "/edit/" not in url)
    shot(publisher, "approved")

    reader.goto(public_path)
    assert path(reader) == public_path
    assert document_language(reader) == ["ar", "rtl"]
    assert marker in reader.locator("main").inner_text(), "The approved change is live on the Arabic chapter page"
    shot(reader, "public-arabic-chapter")
    blocking = [v for v in Axe().run(reader).response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, [(v["id"], [node["target"] for node in v["nodes"][:3]]) for v in blocking]

    english = open_page("en")
    english.goto(public_path.replace("/ar/", "/en/", 1))
    assert document_language(english) == ["en", "ltr"]
    assert english.locator("h1").first.inner_text().strip() == "Ministry of Communications"
    assert marker not in english.locator("main").inner_text(), "The English page keeps its own text"
    shot(english, "public-english-chapter")
