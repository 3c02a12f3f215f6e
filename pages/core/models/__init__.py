from .base_page import BasePage
from .media import CustomDocument, CustomImage, CustomRendition
from .site_settings import SiteSettings

__all__ = ["BasePage", "CustomDocument", "CustomImage", "CustomRendition", "SiteSettings"]
