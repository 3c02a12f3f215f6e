"""Form pieces every page type's admin form is built from (``pages.institutions.choosing.PageForm``)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.blocks.base import BlockField

from .wagtail_fixes import stream_data_is_malformed


class StreamDataChecked:
    """A StreamField whose posted data is missing or malformed (a crafted request: the editor always sends it)
    is an error naming the field; the form saves nothing, so the stored content is kept."""

    def clean(self):
        cleaned_data = super().clean()
        for name, field in self.fields.items():
            if isinstance(field, BlockField) and stream_data_is_malformed(
                field.widget, self.data, self.files, self.add_prefix(name)
            ):
                message = _("The content of “%(field)s” did not arrive whole. Reload the page and try again.")
                self.add_error(None, ValidationError(message % {"field": field.label}, code="malformed_stream"))
        return cleaned_data
