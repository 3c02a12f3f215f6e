"""The Arabic catalogue translates every message, with no fuzzy guesses; the English one stays identity."""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"


def po_entries(path):
    """``(flags, msgid, msgstrs)`` for every entry of a .po file, header included (msgid "")."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines or all(line.startswith("#~") for line in lines):
            continue  # obsolete entries are not used
        flags = {flag.strip() for line in lines if line.startswith("#,") for flag in line[2:].split(",")}
        fields, current = {}, None
        for line in lines:
            if line.startswith("#"):
                continue
            if line.startswith('"'):
                fields[current] += ast.literal_eval(line)
            else:
                current, _, value = line.partition(" ")
                fields[current] = ast.literal_eval(value)
        msgstrs = [value for key, value in fields.items() if key.startswith("msgstr")]
        entries.append((flags, fields.get("msgid", ""), msgstrs))
    return entries


def test_arabic_catalogue_is_complete_and_has_no_fuzzy_entries():
    entries = po_entries(LOCALE / "ar" / "LC_MESSAGES" / "django.po")
    messages = [entry for entry in entries if entry[1]]
    assert len(messages) > 100
    assert [msgid for flags, msgid, _ in entries if "fuzzy" in flags] == []
    assert [msgid for _, msgid, msgstrs in messages if not all(msgstrs)] == []


def test_arabic_plural_messages_have_all_six_forms():
    entries = po_entries(LOCALE / "ar" / "LC_MESSAGES" / "django.po")
    header = next(msgstrs[0] for _, msgid, msgstrs in entries if msgid == "")
    assert "nplurals=6" in header
    # Entries with msgid_plural carry msgstr[0] to msgstr[5].
    plural_entries = [msgstrs for _, msgid, msgstrs in entries if msgid and len(msgstrs) > 1]
    assert plural_entries
    assert all(len(msgstrs) == 6 for msgstrs in plural_entries)


def test_english_catalogue_is_identity():
    entries = po_entries(LOCALE / "en" / "LC_MESSAGES" / "django.po")
    assert [msgid for _, msgid, msgstrs in entries if msgid and any(msgstrs)] == []


@pytest.mark.parametrize(
    "language,expected",
    [("ar", "الانتقال إلى المحتوى الرئيسي"), ("en", "Skip to main content")],
)
def test_compiled_catalogue_is_used(language, expected):
    msgid = "Skip to main content"  # passed by name, so makemessages does not collect it from this test
    with translation.override(language):
        assert translation.gettext(msgid) == expected
