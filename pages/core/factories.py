import wagtail_factories
from wagtail.models import Locale

from .models import CustomDocument, CustomImage


class ImageFactory(wagtail_factories.ImageFactory):
    alt_text_ar = "صورة تجريبية"
    alt_text_en = "A sample image"

    class Meta:
        model = CustomImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = CustomDocument


def english_locale():
    return Locale.objects.get_or_create(language_code="en")[0]


def translate_page(page, locale=None, **fields):
    """The page's translation into ``locale`` (English by default), published, with ``fields`` set."""
    locale = locale or english_locale()
    translation = page.copy_for_translation(locale, copy_parents=True, alias=False)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific
