"""Wagtail admin faults that a hostile request turns into a server error, answered as form errors instead.

- The external link chooser (``/admin/choose-external-link/``) posted without its ``url`` field: Wagtail's
  ``URLOrAbsolutePathField.to_python`` calls ``str.startswith`` on ``None`` (500). A missing value is
  empty, so the form says "This field is required."
"""

from wagtail.admin.forms.choosers import URLOrAbsolutePathField

wagtail_to_python = URLOrAbsolutePathField.to_python


def to_python(self, value):
    return wagtail_to_python(self, "" if value is None else value)


def apply():
    URLOrAbsolutePathField.to_python = to_python
