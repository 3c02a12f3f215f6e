"""Template filters of the chapter pages."""

from django import template

from pages.directory.vcard import tel_uri

register = template.Library()


@register.filter
def tel_href(phone):
    """A phone number as the ``tel:`` link a phone can dial (digits only, ``+`` kept)."""
    return tel_uri(phone).split(";")[0]
