"""What the journeys read from a page: direction, fonts, layout, links."""

import re
from urllib.parse import parse_qs, unquote, urlsplit

ARABIC_ALEF = 0x0627
LATIN_CAPITAL_A = 0x0041

FONT_REPORT_JS = """
async (selector) => {
    await document.fonts.ready;
    const unquote = (name) => name.trim().replace(/^["']|["']$/g, "");
    const element = document.querySelector(selector) || document.body;
    const stack = getComputedStyle(element).fontFamily;
    const families = stack.split(",").map(unquote).map((family) => ({
        family,
        faces: [...document.fonts]
            .filter((face) => unquote(face.family) === family)
            .map((face) => ({status: face.status, unicodeRange: face.unicodeRange, weight: face.weight})),
    }));
    const fontFiles = performance.getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => /\\.(woff2?|ttf|otf)([?#]|$)/.test(name));
    return {stack, families, fontFiles, origin: location.origin, text: element.textContent.trim().slice(0, 80)};
}
"""

HEADER_FIRST_ITEM_JS = """
() => {
    const header = document.querySelector("body header");
    if (!header) return null;
    const width = document.documentElement.clientWidth;
    const visible = (element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return box.width > 2 && box.height > 2 && box.right > 0 && box.left < width
            && style.visibility !== "hidden" && style.opacity !== "0";
    };
    // The brand mark: the top bar's official line is text and its language switcher sits at the bar's end.
    const items = [...header.querySelectorAll(".brand img, .brand svg")].filter(visible);
    if (!items.length) return null;
    const box = items[0].getBoundingClientRect();
    return {viewportWidth: width, left: box.left, right: box.right, html: items[0].outerHTML.slice(0, 200)};
}
"""

MAIN_LINKS_JS = """
() => [...document.querySelectorAll("main a[href]")].map((a) => a.getAttribute("href"))
"""


def document_language(page):
    return page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]")


def path(page):
    return unquote(urlsplit(page.url).path)


def wait_for_path(page, expected):
    """Waits until the page is at `expected` (percent-encoded or not: Arabic slugs come both ways)."""
    page.wait_for_url(lambda url: unquote(urlsplit(url).path) == unquote(expected))


def query(page):
    return parse_qs(urlsplit(page.url).query)


def covers(unicode_range, codepoint):
    """Whether a CSS unicode-range ("U+0600-06FF, U+200C") includes the code point."""
    for part in unicode_range.replace(" ", "").upper().split(","):
        bounds = part.removeprefix("U+")
        if "?" in bounds:
            low, high = int(bounds.replace("?", "0"), 16), int(bounds.replace("?", "F"), 16)
        elif "-" in bounds:
            low, high = (int(bound.removeprefix("U+"), 16) for bound in bounds.split("-"))
        else:
            low = high = int(bounds, 16)
        if low <= codepoint <= high:
            return True
    return False


def font_for(families, codepoint):
    """The family of the stack that draws `codepoint`: the first webfont with a face covering it, or the first
    family that is not a webfont at all (a system or generic font, which the browser would fall back to)."""
    for family in families:
        if not family["faces"]:
            return family
        if any(covers(face["unicodeRange"], codepoint) for face in family["faces"]):
            return family
    return None


def assert_self_hosted_webfont(page, codepoint, selector="main p"):
    """The text at `selector` draws `codepoint` with a loaded webfont downloaded from this site."""
    report = page.evaluate(FONT_REPORT_JS, selector)
    family = font_for(report["families"], codepoint)
    assert family and family["faces"], (
        f"U+{codepoint:04X} in {selector!r} is drawn by {family and family['family']!r}, not a webfont: {report}"
    )
    loaded = [face for face in family["faces"] if face["status"] == "loaded"]
    assert any(covers(face["unicodeRange"], codepoint) for face in loaded), (
        f"No loaded face of {family['family']!r} covers U+{codepoint:04X}: {report}"
    )
    assert report["fontFiles"], f"No font file was downloaded: {report}"
    foreign = [url for url in report["fontFiles"] if not url.startswith(report["origin"] + "/")]
    assert not foreign, f"Fonts loaded from outside the site: {foreign}"
    assert_rendered_with_webfonts_only(page, selector)
    return family["family"]


def assert_rendered_with_webfonts_only(page, selector):
    """Chromium's own account (DevTools protocol) of the fonts that drew the text: web fonts, no system fallback."""
    session = page.context.new_cdp_session(page)
    try:
        session.send("DOM.enable")
        session.send("CSS.enable")
        document = session.send("DOM.getDocument")
        node = session.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector})
        assert node["nodeId"], f"No element matches {selector!r}"
        fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    finally:
        session.detach()
    assert fonts, f"Chromium reports no font for {selector!r}"
    system_fonts = [font for font in fonts if not font["isCustomFont"]]
    assert not system_fonts, f"Part of {selector!r} falls back to system fonts: {fonts}"


def header_first_item(page):
    item = page.evaluate(HEADER_FIRST_ITEM_JS)
    assert item, "The page has no <header> with a visible brand mark"
    return item


def main_links(page):
    return page.evaluate(MAIN_LINKS_JS)


def language_switcher(page, language):
    """The visible link that switches the page to `language` (marked with hreflang or lang)."""
    return page.locator(f'body a[hreflang="{language}"]:visible, body a[lang="{language}"]:visible').first


def words(text):
    """The words of `text` without its punctuation, joined by spaces."""
    found = re.findall(r"\w+", text)
    assert found, f"No word in {text!r}"
    return " ".join(found)
