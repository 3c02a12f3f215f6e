"""A file posted to the admin as an editor's browser posts it: to Wagtail's add view of images or
documents, or to its multiple uploader (whose JavaScript sends one request per file)."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection


def post_file(client, view, name, content, title=None):
    """``view``: ``wagtailimages:add``, ``wagtailimages:add_multiple``, ``wagtaildocs:add`` …"""
    field = "files[]" if view.endswith(":add_multiple") else "file"
    data = {
        "title": title or name,
        field: SimpleUploadedFile(name, content),
        "collection": Collection.get_first_root_node().pk,
    }
    return client.post(reverse(view), data)
