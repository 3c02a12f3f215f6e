"""Editors sign in through the real login form; the demo admin prefers Arabic and gets a right-to-left admin."""

import re

import pytest

from .helpers import document_language, path

pytestmark = pytest.mark.browser

ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF]")


def log_in(page, demo_site):
    page.locator('input[name="username"]').fill(demo_site.admin_username)
    page.locator('input[name="password"]').fill(demo_site.admin_password)
    page.locator('form button[type="submit"]').click()
    page.wait_for_url(lambda url: "/login/" not in url)


def test_admin_login_in_arabic_gives_a_right_to_left_admin_with_the_page_explorer(open_page, shot, demo_site):
    page = open_page("ar")
    page.goto("/admin/")
    assert path(page) == "/admin/login/", "An anonymous visitor should be sent to the login form"
    assert document_language(page) == ["ar", "rtl"]
    shot(page, "login-form")

    log_in(page, demo_site)
    shot(page, "dashboard")

    assert path(page) == "/admin/"
    assert page.locator("html[dir=rtl]").count() == 1
    assert document_language(page) == ["ar", "rtl"]
    sidebar_pages = page.get_by_role("button", name=re.compile("صفحات"))
    assert sidebar_pages.is_visible(), "The sidebar has no Arabic 'Pages' (صفحات) item"

    sidebar_pages.click()
    arabic_home = page.locator(".c-page-explorer__item__link").filter(has_text=ARABIC_LETTERS).first
    arabic_home.wait_for()
    shot(page, "page-explorer")
    explorer_box = page.locator(".c-page-explorer").bounding_box()
    sidebar_box = page.locator("#wagtail-sidebar .sidebar").first.bounding_box()
    assert explorer_box["x"] < sidebar_box["x"], "In RTL the explorer should open to the left of the sidebar"

    arabic_home.click()
    page.wait_for_url(lambda url: re.search(r"/admin/pages/\d+/$", url))
    shot(page, "arabic-home-children")
    assert document_language(page) == ["ar", "rtl"]
    children = page.locator("main table a, main [role=table] a").filter(has_text=ARABIC_LETTERS)
    assert children.count() > 0, "The Arabic home's listing shows no Arabic child page"


def test_the_login_form_follows_the_browser_and_the_admin_the_editors_preferred_language(open_page, shot, demo_site):
    page = open_page("en")
    page.goto("/admin/login/")
    shot(page, "english-login-form")
    assert document_language(page) == ["en", "ltr"]
    assert page.get_by_role("button", name="Sign in").is_visible()

    log_in(page, demo_site)
    shot(page, "dashboard")
    assert path(page) == "/admin/"
    assert document_language(page) == ["ar", "rtl"], "The demo admin's preferred language (Arabic) should win"


def test_the_page_trees_root_and_the_site_read_in_arabic_with_the_arabic_home_first(open_page, shot, demo_site):
    page = open_page("ar")
    page.goto("/admin/login/")
    log_in(page, demo_site)
    assert page.locator("main h1").filter(has_text="ملتقى").is_visible(), "The dashboard names the site in Arabic"

    page.goto("/admin/pages/")
    shot(page, "page-tree-root")
    assert page.title() == "استكشاف: الصفحات - ملتقى"
    homes = page.locator("main table td.title a[href$='/edit/']").all_inner_texts()
    assert len(homes) == 2
    assert ARABIC_LETTERS.search(homes[0]) and not ARABIC_LETTERS.search(homes[1]), (
        f"The Arabic home should be listed above its English translation: {homes}"
    )
