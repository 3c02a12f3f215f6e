"""``{% picture %}`` as Wagtail writes it, with its HTML kept per process for the next request.

Load it after ``wagtailimages_tags`` to replace Wagtail's tag of the same name. Building a
``<picture>`` costs a rendition lookup per format and size, each of which parses its filter spec,
builds a cache key and reads the renditions cache: about 0.3 ms a picture, paid again on every
request for the same HTML. The HTML depends only on the image, the filter specs, the attributes
and the language (the alt text), so it is kept in ``pages.core.fastpath.site_data``, which every process
empties when an image is saved or deleted or a rendition is deleted. The ``as`` form is Wagtail's,
unchanged.
"""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.images.templatetags.wagtailimages_tags import image as parse_image_tag

from ..fastpath.site_data import site_data

register = template.Library()


class KeptPictureNode(template.Node):
    def __init__(self, picture_node):
        self.picture_node = picture_node
        self.specs = tuple(picture_node.filter_specs)

    def render(self, context):
        node = self.picture_node
        if node.output_var_name:
            return node.render(context)
        image = node.image_expr.resolve(context)
        image_pk = getattr(image, "pk", None)
        if image_pk is None:
            return node.render(context)
        attrs = tuple((name, str(value.resolve(context))) for name, value in node.attrs.items())
        key = (image_pk, self.specs, attrs, translation.get_language())
        html = site_data.pictures.get(key)
        if html is None:
            html = site_data.keep_picture(key, node.render(context))
        return mark_safe(html)  # Wagtail's own output, kept as it was


@register.simple_tag
def kept_rendition(image, filter_spec):
    """``{"url", "width", "height", "alt"}`` of ``image``'s rendition for ``filter_spec``, kept like the
    pictures above (for the Open Graph tags, which need the values rather than an ``<img>``)."""
    key = ("rendition", image.pk, filter_spec, translation.get_language())
    found = site_data.pictures.get(key)
    if found is None:
        rendition = get_rendition_or_not_found(image, filter_spec)
        found = {"url": rendition.url, "width": rendition.width, "height": rendition.height, "alt": rendition.alt}
        site_data.keep_picture(key, found)
    return found


@register.tag("picture")
def picture(parser, token):
    return KeptPictureNode(parse_image_tag(parser, token))
