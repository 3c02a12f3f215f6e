"""page_of reads one page and the listing's length in one query, whatever page is asked for, and gives what
Django's Paginator gives."""

import pytest
from django.core.paginator import Paginator
from django.db.models import CharField
from wagtail.models import Page

from pages.core.fastpath.prepared import PreparedQuery, Slot
from pages.core.paging import MAX_PAGE_NUMBER, TOTAL, page_number, page_of, with_total
from pages.standard.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PER_PAGE = 3


def under(prefix):
    return Page.objects.filter(url_path__startswith=prefix).exclude(url_path=prefix).order_by("path")


LISTING = PreparedQuery(lambda: with_total(under(Slot("prefix", CharField())).values("pk")))


@pytest.fixture
def seven_pages(home):
    for number in range(7):
        StandardPageFactory(parent=home, slug=f"page-{number}")
    return home.url_path


def as_django_shows_it(page):
    return page.number, page.paginator.count, page.paginator.num_pages, page.has_next(), page.start_index()


@pytest.mark.parametrize(
    "requested",
    [None, "", "1", "2", "3", "4", "99", "0", "-1", "abc", "2.5", "9223372036854775807", "-9223372036854775809", "١٢"],
)
def test_the_same_page_as_django_s_paginator(seven_pages, requested):
    expected = Paginator(under(seven_pages), PER_PAGE).get_page(requested)
    page = page_of(LISTING, PER_PAGE, requested, prefix=seven_pages)
    assert as_django_shows_it(page) == as_django_shows_it(expected)
    assert [row["pk"] for row in page] == [found.pk for found in expected]
    assert all(row[TOTAL] == 7 for row in page)


def test_a_page_in_range_costs_one_query(seven_pages, django_assert_num_queries):
    with django_assert_num_queries(1):
        page = page_of(LISTING, PER_PAGE, "2", prefix=seven_pages)
    assert (len(page), page.paginator.count) == (3, 7)


@pytest.mark.parametrize("requested", ["9", "0", "9223372036854775807", str(MAX_PAGE_NUMBER + 1)])
def test_a_page_past_the_end_is_the_last_page_in_the_same_query(seven_pages, requested, django_assert_num_queries):
    with django_assert_num_queries(1):
        page = page_of(LISTING, PER_PAGE, requested, prefix=seven_pages)
    assert (page.number, len(page), page.paginator.count) == (3, 1, 7)


@pytest.mark.parametrize(
    ("requested", "expected"),
    [("7", 7), (str(MAX_PAGE_NUMBER), MAX_PAGE_NUMBER), (str(MAX_PAGE_NUMBER + 1), None), ("0", None), ("x", 1)],
)
def test_page_numbers_beyond_the_cap_are_past_the_end(requested, expected):
    assert page_number(requested) == expected


@pytest.mark.parametrize("requested", ["1", "5"])
def test_an_empty_listing_gives_an_empty_first_page(home, requested, django_assert_num_queries):
    with django_assert_num_queries(1):
        page = page_of(LISTING, PER_PAGE, requested, prefix="/nothing/")
    assert (page.number, page.paginator.count, list(page), page.has_next()) == (1, 0, [], False)
