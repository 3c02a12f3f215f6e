"""The stylesheet serves both directions with logical properties only, and the fonts and icons are our own files."""

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

STATIC = Path(settings.BASE_DIR) / "cms" / "static"
STYLESHEET = STATIC / "css" / "multaqa.css"


def css_without_comments():
    return re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(), flags=re.DOTALL)


PHYSICAL_PATTERNS = {
    "margin/padding/border/inset with left or right": r"\b(margin|padding|border|inset|scroll-margin|scroll-padding)"
    r"-(left|right)\b",
    "left/right position": r"(?<![-\w])(left|right)\s*:",
    "float or clear to a side": r"\b(float|clear)\s*:\s*(left|right)\b",
    "text-align to a side": r"\btext-align\s*:\s*(left|right)\b",
    "physical corner radius": r"\bborder-(top|bottom)-(left|right)-radius\b",
}


@pytest.mark.parametrize("name,pattern", list(PHYSICAL_PATTERNS.items()))
def test_stylesheet_has_no_physical_direction_properties(name, pattern):
    found = [match.group(0) for match in re.finditer(pattern, css_without_comments(), flags=re.IGNORECASE)]
    assert not found, f"{name}: {found}"


def test_the_check_catches_a_physical_property():
    css = ".x { margin-left: 1rem; } .y { right: 0; } .z { text-align: right; }"
    hits = [name for name, pattern in PHYSICAL_PATTERNS.items() if re.search(pattern, css)]
    assert set(hits) == {
        "margin/padding/border/inset with left or right",
        "left/right position",
        "text-align to a side",
    }


def test_stylesheet_uses_logical_properties_and_a_visible_focus_style():
    css = css_without_comments()
    for logical in (
        "margin-inline",
        "padding-inline",
        "inset-inline-start",
        "border-inline-start",
        "text-align: start",
    ):
        assert logical in css, logical
    focus = re.search(r":focus-visible\s*\{([^}]*)\}", css)
    assert focus and "outline: 3px solid" in focus.group(1)


def test_stylesheet_loads_nothing_from_another_host():
    css = css_without_comments()
    assert "@import" not in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)


def font_faces():
    return re.findall(r"@font-face\s*\{([^}]*)\}", css_without_comments())


def test_fonts_are_self_hosted_woff2_with_swap_and_unicode_range():
    faces = font_faces()
    assert len(faces) == 4  # Arabic and Latin, regular and bold
    for face in faces:
        assert "font-display: swap" in face
        assert "unicode-range:" in face
        [url] = re.findall(r"url\(\"?([^\")]+)\"?\)", face)
        assert url.endswith(".woff2")
        font_file = (STYLESHEET.parent / url).resolve()
        assert font_file.is_file(), url
        assert font_file.read_bytes()[:4] == b"wOF2"
    families = {re.search(r"font-family:\s*\"([^\"]+)\"", face).group(1) for face in faces}
    assert families == {"Noto Sans Arabic", "Noto Sans"}


def test_fonts_ship_with_their_open_font_licence():
    licences = list((STATIC / "fonts").glob("OFL-*.txt"))
    assert len(licences) == 2
    for licence in licences:
        assert "SIL Open Font License, Version 1.1" in licence.read_text()


def test_favicons_are_real_files_found_by_staticfiles():
    ico = Path(finders.find("img/favicon.ico"))
    assert ico.read_bytes()[:4] == b"\x00\x00\x01\x00"  # the ICO header
    svg = ElementTree.parse(finders.find("img/favicon.svg")).getroot()
    assert svg.tag.endswith("svg")
    assert finders.find("img/apple-touch-icon.png")
    assert finders.find("css/multaqa.css")


def test_favicon_ico_url_redirects_to_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.ico")
