"""Under the Content-Security-Policy, Chromium refuses nothing the site needs: public pages for readers and for
editors (Wagtail's user bar), and the admin's page editor with its preview panel.

A refused script, style, image or frame shows up as a `securitypolicyviolation` event in the document
that asked for it, and a refused framing only as an error in the console of the page around the frame:
both are collected.
"""

import re

import pytest

from .test_admin import log_in

pytestmark = pytest.mark.browser

COLLECT_VIOLATIONS_JS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.effectiveDirective} refused ${event.blockedURI} in ${event.documentURI}`);
});
"""
POLICY_ERROR = re.compile(r"Content Security Policy|Content-Security-Policy|Permissions-Policy|Permissions policy")


@pytest.fixture
def watched_page(open_page):
    """watched_page(language) -> (page, problems): problems() lists every refusal and policy error so far."""

    def _open(language):
        page = open_page(language)
        page.context.add_init_script(COLLECT_VIOLATIONS_JS)
        console_errors = []
        page.on("console", lambda message: console_errors.append(message.text))

        def problems():
            found = [text for text in console_errors if POLICY_ERROR.search(text)]
            for frame in page.frames:
                found += frame.evaluate("() => window.__cspViolations || []")
            return found

        return page, problems

    return _open


@pytest.mark.parametrize("language", ["ar", "en"])
def test_public_pages_load_with_nothing_refused_for_readers_and_editors(watched_page, demo_site, demo_urls, language):
    page, problems = watched_page(language)
    paths = [demo_urls[(language, kind)] for kind in ("home", "news_index", "article")]
    for path in paths:
        page.goto(path)
        page.wait_for_load_state("networkidle")
    assert problems() == []

    page.goto("/admin/login/")
    log_in(page, demo_site)
    for path in paths:
        page.goto(path)
        page.locator("wagtail-userbar").wait_for(state="attached")
        page.wait_for_load_state("networkidle")
    assert page.locator("wagtail-userbar").count() == 1
    assert problems() == []


def test_the_page_editor_and_its_preview_panel_work_with_nothing_refused(watched_page, demo_site, demo_urls, shot):
    page, problems = watched_page("ar")
    page.goto("/admin/login/")
    log_in(page, demo_site)

    page.goto(demo_urls[("ar", "article")])
    edit_link = page.locator("wagtail-userbar a[href$='/edit/']")  # the user bar's "Edit this page"
    page.goto(edit_link.get_attribute("href"))
    page.wait_for_load_state("networkidle")
    title = page.locator("#id_title")
    assert title.is_editable()
    # The StreamField editor and the InlinePanels are drawn by scripts, some of them inline.
    assert page.locator("[data-streamfield-stream-container], .w-panel").count() > 0

    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.locator("h1").first.wait_for()
    shot(page, "editor-with-preview")
    assert preview.locator("html").get_attribute("lang") == "ar"

    page.locator("[data-side-panel-toggle='checks']").click()
    page.wait_for_load_state("networkidle")
    assert problems() == []
