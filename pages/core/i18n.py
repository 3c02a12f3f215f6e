"""Helpers for the active language and for fields stored once per language (``<name>_ar``, ``<name>_en``)."""

from django.conf import settings
from django.utils import translation


def active_language():
    """The active language's code without a region (``ar``, ``en``), else the default language's."""
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def localized_attr(obj, name):
    """The value of ``<name>_<active language>``, else the default language's, else ''."""
    return (
        getattr(obj, f"{name}_{active_language()}", "") or getattr(obj, f"{name}_{settings.LANGUAGE_CODE}", "") or ""
    )
