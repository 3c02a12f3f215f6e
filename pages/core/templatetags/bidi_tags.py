"""Left-to-right runs inside right-to-left text, isolated so the bidi algorithm cannot reorder them.

In an Arabic paragraph the digit groups of ``+964 1 000 0000`` are laid out right to left (the spaces
between them take the paragraph's direction) and read ``0000 000 1 964+``; a URL's trailing slash or an
email that starts with a digit jump to the wrong side the same way. Wrapped in ``<bdi dir="ltr">`` such a
run is laid out on its own, left to right, whatever surrounds it. In a left-to-right language (the
active language, the page's) the wrapper would change nothing, so there the filters only escape.

- ``{{ text|isolate_ltr }}`` for plain text: escaped, then the runs wrapped.
- ``{{ rich_text|isolate_ltr_html }}`` for HTML (a ``RichText`` value, or a string marked safe): only
  text nodes change; tags, attributes (an ``href`` included) and the text of ``code``, ``pre``, ``kbd``,
  ``samp``, ``script``, ``style``, ``bdi``, ``bdo`` and elements that set their own ``dir`` are kept as
  they came. A string not marked safe is treated as plain text, never as markup.

Both are plain regular expressions over text and, for HTML, the standard library's tokenizer: no query,
and markup without a candidate run is returned untouched without being parsed.
"""

import re
from html.parser import HTMLParser

from django import template
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language_bidi

register = template.Library()

DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"  # Western, Arabic-Indic and Extended Arabic-Indic digits.
TRAILING_PUNCTUATION = ".,;:!?'\")\\]}»،؛؟"

# Each alternative starts only where a run starts (the look-behinds) and never backtracks into what it
# has read (possessive quantifiers), so a long token costs linear time, not quadratic.
LTR_RUN = re.compile(
    "|".join(
        (
            # A web address, without the sentence's punctuation after it.
            rf"(?:https?://|www\.)[^\s<>\"]*[^\s<>\"{re.escape(TRAILING_PUNCTUATION)}]",
            # An email address.
            r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++",
            # Digit groups, wrapped only when they make a telephone number (see ``needs_isolating``).
            rf"(?P<number>(?<![{DIGIT}+(.-])\+?\(?[{DIGIT}]++\)?(?:[ \u00a0.-]\(?[{DIGIT}]++\)?)*+)",
            # A code: a Latin word and a number, such as "ISO 27001" or "ISO/IEC 27001:2022".
            r"(?<![A-Za-z0-9/-])[A-Za-z]++(?:[/-][A-Za-z]++)*+ [0-9][A-Za-z0-9]*+(?:[:./-][A-Za-z0-9]++)*+",
        )
    )
)


def needs_isolating(match):
    """A run of digits alone ("2025", "3.5") keeps its place; a telephone number, whose groups the spaces
    between them would reorder or whose "+" would move to its end, does not."""
    number = match.group("number")
    return number is None or number.startswith("+") or any(separator in number for separator in " \u00a0")


# Elements whose text is kept as it is: code and preformatted text, scripts, and text that already
# has a direction of its own.
KEPT_ELEMENTS = frozenset({"code", "pre", "kbd", "samp", "script", "style", "bdi", "bdo", "textarea"})
VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


def isolated(text):
    """``text`` (plain, not escaped) escaped, with each left-to-right run wrapped in ``<bdi dir="ltr">``."""
    parts = []
    position = 0
    for match in filter(needs_isolating, LTR_RUN.finditer(text)):
        parts.append(escape(text[position : match.start()]))
        parts.append(f'<bdi dir="ltr">{escape(match.group())}</bdi>')
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)


@register.filter(is_safe=True)
def isolate_ltr(text):
    """Plain text, escaped, with its left-to-right runs isolated; ``None`` and ``""`` give ``""``."""
    if text is None:
        return ""
    if isinstance(text, SafeData):
        return isolate_ltr_html(text)
    if not get_language_bidi():
        return escape(text)
    return mark_safe(isolated(str(text)))  # every piece of the text went through escape().


class TextNodeIsolator(HTMLParser):
    """Copies markup as it came and passes only the text nodes through ``isolated``."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.kept = []  # Open elements whose text is kept: a stack of tag names.

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in VOID_ELEMENTS:
            return
        if self.kept or tag in KEPT_ELEMENTS or any(name == "dir" for name, _ in attrs):
            self.kept.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in self.kept:
            while self.kept.pop() != tag:
                pass

    def handle_data(self, data):
        if self.cdata_elem:  # Inside <script> or <style>: raw text, as it came.
            self.out.append(data)
        elif self.kept:
            self.out.append(escape(data))
        else:
            self.out.append(isolated(data))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


@register.filter(is_safe=True)
def isolate_ltr_html(html):
    """Rich text (anything with ``__html__``, such as Wagtail's ``RichText``) with the left-to-right runs
    of its text nodes isolated. A string that is not marked safe is escaped as plain text first."""
    if html is None:
        return ""
    if not isinstance(html, SafeData) and not hasattr(html, "__html__"):
        return isolate_ltr(html)
    markup = str(conditional_escape(html))
    if not get_language_bidi() or not any(filter(needs_isolating, LTR_RUN.finditer(markup))):
        return mark_safe(markup)  # the caller's markup, already safe, unchanged.
    parser = TextNodeIsolator()
    parser.feed(markup)
    parser.close()
    return mark_safe("".join(parser.out))  # the safe markup's tags as they came, its text escaped.
