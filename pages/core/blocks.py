"""StreamField blocks shared by every page type with a body."""

import copy

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "h3", "h4", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "core/blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading that also appears in the page outline.")
        preview_value = {"text": "التحول الرقمي في مؤسسات الدولة", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "core/blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Formatted text with links and lists.")
        preview_value = "<p>تعمل الهيئة على تطوير الكوادر التقنية في مؤسسات الدولة.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        help_text=_("Leave empty to use the image's own caption."),
    )

    class Meta:
        icon = "image"
        template = "core/blocks/image_block.html"
        label = _("Image with caption")
        description = _("A full-width image with its caption and credit.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"),
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "core/blocks/document_link_block.html"
        label = _("Document link")
        description = _("A download link that shows the file's type and size.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "core/blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with the name of who said it.")
        preview_value = {
            "text": "المعرفة المشتركة بين المؤسسات أساس الحكومة الإلكترونية.",
            "attribution": "منتدى تقنية المعلومات الأول",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external link"), required=False)
    button_label = blocks.CharBlock(label=_("button label"), max_length=60)

    class Meta:
        icon = "pick"
        template = "core/blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box with one button to a page or a link.")
        preview_value = {
            "title": "تواصل مع قسم تقنية المعلومات",
            "text": "الرقم المختصر مجاني لموظفي تقنية المعلومات في مؤسسات الدولة.",
            "url": "https://example.org/",
            "button_label": "اتصل بنا",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": blocks.BlockValidationError(_("Choose a page or enter a link, not both."))}
            )
        return value


class TableContentBlock(TableBlock):
    """A table whose caption and cells wagtail-localize translates (it skips table blocks otherwise)."""

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        if not value:
            return []
        segments = [StringSegmentValue("caption", value["table_caption"])] if value.get("table_caption") else []
        for row_index, row in enumerate(value.get("data") or []):
            segments.extend(
                StringSegmentValue(f"cell-{row_index}-{column_index}", cell)
                for column_index, cell in enumerate(row)
                if cell and cell.strip()
            )
        return segments

    def restore_translated_segments(self, value, segments):
        value = copy.deepcopy(value)
        for segment in segments:
            if segment.path == "caption":
                value["table_caption"] = segment.render_text()
            else:
                _, row_index, column_index = segment.path.split("-")
                value["data"][int(row_index)][int(column_index)] = segment.render_text()
        return value

    class Meta:
        icon = "table"
        template = "core/blocks/table_block.html"
        label = _("Table")
        description = _("A simple table with an optional header row.")


class EmbedContentBlock(EmbedBlock):
    class Meta:
        icon = "media"
        template = "core/blocks/embed_block.html"
        label = _("Embed")
        description = _("A video or post from a site such as YouTube, by its address.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    document = DocumentLinkBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    table = TableContentBlock()
    embed = EmbedContentBlock()
