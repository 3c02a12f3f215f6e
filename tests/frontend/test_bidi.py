"""Left-to-right runs in right-to-left text (pages.core.templatetags.bidi_tags): what is isolated, what is
kept as it came, and that no input, hostile or not, comes out as markup it did not hold."""

import time
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.safestring import SafeData, mark_safe
from wagtail.rich_text import RichText

from pages.core.blocks import CallToActionBlock, HeadingBlock, ParagraphBlock, QuoteBlock
from pages.core.templatetags.bidi_tags import isolate_ltr, isolate_ltr_html
from tests.security.corpus import HOSTILE_VALUES

PHONE = "+964 1 000 0000"


@pytest.fixture(autouse=True)
def arabic():
    with translation.override("ar"):
        yield


def isolated_runs(html):
    return [bdi.get_text() for bdi in BeautifulSoup(str(html), "html.parser").find_all("bdi", dir="ltr")]


@pytest.mark.parametrize(
    "text,runs",
    [
        (f"اتصلوا على {PHONE} في أوقات الدوام", [PHONE]),
        ("الهاتف: 0770 123 4567", ["0770 123 4567"]),
        ("الرقم الدولي +9647700000000.", ["+9647700000000"]),
        ("راسلونا على multaqa@example.org.", ["multaqa@example.org"]),
        ("البريد 2024.info@example.org", ["2024.info@example.org"]),
        ("انظر https://example.org/ar/news/، والمزيد", ["https://example.org/ar/news/"]),
        ("الموقع www.example.org.", ["www.example.org"]),
        ("معيار ISO 27001 ثم ISO/IEC 27001:2022.", ["ISO 27001", "ISO/IEC 27001:2022"]),
        ("في 12 آذار 2025 حضر 3.5 ألف", []),
        ("عام 2025", []),
        ("شبكات 5G وخدمات Microsoft", []),
        ("نص عربي فقط", []),
    ],
)
def test_left_to_right_runs_are_isolated_and_nothing_else(text, runs):
    html = isolate_ltr(text)
    assert isinstance(html, SafeData)
    assert isolated_runs(html) == runs
    assert BeautifulSoup(html, "html.parser").get_text() == text


def test_plain_text_is_escaped_and_never_becomes_markup():
    hostile = f"\"'><script>alert(1)</script><img src=x onerror=alert(1)> {PHONE} &amp;"
    html = isolate_ltr(hostile)
    soup = BeautifulSoup(html, "html.parser")
    assert [tag.name for tag in soup.find_all(True)] == ["bdi"]
    assert soup.get_text() == hostile


def test_english_pages_are_only_escaped():
    with translation.override("en"):
        assert isolate_ltr(f"<b>{PHONE}</b>") == f"&lt;b&gt;{PHONE}&lt;/b&gt;"
        markup = mark_safe(f"<p>{PHONE}</p>")
        assert isolate_ltr_html(markup) == markup


def test_none_and_empty_give_nothing():
    assert isolate_ltr(None) == isolate_ltr_html(None) == isolate_ltr("") == ""


def test_rich_text_changes_text_nodes_only():
    source = (
        f'<p>هاتف <a href="tel:+9641000000" title="{PHONE}">{PHONE}</a> و<b>multaqa@example.org</b></p>'
        f'<p><code>{PHONE}</code> <span dir="ltr">{PHONE}</span> <bdi>{PHONE}</bdi></p>'
        '<p>أ &amp; ب &lt;b&gt; <img alt="+964 1 2" src="/x.png"><br/>+964 1 2</p>'
    )
    html = isolate_ltr_html(mark_safe(source))
    soup = BeautifulSoup(html, "html.parser")

    assert isolated_runs(html) == [PHONE, "multaqa@example.org", "+964 1 2"]
    assert soup.a["href"] == "tel:+9641000000" and soup.a["title"] == PHONE
    assert soup.img["alt"] == "+964 1 2"
    assert soup.code.decode_contents() == PHONE and soup.span.decode_contents() == PHONE
    assert "أ &amp; ب &lt;b&gt;" in html
    assert soup.get_text() == BeautifulSoup(source, "html.parser").get_text()


def test_a_rich_text_value_is_read_through_its_html():
    html = isolate_ltr_html(RichText(f"<p>{PHONE}</p>"))
    assert isolated_runs(html) == [PHONE]


def test_markup_without_a_run_is_returned_untouched():
    markup = mark_safe('<p class="x">نص <a href="https://example.org/2025">مع رابط</a> في 2025</p>')
    assert isolate_ltr_html(markup) == markup


def test_a_string_not_marked_safe_is_text_not_markup():
    html = isolate_ltr_html(f"<img src=x onerror=alert(1)> {PHONE}")
    assert [tag.name for tag in BeautifulSoup(html, "html.parser").find_all(True)] == ["bdi"]


def element_outline(html):
    """Every element but ``bdi``, with its attributes: what the filter must leave as it found it."""
    soup = BeautifulSoup(str(html), "html.parser")
    return [(tag.name, sorted(tag.attrs.items())) for tag in soup.find_all(True) if tag.name != "bdi"]


HOSTILE_MARKUP = [
    f'<p title="{PHONE}>">{PHONE}</p>',
    f"<p>{PHONE} <script>var a = '{PHONE}';</script> {PHONE}</p>",
    f"<style>p::after {{ content: '{PHONE}' }}</style><p>{PHONE}</p>",
    f"<!-- {PHONE} --><p>{PHONE}<",
    f"<p onclick='alert(1)'>{PHONE}</p><img src=x onerror=alert(1)>",
    f"<p>{PHONE}</b></i></p></div>{PHONE}",
    f"<![CDATA[{PHONE}]]><p>{PHONE}</p>",
    f"<textarea>{PHONE}</textarea><p>{PHONE}</p>",
    *(f"<p>{unquote(value.encoded)} {PHONE}</p>" for value in HOSTILE_VALUES),
]


@pytest.mark.parametrize("markup", HOSTILE_MARKUP)
def test_hostile_markup_gains_no_element_or_attribute(markup):
    html = isolate_ltr_html(mark_safe(markup))
    assert element_outline(html) == element_outline(markup)


@pytest.mark.parametrize("token", ["a" * 10_000, "1-" * 5000, "a-" * 5000, "1." * 5000, "a/" * 5000, "a.a@" * 2500])
def test_long_tokens_cost_linear_time(token):
    started = time.perf_counter()
    isolate_ltr(token)
    assert time.perf_counter() - started < 0.1


@pytest.mark.parametrize(
    "block,value,runs",
    [
        (ParagraphBlock(), RichText(f"<p>اتصلوا على {PHONE}</p>"), [PHONE]),
        (
            QuoteBlock(),
            {"text": f"هاتفنا {PHONE}\nوبريدنا a@example.org", "attribution": "ISO 27001"},
            [PHONE, "a@example.org", "ISO 27001"],
        ),
        (HeadingBlock(), {"text": f"الخط الساخن {PHONE}", "level": "h2"}, [PHONE]),
        (
            CallToActionBlock(),
            {"title": f"اتصل {PHONE}", "text": "أو a@example.org", "url": "https://example.org/", "button_label": "x"},
            [PHONE, "a@example.org"],
        ),
    ],
)
def test_blocks_isolate_their_text(block, value, runs):
    """Without database access (no ``db`` fixture): a query while rendering would raise."""
    html = block.render(block.to_python(value) if isinstance(value, dict) else value)
    assert isolated_runs(html) == runs


def test_a_quote_keeps_its_line_breaks():
    html = QuoteBlock().render(QuoteBlock().to_python({"text": f"{PHONE}\n<b>", "attribution": ""}))
    assert f'<bdi dir="ltr">{PHONE}</bdi><br>&lt;b&gt;' in html
