"""Keyboard access and axe-core (bundled, offline) on the public pages, in both languages."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .helpers import document_language

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}
PAGES = [(language, kind) for language in ("ar", "en") for kind in ("home", "news_index", "article")]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_first_tab_focuses_the_skip_link_which_moves_focus_to_main(open_page, shot, demo_urls, language):
    page = open_page(language)
    page.goto(demo_urls[language, "home"])

    page.keyboard.press("Tab")
    focused = page.evaluate(
        """() => {
            const element = document.activeElement;
            const box = element.getBoundingClientRect();
            return {tag: element.tagName, href: element.getAttribute("href"), text: element.textContent.trim(),
                    visible: box.width > 2 && box.height > 2 && box.left >= 0
                             && box.right <= document.documentElement.clientWidth && box.top >= 0};
        }"""
    )
    shot(page, "skip-link-focused")
    assert focused["tag"] == "A" and (focused["href"] or "").startswith("#"), f"First Tab focused {focused}"
    assert focused["visible"], f"The focused skip link is not visible on screen: {focused}"

    page.keyboard.press("Enter")
    shot(page, "after-skip-link")
    assert page.evaluate("() => document.activeElement.tagName") == "MAIN", (
        "Activating the skip link should move focus to <main> (it needs tabindex=-1 to take focus)"
    )
    assert page.evaluate("() => document.activeElement.id") == focused["href"][1:]


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        lines.extend(
            f"    {node['target']}: {node.get('failureSummary', '')[:300]!r}" for node in violation["nodes"][:5]
        )
    return "\n".join(lines)


@pytest.mark.parametrize(("language", "kind"), PAGES, ids=[f"{language}-{kind}" for language, kind in PAGES])
def test_axe_finds_no_serious_or_critical_violation(open_page, shot, demo_urls, language, kind):
    page = open_page(language)
    page.goto(demo_urls[language, kind])
    page.evaluate("document.fonts.ready.then(() => true)")
    shot(page, "checked-page")
    assert document_language(page)[0] == language

    results = Axe().run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe-core on {page.url}:\n{describe(blocking)}"


# The chapters' page types in the seeded demo (issue 9): the ISOC chapter, the directory of chapters (filtered
# too), an institution's chapter home (Basra Governorate: on the main host, with news) and the IT directory.
CHAPTER_PATHS = ["isoc-iraq/", "chapters/", "chapters/?kind=governorate", "chapters/basra/", "chapters/directory/"]
CHAPTER_PAGES = [(language, path) for language in ("ar", "en") for path in CHAPTER_PATHS]


@pytest.mark.parametrize(("language", "path"), CHAPTER_PAGES, ids=[f"{lang}-{path}" for lang, path in CHAPTER_PAGES])
def test_axe_finds_no_serious_or_critical_violation_on_the_chapters_pages(open_page, shot, base_url, language, path):
    page = open_page(language)
    response = page.goto(f"{base_url}/{language}/{path}")
    assert response.status == 200
    page.evaluate("document.fonts.ready.then(() => true)")
    shot(page, "checked-page")
    assert document_language(page) == [language, "rtl" if language == "ar" else "ltr"]

    results = Axe().run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe-core on {page.url}:\n{describe(blocking)}"
