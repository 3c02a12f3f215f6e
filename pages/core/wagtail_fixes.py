"""Wagtail admin faults that a hostile request turns into a server error, answered as form errors instead.

- The external link chooser (``/admin/choose-external-link/``) posted without its ``url`` field: Wagtail's
  ``URLOrAbsolutePathField.to_python`` calls ``str.startswith`` on ``None`` (500). A missing value is
  empty, so the form says "This field is required."
- A page form posted without its StreamField's data (``body-count``, a block's ``-type``): Wagtail reads the
  keys with ``data[...]`` (500). The widget reads a malformed stream as empty, and ``forms.StreamDataChecked``
  (every page type's form) refuses it with an error, so nothing is saved and the stored body is kept.
- A site setting opened by someone without a global permission on it: Wagtail looks for the first Site
  they may edit with a ``DISTINCT`` query that keeps ``SiteManager``'s natural ordering (``LOWER(...)``),
  which PostgreSQL refuses ("for SELECT DISTINCT, ORDER BY expressions must appear in select list"). The
  sites are read again without ``DISTINCT``, in the same order.

And one Wagtail export fault that would run an editor's text in a spreadsheet:

- Every listing export of Wagtail's (``SpreadsheetExportMixin``: site history, locked and aging pages,
  workflow reports, the page, snippet and form-submission listings, any ``?export=csv|xlsx``) writes cells
  as they are: a title starting with ``=``, ``+``, ``-`` or ``@`` is a formula to a spreadsheet. Each text
  value goes through ``pages.core.text.safe_cell``, as the IT directory's own export does.
"""

from wagtail.admin.forms.choosers import URLOrAbsolutePathField
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.blocks.base import BlockWidget
from wagtail.models import Site
from wagtail.permission_policies.sites import SitePermissionPolicy

from .text import safe_cell

wagtail_to_python = URLOrAbsolutePathField.to_python
wagtail_preprocess = SpreadsheetExportMixin.preprocess_field_value
wagtail_sites_for = SitePermissionPolicy.sites_user_has_any_permission_for
wagtail_block_value = BlockWidget.value_from_datadict
MALFORMED_STREAM = (KeyError, ValueError, IndexError, TypeError)


def block_value_from_datadict(self, data, files, name):
    try:
        return wagtail_block_value(self, data, files, name)
    except MALFORMED_STREAM:
        return self.block_def.normalize(self.block_def.get_default())


def stream_data_is_malformed(widget, data, files, name):
    try:
        wagtail_block_value(widget, data, files, name)
    except MALFORMED_STREAM:
        return True
    return False


def sites_user_has_any_permission_for(self, user, actions):
    sites = wagtail_sites_for(self, user, actions)
    return Site.objects.filter(pk__in=sites.order_by().values("pk"))


def to_python(self, value):
    return wagtail_to_python(self, "" if value is None else value)


def preprocess_field_value(self, field, value, export_format):
    value = wagtail_preprocess(self, field, value, export_format)
    return safe_cell(value) if isinstance(value, str) else value


def apply():
    URLOrAbsolutePathField.to_python = to_python
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SitePermissionPolicy.sites_user_has_any_permission_for = sites_user_has_any_permission_for
    BlockWidget.value_from_datadict = block_value_from_datadict
