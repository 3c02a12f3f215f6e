"""One page of a listing and the listing's length, read in one query.

Django's ``Paginator`` over a queryset asks two questions: how many rows there are (a ``COUNT``) and
which rows are on the page (a ``LIMIT``/``OFFSET``). A listing built with :func:`with_total` answers
both at once: every row carries ``COUNT(*) OVER ()``, which the database works out over every matching
row before the page is cut. :func:`page_of` reads the requested page and hands Django's ``Paginator``
what it read, so templates keep using ``Page`` (``has_next``, ``paginator.count``, ``start_index``).

A page past the end, or a number below 1, holds no row to carry the total: then the listing is counted
and its last page read (two more queries), as ``Paginator.get_page`` would show the last page.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Window

TOTAL = "total_rows"


def with_total(queryset):
    """``queryset`` (a ``.values()`` queryset) with each row's ``TOTAL``: how many rows match in all."""
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
    """The page number asked for, as ``Paginator.get_page`` reads it: not a number gives 1, 0 or less
    gives ``None`` (the last page)."""
    try:
        number = int(requested)
    except (TypeError, ValueError):
        return 1
    return number if number >= 1 else None


def page_of(query, per_page, requested, **values):
    """The page ``requested`` of the rows of ``query`` (a ``PreparedQuery`` built with
    :func:`with_total`) for these slot values, as a ``django.core.paginator.Page`` of dicts."""
    number = page_number(requested)
    rows = []
    if number is not None:
        rows = query.rows(limit=per_page, offset=(number - 1) * per_page, **values)
    if rows:
        total = rows[0][TOTAL]
    else:
        total = query.count(**values) if number != 1 else 0
        paginator = Paginator(range(total), per_page)
        number = paginator.num_pages
        if total:
            rows = query.rows(limit=per_page, offset=(number - 1) * per_page, **values)
    offset = (number - 1) * per_page
    return Paginator(ReadPage(rows, total, offset), per_page).page(number)
