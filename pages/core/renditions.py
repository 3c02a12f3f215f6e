"""The renditions the public pages show, made when an image is saved rather than by its first reader.

A 40-megapixel image took its first reader 4 s: the page made its renditions while they waited. Saving
an image with a new file or focal point now enqueues ``make_public_renditions``, which makes every
rendition the public templates ask for. The task runs in ``TASKS``' backend: at once in development and
tests, in the ``db_worker`` process in production. ``PUBLIC_PICTURES`` lists the filter specs as the
templates write them; a test reads the templates and fails when one uses a spec missing here.
"""

from functools import partial

from django.db import transaction
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from .uploads import is_new_upload

# Each entry: the filter specs of one {% picture %} or kept_rendition, as the template writes them.
PUBLIC_PICTURES = (
    "format-{avif,webp} fill-{480x320,960x640}",  # home/home_page.html: the hero
    "format-{avif,webp} fill-{400x225,800x450}",  # news/includes/article_card.html
    "format-{avif,webp} width-{480,800,1200}",  # news/news_article_page.html, core/blocks/image_block.html
    "fill-1200x630",  # includes/head_meta.html: the Open Graph image
    "fill-160x160",  # chapters: liaison members' and board members' photos
    "max-160x160",  # chapters: institution logos
)

# One rendition filter spec each, as Wagtail's {% picture %} expands them.
PUBLIC_RENDITION_SPECS = tuple(
    dict.fromkeys(spec for picture in PUBLIC_PICTURES for spec in Filter.expand_spec(picture.split()))
)

# What a rendition is made from: when none of these changes, the renditions already made still hold.
RENDITION_SOURCE_FIELDS = ("file", "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height")


@task()
def make_public_renditions(image_id):
    """Make the public renditions of the image ``image_id`` that do not exist yet; return how many it
    has. An image deleted before the task ran has none."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    return len(image.get_renditions(*PUBLIC_RENDITION_SPECS))


def note_whether_renditions_change(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save: remember on the instance whether its renditions will need making again."""
    if raw:
        due = False
    elif instance._state.adding or is_new_upload(instance.file):
        due = True
    elif update_fields is not None and not set(update_fields) & set(RENDITION_SOURCE_FIELDS):
        due = False
    else:
        saved = sender.objects.filter(pk=instance.pk).values(*RENDITION_SOURCE_FIELDS).first()
        due = saved is None or any(
            saved[name] != (instance.file.name if name == "file" else getattr(instance, name))
            for name in RENDITION_SOURCE_FIELDS
        )
    instance._public_renditions_due = due


def enqueue_public_renditions(sender, instance, raw=False, **kwargs):
    """post_save: once the transaction commits, have the worker make the renditions."""
    if raw or not getattr(instance, "_public_renditions_due", False):
        return
    instance._public_renditions_due = False
    transaction.on_commit(partial(make_public_renditions.enqueue, instance.pk))
