"""Image and document models, decided before the first migration.

Images carry alt text, a caption and a credit in both languages; the alt text of the reader's
language is what ``{% image %}`` writes into ``alt``. Each model's ``clean`` checks a new file's content
(``pages.core.uploads``): every upload path of the admin goes through it.
"""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index

from ..i18n import localized_attr
from ..uploads import check_document_content, check_image_pixels, is_new_upload


class CustomImage(AbstractImage):
    alt_text_ar = models.CharField(
        _("alt text (Arabic)"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for readers who cannot see it. Leave empty if it is decorative."),
    )
    alt_text_en = models.CharField(_("alt text (English)"), max_length=255, blank=True)
    caption_ar = models.CharField(_("caption (Arabic)"), max_length=255, blank=True)
    caption_en = models.CharField(_("caption (English)"), max_length=255, blank=True)
    credit_ar = models.CharField(_("credit (Arabic)"), max_length=255, blank=True)
    credit_en = models.CharField(_("credit (English)"), max_length=255, blank=True)

    admin_form_fields = (
        *Image.admin_form_fields,
        "alt_text_ar",
        "alt_text_en",
        "caption_ar",
        "caption_en",
        "credit_ar",
        "credit_en",
    )

    search_fields = [
        *AbstractImage.search_fields,
        index.SearchField("alt_text_ar"),
        index.SearchField("alt_text_en"),
        index.SearchField("caption_ar"),
        index.SearchField("caption_en"),
    ]

    def clean(self):
        """Wagtail's form checks the width and height; this counts every frame of an animation too."""
        super().clean()
        if is_new_upload(self.file):
            try:
                check_image_pixels(self.file, getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None))
            except ValidationError as error:
                raise ValidationError({"file": error}) from None

    @property
    def default_alt_text(self):
        return localized_attr(self, "alt_text")

    @property
    def caption(self):
        return localized_attr(self, "caption")

    @property
    def credit(self):
        return localized_attr(self, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    description_ar = models.CharField(_("description (Arabic)"), max_length=255, blank=True)
    description_en = models.CharField(_("description (English)"), max_length=255, blank=True)

    admin_form_fields = (*Document.admin_form_fields, "description_ar", "description_en")

    @property
    def description(self):
        return localized_attr(self, "description")

    def clean(self):
        """Wagtail checks a new document's extension; this also checks its size and that its content is
        what the extension says."""
        super().clean()
        if not is_new_upload(self.file):
            return
        limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
        if self.file.size > limit:
            raise ValidationError(
                {
                    "file": _("This file is %(size)s; documents may be at most %(limit)s.")
                    % {"size": filesizeformat(self.file.size), "limit": filesizeformat(limit)}
                }
            )
        extension = os.path.splitext(self.file.name)[1][1:]
        try:
            check_document_content(self.file, extension)
        except ValidationError as error:
            raise ValidationError({"file": error}) from None

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]
