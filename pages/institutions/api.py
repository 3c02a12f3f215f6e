"""The admin API's image and document endpoints, narrowed to what the user may choose.

Wagtail's admin API (``/admin/api/main/images/``, ``…/documents/``) lists every collection's media to anyone
who may enter the admin; the choosers and listings show only the collections a user holds a permission on.
These endpoints list, find and show only the media the user may choose (all of it for CMC staff, whose
groups may choose in the root collection).
"""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from .choosing import choosable


class ChoosableMixin:
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=choosable(self.model, self.request.user).values("pk"))


class ChoosableImagesAPIViewSet(ChoosableMixin, ImagesAdminAPIViewSet):
    """Images of the collections the user may choose from."""


class ChoosableDocumentsAPIViewSet(ChoosableMixin, DocumentsAdminAPIViewSet):
    """Documents of the collections the user may choose from."""


def register_endpoints(router):
    router.register_endpoint("images", ChoosableImagesAPIViewSet)
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)
