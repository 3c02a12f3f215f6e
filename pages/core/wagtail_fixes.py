"""Wagtail admin faults that a hostile request turns into a server error, answered as form errors instead.

- The external link chooser (``/admin/choose-external-link/``) posted without its ``url`` field: Wagtail's
  ``URLOrAbsolutePathField.to_python`` calls ``str.startswith`` on ``None`` (500). A missing value is
  empty, so the form says "This field is required."

And one Wagtail export fault that would run an editor's text in a spreadsheet:

- Every listing export of Wagtail's (``SpreadsheetExportMixin``: site history, locked and aging pages,
  workflow reports, the page, snippet and form-submission listings, any ``?export=csv|xlsx``) writes cells
  as they are: a title starting with ``=``, ``+``, ``-`` or ``@`` is a formula to a spreadsheet. Each text
  value goes through ``pages.core.text.safe_cell``, as the IT directory's own export does.
"""

from wagtail.admin.forms.choosers import URLOrAbsolutePathField
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from .text import safe_cell

wagtail_to_python = URLOrAbsolutePathField.to_python
wagtail_preprocess = SpreadsheetExportMixin.preprocess_field_value


def to_python(self, value):
    return wagtail_to_python(self, "" if value is None else value)


def preprocess_field_value(self, field, value, export_format):
    value = wagtail_preprocess(self, field, value, export_format)
    return safe_cell(value) if isinstance(value, str) else value


def apply():
    URLOrAbsolutePathField.to_python = to_python
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
