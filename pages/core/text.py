"""Characters that stored text must not hold, and the one helper that removes them; text that a
spreadsheet must not run (``safe_cell``).

XML 1.0 cannot carry most control characters (U+000B, common when pasting from a word processor,
is one), lone surrogates, or U+FFFE/U+FFFF: Django's feed generator refuses them
(``UnserializableContentError``) and a browser shows them as boxes at best. The admin strips them
when a page is saved (``BasePage.full_clean``), and the news feeds strip them again from every
string they write (``pages.news.feeds``), so a feed never fails whatever text the database holds.
Tab, line feed and carriage return are kept.
"""

import re

# Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text):
    """``text`` without the characters XML 1.0 cannot carry; anything that is not a string is returned as it is."""
    if isinstance(text, str):
        return XML_INVALID.sub("", text)
    return text


# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (OWASP's
# "CSV injection"); a leading apostrophe makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` as the text of a spreadsheet cell that no spreadsheet program takes for a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
