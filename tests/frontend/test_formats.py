"""Dates and numbers in each language's own style (cms/formats): Iraq's month names without a stray comma,
British English, and the separators of Western digits in both."""

import datetime

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import dates, translation
from django.utils.formats import date_format, get_format, number_format

from cms.formats import month_names
from pages.core.blocks import DocumentLinkBlock
from pages.core.factories import DocumentFactory

IRAQI_MONTHS = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
DAY = datetime.date(2025, 3, 12)


@pytest.mark.parametrize(
    "language,formatted",
    [("ar", "12 آذار 2025"), ("en", "12 March 2025")],
)
def test_a_date_reads_as_the_language_writes_it(language, formatted):
    with translation.override(language):
        assert date_format(DAY) == formatted


def test_arabic_dates_have_no_comma_between_month_and_year():
    with translation.override("ar"):
        formatted = date_format(DAY)
    assert formatted.startswith("12 ") and formatted.endswith(" 2025")
    assert "،" not in formatted and "," not in formatted


@pytest.mark.parametrize("month", range(1, 13))
def test_arabic_month_names_are_iraqs(month):
    day = datetime.date(2026, month, 17)
    with translation.override("ar"):
        for format_string in ("F", "E", "N", "M", "b"):
            assert date_format(day, format_string) == IRAQI_MONTHS[month - 1], format_string


def test_english_dates_are_british():
    moment = datetime.datetime(2026, 11, 17, 14, 30)
    with translation.override("en"):
        assert date_format(moment, "DATETIME_FORMAT") == "17 November 2026, 14:30"
        assert date_format(moment, "SHORT_DATE_FORMAT") == "17/11/2026"
        assert date_format(moment, "MONTH_DAY_FORMAT") == "17 November"


def test_the_week_starts_on_saturday_in_arabic_and_monday_in_english():
    assert get_format("FIRST_DAY_OF_WEEK", "ar") == 6
    assert get_format("FIRST_DAY_OF_WEEK", "en") == 1


@pytest.mark.parametrize("language", ["ar", "en"])
def test_numbers_use_a_decimal_point_and_comma_grouping(language):
    with translation.override(language):
        assert number_format(1234567.5, decimal_pos=1, force_grouping=True) == "1,234,567.5"
        assert filesizeformat(3584).startswith("3.5\xa0")


def test_every_month_msgid_django_uses_is_marked_for_our_catalogue():
    """makemessages keeps only msgids it finds in the project: ``cms.formats.month_names`` must list exactly
    Django's (``django.utils.dates``), or a month would fall back to Django's Egyptian name."""

    def msgids(names):
        return [name._args for name in names]

    assert msgids(month_names.MONTHS) == msgids(dates.MONTHS.values())
    assert msgids(month_names.MONTHS_3) == msgids(dates.MONTHS_3.values())
    assert msgids(month_names.MONTHS_AP) == msgids(dates.MONTHS_AP.values())
    assert msgids(month_names.MONTHS_ALT) == msgids(dates.MONTHS_ALT.values())


@pytest.mark.parametrize("language,size", [("ar", "3.5\xa0ك.ب"), ("en", "3.5\xa0KB")])
def test_document_link_shows_its_size_with_a_decimal_point(db, language, size):
    document = DocumentFactory(file_size=3584)
    block = DocumentLinkBlock()
    with translation.override(language):
        html = block.render(block.to_python({"document": document.pk, "title": ""}))
    assert size in html
