"""Nothing chosen by id that the user may not choose: images, documents and pages in every form field and block.

The choosers offer a user only what they may choose (their collections' media, pages they may see), but a
form accepts any id it is sent: an institution's editor could post another institution's image, document or
draft page into a page's share image, an image or document block, a call to action, a rich-text link, or an
institution's logo, and the preview would then show its title and link. ``ChoosableOnly`` checks every value
on save, publish and preview (they all validate the form):

- an image or document must be in a collection where the user holds ``choose``;
- a page must be one the page chooser would offer them (``page_policy.may_choose_page``);
- a value the object already held is kept (a picture CMC staff chose earlier stays valid).

A refused value is an error in the user's language that names the field, never the object, and the posted
id is blanked so that the re-shown form does not render the object's title or thumbnail. CMC staff may
choose anything. ``PageForm`` is every page type's base form (``BasePage.base_form_class``, set in
``apps.py``).
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.blocks import ListBlock, PageChooserBlock, StreamBlock, StructBlock
from wagtail.blocks.list_block import ListValue
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.rich_text import RichText

from pages.core.forms import StreamDataChecked

from . import access
from .page_policy import may_choose_page

RICH_TEXT_REFERENCES = re.compile(
    r'<(?:embed|a)\b[^>]*?(?:embedtype|linktype)="(image|document|page)"[^>]*?\bid="(\d+)"'
)
KINDS = {"image": get_image_model, "document": get_document_model}
CHOOSER_BLOCKS = (("image", ImageChooserBlock), ("document", DocumentChooserBlock), ("page", PageChooserBlock))


def kind_of(model):
    if issubclass(model, get_image_model()):
        return "image"
    if issubclass(model, get_document_model()):
        return "document"
    if issubclass(model, Page):
        return "page"
    return None


def choosable(model, user):
    """The images or documents (``model``) the user may choose: those of collections where they hold ``choose``."""
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, ["choose"])


class Choices:
    """What ``user`` may choose, asked once per kind."""

    def __init__(self, user):
        self.user = user
        self._media = {}

    def allows(self, kind, pk):
        if kind == "page":
            return may_choose_page(self.user, pk)
        if kind not in self._media:
            self._media[kind] = set(choosable(KINDS[kind](), self.user).values_list("pk", flat=True))
        return pk in self._media[kind]


def references(block, value, key):
    """``(kind, pk, data key)`` for every chooser and rich-text reference in a block value; the data key is
    the posted field holding it (None inside rich text, whose references are not blanked one by one)."""
    if value is None:
        return
    chooser_kind = next((kind for kind, cls in CHOOSER_BLOCKS if isinstance(block, cls)), None)
    if chooser_kind:
        pk = getattr(value, "pk", value)
        if pk:
            yield chooser_kind, int(pk), key
    elif isinstance(block, StreamBlock):
        for index, child in enumerate(value):
            yield from references(child.block, child.value, f"{key}-{index}-value")
    elif isinstance(block, StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from references(child_block, value.get(name), f"{key}-{name}")
    elif isinstance(block, ListBlock):
        items = value.bound_blocks if isinstance(value, ListValue) else value
        for index, item in enumerate(items):
            item_value = getattr(item, "value", item)
            yield from references(block.child_block, item_value, f"{key}-{index}-value")
    elif isinstance(value, RichText):
        yield from rich_text_references(value.source)


def rich_text_references(source):
    for kind, pk in RICH_TEXT_REFERENCES.findall(source or ""):
        yield kind, int(pk), None


def field_references(model_field, value, key):
    if value in (None, ""):
        return
    if isinstance(model_field, models.ForeignKey):
        kind = kind_of(model_field.related_model)
        if kind:
            yield kind, int(getattr(value, "pk", value)), key
    elif isinstance(model_field, StreamField):
        yield from references(model_field.stream_block, value, key)
    elif isinstance(value, str) and "<" in value:
        yield from rich_text_references(value)


class ChoosableOnly:
    """A form mixin (Wagtail admin model forms, which know ``for_user``)."""

    def clean(self):
        cleaned_data = super().clean()
        user = getattr(self, "for_user", None)
        if user is None or access.is_cmc_staff(user):
            return cleaned_data
        choices = Choices(user)
        blanked = {}
        for name in list(cleaned_data):
            model_field = self.model_field(name)
            if model_field is None:
                continue
            held = {(kind, pk) for kind, pk, _key in field_references(model_field, self.held_value(model_field), None)}
            refused = [
                key
                for kind, pk, key in field_references(model_field, cleaned_data[name], self.add_prefix(name))
                if kind and (kind, pk) not in held and not choices.allows(kind, pk)
            ]
            if refused:
                on_field = name if isinstance(model_field, models.ForeignKey) else None
                self.add_error(on_field, ValidationError(self.refusal(name), code="not_choosable"))
                blanked.update({key: "" for key in refused if key})
        # A chooser whose value was refused for any reason (the field's own "not one of the choices" too).
        for name in self.errors:
            model_field = self.model_field(name) if name in self.fields else None
            if isinstance(model_field, models.ForeignKey) and kind_of(model_field.related_model):
                blanked[self.add_prefix(name)] = ""
        if blanked:
            self.data = self.data.copy()
            for key, value in blanked.items():
                self.data[key] = value
        return cleaned_data

    def model_field(self, name):
        try:
            return self._meta.model._meta.get_field(name)
        except Exception:
            return None

    def held_value(self, model_field):
        if self.instance is None or self.instance.pk is None:
            return None
        return getattr(self.instance, model_field.attname, None)

    def refusal(self, name):
        label = self.fields[name].label if name in self.fields else name
        return _(
            "“%(field)s” uses an image, a document or a page that you may not use. "
            "Choose one from your institution's collection or pages."
        ) % {"field": label}


class PageForm(StreamDataChecked, ChoosableOnly, WagtailAdminPageForm):
    """Every page type's admin form."""


class ModelForm(ChoosableOnly, WagtailAdminModelForm):
    """The institutions' own admin forms (logo, photos)."""
