"""The teaser contract: what stands for a page wherever it is not the page itself (a card, a search
result, a share preview), read from two class-level declarations of its page type.

``TEASER_TEXT_FIELDS``: the text fields that describe the page, best first (the type's own summary, then
``search_description``). ``TEASER_IMAGE_FIELD``: the image field shown for it, or ``None``. Being class
attributes, the fast paths read them without an instance: listings and search build their row lookups
from them, so a new page type is listed, found and shared without a change in ``pages/core``.
"""

SEARCH_DESCRIPTION = "search_description"


def first_text(values):
    """The first of ``values`` that is not empty, else ``""``."""
    return next((value for value in values if value), "")


def description_fields(page_type):
    """The fields of a search result and a meta or Open Graph description, best first: the editor's
    search description, when written for exactly that purpose, before the type's teaser text."""
    fields = getattr(page_type, "TEASER_TEXT_FIELDS", ())
    return (SEARCH_DESCRIPTION, *(name for name in fields if name != SEARCH_DESCRIPTION))


def description_of(page):
    """The description of any page (a plain Wagtail ``Page`` has only its search description)."""
    return first_text(getattr(page, name, "") for name in description_fields(type(page)))
