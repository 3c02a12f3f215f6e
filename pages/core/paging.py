"""One page of a listing and the listing's length, read in one query, whatever page is asked for.

Django's ``Paginator`` over a queryset asks two questions: how many rows there are (a ``COUNT``) and
which rows are on the page (a ``LIMIT``/``OFFSET``); a page past the end costs a third (the last page).
A listing built with :func:`with_total` answers all of them at once: every row carries
``COUNT(*) OVER ()``, which the database works out over every matching row before the page is cut, and
:func:`page_of` numbers the rows in the listing's order and keeps those of the requested page or, when
that page is past the end, of the last page, in the same query;
it hands Django's ``Paginator`` what it read, so templates keep using ``Page`` (``has_next``,
``paginator.count``, ``start_index``).

So a page far past the end (``?page=1000``, ``?page=9223372036854775807``) costs what page 1 costs.
Before, it cost three queries (the empty page, a count, the last page), and a page number that large
overflowed the ``bigint`` of ``OFFSET`` on PostgreSQL.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Window

TOTAL = "total_rows"
POSITION = "row_position"

# Page numbers above this are past the end of any listing of this site (a million pages of results):
# they give the last page, like a number past the end, and keep every offset far inside a bigint.
MAX_PAGE_NUMBER = 1_000_000


def with_total(queryset):
    """``queryset`` (an ordered ``.values()`` queryset) with each row's ``TOTAL``: how many rows match in all."""
    return queryset.annotate(**{TOTAL: Window(Count("*"))})


class ReadPage:
    """The rows of one page of a listing as ``Paginator`` expects its object list: counted, sliced."""

    def __init__(self, rows, total, offset):
        self.rows, self.total, self.offset = rows, total, offset

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice) or (index.start or 0) != self.offset:
            raise IndexError(f"Only the rows from {self.offset} were read.")
        return self.rows


def page_number(requested):
    """The page number asked for, as ``Paginator.get_page`` reads it: not a number gives 1; 0 or less,
    or more than ``MAX_PAGE_NUMBER``, gives ``None`` (the last page)."""
    try:
        number = int(requested)
    except (TypeError, ValueError):
        return 1
    return number if 1 <= number <= MAX_PAGE_NUMBER else None


def clamped_page_number(requested, maximum=MAX_PAGE_NUMBER):
    """The page number asked for, for a listing paged by Django's ``Paginator.get_page`` (which gives the last
    page past the end): not a number gives 1, a number is held between 1 and ``maximum``, so no offset is
    ever computed from a huge number."""
    try:
        number = int(requested)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), maximum)


def page_of(query, per_page, requested, **values):
    """The page ``requested`` of the rows of ``query`` (a ``PreparedQuery`` built with
    :func:`with_total`) for these slot values, as a ``django.core.paginator.Page`` of dicts."""
    number = page_number(requested)
    wanted_offset = (number - 1) * per_page if number is not None else MAX_PAGE_NUMBER * per_page
    rows = page_rows(query, per_page, wanted_offset, values)
    total = rows[0][TOTAL] if rows else 0
    number = (rows[0][POSITION] - 1) // per_page + 1 if rows else 1
    offset = (number - 1) * per_page
    return Paginator(ReadPage(rows, total, offset), per_page).page(number)


def page_rows(query, per_page, offset, values):
    """The ``per_page`` rows from ``offset``, or the rows of the last page when ``offset`` is past the end.

    Rows are numbered (``POSITION``) as the listing's own ``ORDER BY`` hands them over, then cut: the
    ranked order is worked out once, not repeated in a window's ``ORDER BY`` (its parameters make it a
    different expression to PostgreSQL: a search would rank every match twice). PostgreSQL and SQLite
    number a sorted subquery's rows in its order; tests/core/test_paging.py compares every page with
    Django's ``Paginator`` on both.
    """
    compiled = query.compile()
    last_page_offset = f"(({TOTAL} - 1) / %s) * %s"  # integer division on both databases
    sql = (
        f"SELECT * FROM (SELECT listing.*, ROW_NUMBER() OVER () AS {POSITION} FROM ({compiled.sql}) listing) numbered "
        f"WHERE {POSITION} > CASE WHEN {TOTAL} > %s THEN %s ELSE {last_page_offset} END "
        f"ORDER BY {POSITION} LIMIT {int(per_page)}"
    )
    params = [*compiled.bind(values), offset, offset, per_page, per_page]
    return compiled.fetch(sql, params, extra_names=(POSITION,))
