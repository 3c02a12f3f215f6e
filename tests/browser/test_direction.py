"""Mixed-direction text as Chromium lays it out (issue 8): a telephone number and an email inside Arabic read
left to right (point 6); an Arabic title that starts with a Latin word still reads right to left (point 7);
a news feed opened in the browser is a readable page in its language's direction (point 12)."""

from itertools import pairwise

import pytest
from axe_playwright_python.sync_playwright import Axe

from .test_accessibility import BLOCKING_IMPACTS, describe

pytestmark = pytest.mark.browser

PHONE = "+964 1 000 0000"
EMAIL = "multaqa@example.org"
LATIN_LED_TITLE = "ISOC:"

# The on-screen left edge of each character of `text` (spaces left out) where it first occurs in <main>,
# in reading order, with the computed direction of the element holding it and of that element's block.
CHARACTER_EDGES_JS = """
(text) => {
    const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.data.indexOf(text);
        if (start < 0) continue;
        const range = document.createRange();
        const edges = [];
        for (let index = start; index < start + text.length; index++) {
            if (node.data[index] === " ") continue;
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            edges.push(range.getBoundingClientRect().left);
        }
        const holder = node.parentElement;
        const block = holder.closest("p, td, th, li, h1, h2, h3, figcaption, blockquote, div");
        return {
            edges,
            holder: holder.tagName.toLowerCase(),
            direction: getComputedStyle(holder).direction,
            blockDirection: getComputedStyle(block).direction,
        };
    }
    return null;
}
"""

# Where the title that starts with `prefix` sits: its computed direction and alignment, its first line's
# edges (the union of that line's boxes: each direction's run has its own) against its content box, and the
# left edge of the Latin word's first letter.
TITLE_LAYOUT_JS = """
(prefix) => {
    const titles = [...document.querySelectorAll("main h1, main h2, main h3")];
    const title = titles.find((element) => element.textContent.trim().startsWith(prefix));
    if (!title) return null;
    const style = getComputedStyle(title);
    const box = title.getBoundingClientRect();
    const contents = document.createRange();
    contents.selectNodeContents(title);
    const rects = [...contents.getClientRects()].filter((rect) => rect.width > 0);
    const top = Math.min(...rects.map((rect) => rect.top));
    const firstLine = rects.filter((rect) => rect.top < top + 4);
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.data.trim()) text = walker.nextNode();
    const latin = document.createRange();
    const at = text.data.indexOf(prefix[0]);
    latin.setStart(text, at);
    latin.setEnd(text, at + 1);
    return {
        tag: title.tagName.toLowerCase(),
        text: title.textContent.trim(),
        direction: style.direction,
        textAlign: style.textAlign,
        contentRight: box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
        lineLeft: Math.min(...firstLine.map((rect) => rect.left)),
        lineRight: Math.max(...firstLine.map((rect) => rect.right)),
        latinLeft: latin.getBoundingClientRect().left,
    };
}
"""


def open_contact_page(open_page, demo_urls, language):
    page = open_page(language)
    page.goto(demo_urls[language, "home"])
    page.goto(page.locator('a[href$="/contact/"]').first.get_attribute("href"))
    return page


def reads_left_to_right(layout):
    return all(left < right for left, right in pairwise(layout["edges"]))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_contact_page_shows_the_phone_and_email_left_to_right(open_page, shot, demo_urls, language):
    page = open_contact_page(open_page, demo_urls, language)
    shot(page, f"contact-{language}")

    for value in (PHONE, EMAIL):
        layout = page.evaluate(CHARACTER_EDGES_JS, value)
        assert layout, f"{value!r} is not on the {language} contact page"
        assert reads_left_to_right(layout), f"{value!r} is not laid out left to right: {layout}"
        if language == "ar":
            assert layout["blockDirection"] == "rtl", layout
            assert (layout["holder"], layout["direction"]) == ("bdi", "ltr"), layout


@pytest.mark.parametrize("language", ["ar", "en"])
def test_contact_page_passes_axe(open_page, demo_urls, language):
    page = open_contact_page(open_page, demo_urls, language)
    blocking = [v for v in Axe().run(page).response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, describe(blocking)


@pytest.mark.parametrize("kind", ["news_index", "article"])
def test_an_arabic_title_that_starts_with_a_latin_word_reads_right_to_left(open_page, shot, demo_urls, kind):
    page = open_page("ar")
    page.goto(demo_urls["ar", "news_index"])
    if kind == "article":
        page.goto(page.locator("main .card a", has_text=LATIN_LED_TITLE).first.get_attribute("href"))
    shot(page, f"latin-led-title-{kind}")

    layout = page.evaluate(TITLE_LAYOUT_JS, LATIN_LED_TITLE)
    assert layout, f"No title starting with {LATIN_LED_TITLE!r} on the Arabic {kind} page"
    assert layout["direction"] == "rtl", layout
    assert layout["textAlign"] in {"start", "right"}, layout
    assert abs(layout["lineRight"] - layout["contentRight"]) <= 2, f"The first line is not aligned right: {layout}"
    assert layout["latinLeft"] > layout["lineLeft"] + (layout["lineRight"] - layout["lineLeft"]) / 2, (
        f"The Latin word that starts the title should be read first, at the right: {layout}"
    )


# What the browser shows for a feed: the root element, its direction and content edges, the banner the
# stylesheet writes before everything, and the feed's title, first item's title, summary and link.
FEED_LAYOUT_JS = """
() => {
    const root = document.documentElement;
    const box = (selector) => {
        const element = document.querySelector(selector);
        if (!element) return null;
        const style = getComputedStyle(element);
        const range = document.createRange();
        range.selectNodeContents(element);
        const text = range.getBoundingClientRect();
        return {display: style.display, fontSize: parseFloat(style.fontSize), textLeft: text.left,
                textRight: text.right, text: element.textContent.trim()};
    };
    const rootStyle = getComputedStyle(root);
    const rootBox = root.getBoundingClientRect();
    return {
        root: root.localName,
        direction: rootStyle.direction,
        contentLeft: rootBox.left + parseFloat(rootStyle.paddingLeft),
        contentRight: rootBox.right - parseFloat(rootStyle.paddingRight),
        banner: getComputedStyle(root, "::before").content,
        stylesheets: document.styleSheets.length,
        title: box(":root > title, channel > title"),
        item: box("item > title, entry > title"),
        summary: box("item > description, entry > summary"),
        link: box("item > link, entry > link"),
    };
}
"""


def feed_shot(page, path):
    """The whole feed in one screenshot. Not the ``shot`` fixture: Playwright's full-page screenshot never
    ends on an XML document, so the viewport grows to the document's height instead."""
    path.parent.mkdir(exist_ok=True)
    height = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size({"width": page.viewport_size["width"], "height": height})
    page.screenshot(path=path)


@pytest.mark.parametrize(("language", "kind"), [("ar", "rss"), ("ar", "atom"), ("en", "rss"), ("en", "atom")])
def test_a_feed_opened_in_the_browser_is_a_readable_page(open_page, artifacts_dir, demo_urls, language, kind):
    page = open_page(language)
    refused = []
    page.on("console", lambda message: refused.append(message.text) if "Refused" in message.text else None)
    page.goto(demo_urls[language, "news_index"])
    page.goto(page.locator(f'a[type="application/{kind}+xml"]').first.get_attribute("href"))
    page.evaluate("document.fonts.ready.then(() => true)")
    feed_shot(page, artifacts_dir / "test_a_feed_opened_in_the_browser_is_a_readable_page" / f"{language}-{kind}.png")

    layout = page.evaluate(FEED_LAYOUT_JS)
    assert layout["root"] == ("rss" if kind == "rss" else "feed"), layout
    assert layout["stylesheets"] == 1 and not refused, (layout, refused)
    assert layout["direction"] == ("rtl" if language == "ar" else "ltr"), layout
    assert len(layout["banner"]) > 20, layout
    assert layout["title"]["display"] == "block" and layout["title"]["fontSize"] >= 24, layout
    assert layout["item"]["display"] == "block" and layout["item"]["text"], layout
    assert layout["summary"]["display"] == "block", layout
    assert layout["link"]["display"] == "none", layout
    start = ("textRight", "contentRight") if language == "ar" else ("textLeft", "contentLeft")
    for element in ("title", "item", "summary"):
        text_edge, content_edge = layout[element][start[0]], layout[start[1]]
        assert abs(text_edge - content_edge) <= 2, f"The {element} does not start at the {start[1]}: {layout}"
