"""The demo content as data, in Arabic and English. Pages are listed parents first."""

from .about import ABOUT_PAGES
from .media import DOCUMENTS, IMAGES
from .news import NEWS_PAGES
from .site import HOME, SITE_SETTINGS

PAGES = (HOME, *ABOUT_PAGES, *NEWS_PAGES)

__all__ = ["DOCUMENTS", "IMAGES", "PAGES", "SITE_SETTINGS"]
