"""Helpers for fields stored once per language (``<name>_ar`` and ``<name>_en``)."""

from django.conf import settings
from django.utils import translation


def localized_attr(obj, name):
    """The value of ``<name>_<active language>``, else the default language's, else ''."""
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return getattr(obj, f"{name}_{language}", "") or getattr(obj, f"{name}_{settings.LANGUAGE_CODE}", "") or ""


def is_rtl(language_code):
    return translation.get_language_info(language_code)["bidi"]
