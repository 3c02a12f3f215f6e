"""Images known by their id, loaded together (with their renditions) only if a template needs them.

Listings read their rows without model instances (``pages.core.fastpath.prepared``). A card's image is mostly
drawn from the ``<picture>`` HTML kept by ``pages.core.templatetags.picture_tags``, which needs only
the image's id; when it is not kept, the first image asked for loads every image of the listing in
one query, with their renditions.
"""

from wagtail.images import get_image_model


class ImageBatch:
    def __init__(self, ids):
        self.ids = set(ids)
        self.images = None

    def load(self, pk):
        if self.images is None:
            queryset = get_image_model().objects.filter(pk__in=self.ids).prefetch_related("renditions")
            self.images = {image.pk: image for image in queryset}
        return self.images.get(pk)

    def image(self, pk):
        return LazyImage(pk, self) if pk is not None else None


class LazyImage:
    """Stands for an image: ``pk`` without a query, anything else from the loaded image."""

    __slots__ = ("batch", "pk")

    def __init__(self, pk, batch):
        self.pk = pk
        self.batch = batch

    def __getattr__(self, name):
        image = self.batch.load(self.pk)
        if image is None:
            raise AttributeError(name)
        return getattr(image, name)

    def __eq__(self, other):
        return getattr(other, "pk", None) == self.pk and self.pk is not None

    def __hash__(self):
        return hash(self.pk)

    def __repr__(self):
        return f"<LazyImage {self.pk}>"
