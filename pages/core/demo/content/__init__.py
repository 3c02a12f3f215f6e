"""The demo content as data, in Arabic and English. Pages are listed parents first."""

from .about import ABOUT_PAGES
from .chapters import CHAPTER_PAGES
from .media import DOCUMENTS, IMAGES
from .news import NEWS_PAGES
from .policies import POLICY_PAGES
from .site import FOOTER_PAGES, HOME, SITE_SETTINGS

PAGES = (HOME, *ABOUT_PAGES, *NEWS_PAGES, *CHAPTER_PAGES, *POLICY_PAGES)

__all__ = ["DOCUMENTS", "FOOTER_PAGES", "IMAGES", "PAGES", "SITE_SETTINGS"]
