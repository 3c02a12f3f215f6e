"""The header on a 390×844 phone: compact, its menu a <details> disclosure that opens by click and by
keyboard with JavaScript off, listing every top-level section (also with ten of them); the English pages
download no Arabic bold font."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from pages.core.demo.content import PAGES as DEMO_PAGES

from .conftest import DEFAULT_TIMEOUT_MS
from .test_accessibility import BLOCKING_IMPACTS, describe

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 800}
# The header's share of the phone's first screen: it was about 0.37 (top bar wrapping, the menu in two
# rows); the issue asks for a quarter at most.
HEADER_SHARE = 0.25
HOME_LABEL = {"ar": "الرئيسية", "en": "Home"}
EXTRA_SECTIONS = ["Chapters", "Training", "Community", "Letters", "Register", "Systems", "Events"]
LANGUAGES = ["ar", "en"]


def demo_sections(language):
    """The titles of the demo's top-level sections shown in menus, in tree order, after Home."""
    return [HOME_LABEL[language]] + [
        spec.title.get(language) for spec in DEMO_PAGES if spec.parent == "home" and spec.fields.get("show_in_menus")
    ]


@pytest.fixture
def open_at(browser, base_url):
    """open_at("ar", viewport, java_script_enabled) -> a page in a context of its own (pytest-playwright's
    ``new_context`` fixes the viewport of the whole suite)."""
    contexts = []

    def _open(language, viewport=PHONE, java_script_enabled=False):
        context = browser.new_context(
            base_url=base_url,
            locale=language,
            extra_http_headers={"Accept-Language": language},
            viewport=viewport,
            java_script_enabled=java_script_enabled,
        )
        contexts.append(context)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        return context.new_page()

    yield _open
    for context in contexts:
        context.close()


def header_share(page):
    return page.evaluate(
        "() => document.querySelector('body > header').getBoundingClientRect().height / window.innerHeight"
    )


def disclosure_links(page):
    return page.locator("details.menu-disclosure nav.main-menu--list a")


def with_extra_sections(route):
    """The page as served, with seven more sections in both menus: ten in all."""
    response = route.fetch()
    items = "".join(
        f'<li><a href="/section-{number}/">{title}</a></li>' for number, title in enumerate(EXTRA_SECTIONS)
    )
    html = re.sub(
        r'(<nav class="main-menu main-menu--(?:list|bar)".*?)(</ul>)', rf"\1{items}\2", response.text(), flags=re.S
    )
    route.fulfill(response=response, body=html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_phone_header_is_compact_and_its_menu_opens_by_click_without_javascript(
    open_at, shot, demo_urls, language
):
    page = open_at(language)
    page.goto(demo_urls[language, "home"])

    share = header_share(page)
    shot(page, "menu-closed")
    assert share <= HEADER_SHARE, f"The header takes {share:.0%} of the first screen"
    assert page.locator("body > header .topbar__official").is_visible()
    assert page.locator("body > header .short-number__value").is_visible()
    assert page.locator("body > header nav.language-switcher a").is_visible()
    assert not disclosure_links(page).first.is_visible()
    assert not page.locator("nav.main-menu--bar").is_visible()

    page.locator("details.menu-disclosure > summary").click()
    shot(page, "menu-open")
    assert disclosure_links(page).all_inner_texts() == demo_sections(language)
    assert all(link.is_visible() for link in disclosure_links(page).all())
    assert page.locator("details.menu-disclosure input[type=search]").is_visible()

    page.locator("details.menu-disclosure > summary").click()
    assert not disclosure_links(page).first.is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_opens_from_the_keyboard_with_a_visible_focus(open_at, shot, demo_urls, language):
    page = open_at(language)
    page.goto(demo_urls[language, "home"])

    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.tagName") == "SUMMARY":
            break
    else:
        pytest.fail("Tab never reached the menu's toggle")
    outline = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }"
    )
    assert outline[0] != "none" and float(outline[1].removesuffix("px")) >= 2, outline

    page.keyboard.press("Enter")
    shot(page, "menu-opened-by-keyboard")
    assert page.locator("details.menu-disclosure").get_attribute("open") is not None
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.type") == "search"

    page.locator("details.menu-disclosure > summary").focus()
    page.keyboard.press("Space")
    assert page.locator("details.menu-disclosure").get_attribute("open") is None


# With tests/browser/test_accessibility.py (home, news index, article), every page type the demo's
# accessibility statement says is checked: a standard page (the statement itself) and search. (The demo
# server runs with DEBUG, so its 404 is Django's own page, not ours.)
PHONE_CHECKS = {
    "standard": "/{language}/accessibility/",
    "search": "/{language}/search/?q=ISOC",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(PHONE_CHECKS))
def test_axe_finds_nothing_serious_on_the_phone_with_the_menu_open(open_at, shot, language, kind):
    page = open_at(language, java_script_enabled=True)  # axe-core is a script
    page.goto(PHONE_CHECKS[kind].format(language=language))
    page.locator("details.menu-disclosure > summary").click()
    page.evaluate("document.fonts.ready.then(() => true)")
    shot(page, "checked-menu-open")

    results = Axe().run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe-core on {page.url} with the menu open:\n{describe(blocking)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_ten_sections_keep_the_header_compact_and_all_show(open_at, shot, demo_urls, language):
    expected = [*demo_sections(language), *EXTRA_SECTIONS]
    assert len(expected) >= 9

    page = open_at(language)
    page.route(re.compile(r".*/(ar|en)/$"), with_extra_sections)
    page.goto(demo_urls[language, "home"])
    assert header_share(page) <= HEADER_SHARE
    page.locator("details.menu-disclosure > summary").click()
    shot(page, "ten-sections-open")
    assert disclosure_links(page).all_inner_texts() == expected

    wide = open_at(language, viewport=WIDE)
    wide.route(re.compile(r".*/(ar|en)/$"), with_extra_sections)
    wide.goto(demo_urls[language, "home"])
    shot(wide, "ten-sections-wide")
    bar = wide.locator("nav.main-menu--bar a")
    assert bar.all_inner_texts() == expected
    assert not wide.locator("details.menu-disclosure").is_visible()
    width = wide.evaluate("() => document.documentElement.clientWidth")
    for box in (link.bounding_box() for link in bar.all()):
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, box
    assert wide.evaluate("() => document.documentElement.scrollWidth") <= width


def test_english_pages_do_not_download_the_arabic_bold_font(open_at, demo_urls):
    page = open_at("en", java_script_enabled=True)
    fonts = []
    page.on("request", lambda request: fonts.append(request.url) if request.resource_type == "font" else None)

    for kind in ("home", "news_index", "article"):
        page.goto(demo_urls["en", kind])
        page.evaluate("document.fonts.ready.then(() => true)")

    assert any("noto-sans-latin-700" in url for url in fonts), fonts
    assert not [url for url in fonts if "noto-sans-arabic" in url and "-700-" in url], fonts
