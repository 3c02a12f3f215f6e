"""Uploads are checked by type and size, with the error in the editor's language.

Images count every frame of an animation toward the pixel limit, through every upload path.
"""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext
from PIL import Image as PILImage
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from pages.core.models import CustomDocument, CustomImage
from pages.core.uploads import check_image_pixels

from .admin_uploads import post_file


@pytest.fixture
def arabic_admin(admin_client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ar"
    profile.save()
    return admin_client


def upload(client, name, content):
    return post_file(client, "wagtaildocs:add", name, content, title="وثيقة")


@override_settings(DOCUMENT_MAX_UPLOAD_SIZE=1024)
def test_a_document_over_the_size_limit_is_refused_in_arabic(arabic_admin):
    response = upload(arabic_admin, "big.pdf", b"%PDF-1.4 " + b"x" * 2048)

    assert response.status_code == 200
    assert not CustomDocument.objects.exists()
    errors = response.context["form"].errors["file"]
    assert len(errors) == 1
    assert errors[0].startswith("حجم هذا الملف"), errors[0]
    assert response.context["form"]["title"].value() == "وثيقة"  # what was typed is kept


def test_a_document_of_a_refused_type_is_refused(arabic_admin):
    response = upload(arabic_admin, "script.exe", b"MZ")
    assert response.status_code == 200
    assert not CustomDocument.objects.exists()
    assert "file" in response.context["form"].errors


def test_a_document_within_the_limits_is_stored(arabic_admin):
    response = upload(arabic_admin, "recommendations.pdf", b"%PDF-1.4 small")
    assert response.status_code == 302
    assert CustomDocument.objects.get().title == "وثيقة"


def gif(width, height, frames):
    """A GIF of ``frames`` frames, each a pixel different from the last so Pillow keeps them all."""
    first = PILImage.new("P", (width, height), 0)
    first.putpalette([0, 0, 0, 255, 255, 255] + [0] * 762)
    images = []
    for index in range(frames):
        frame = first.copy()
        frame.putpixel((index, 0), 1)
        images.append(frame)
    buffer = io.BytesIO()
    images[0].save(buffer, format="GIF", save_all=True, append_images=images[1:], duration=50, loop=0)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def big_animation():
    """20 frames of 2000×2000: 80 megapixels in all, under 20 KB on disk."""
    data = gif(2000, 2000, 20)
    assert PILImage.open(io.BytesIO(data)).n_frames == 20
    return data


@pytest.fixture(scope="module")
def big_still():
    return gif(2000, 2000, 1)


def add_image(client, name, content):
    return post_file(client, "wagtailimages:add", name, content, title="صورة")


def add_images(client, name, content):
    return post_file(client, "wagtailimages:add_multiple", name, content)


def test_an_animation_over_the_pixel_limit_is_refused_in_arabic(arabic_admin, big_animation):
    response = add_image(arabic_admin, "animation.gif", big_animation)

    assert response.status_code == 200
    assert not CustomImage.objects.exists()
    with translation.override("ar"):
        expected = gettext(
            "This image has %(frames)s frames of %(width)s×%(height)s pixels, %(pixels)s pixels in all; "
            "an image may have at most %(max_pixels)s."
        ) % {
            "frames": "20",
            "width": "2000",
            "height": "2000",
            "pixels": number_format(80_000_000, force_grouping=True),
            "max_pixels": number_format(40_000_000, force_grouping=True),
        }
    assert response.context["form"].errors["file"] == [expected]


def test_an_animation_over_the_pixel_limit_is_refused_by_the_multiple_uploader(arabic_admin, big_animation):
    response = add_images(arabic_admin, "animation.gif", big_animation)

    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False
    assert "80" in data["error_message"] and "20" in data["error_message"], data
    assert "%(" not in data["error_message"]
    assert not CustomImage.objects.exists()


def test_an_animation_over_the_pixel_limit_cannot_replace_an_image(arabic_admin, big_animation):
    response = add_image(arabic_admin, "small.gif", gif(10, 10, 3))
    assert response.status_code == 302
    image = CustomImage.objects.get()
    original = image.file.name

    response = arabic_admin.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": "صورة",
            "file": SimpleUploadedFile("animation.gif", big_animation),
            "collection": Collection.get_first_root_node().pk,
        },
    )

    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    image.refresh_from_db()
    assert image.file.name == original


@pytest.mark.parametrize("send", [add_image, add_images], ids=["add", "multiple"])
def test_a_still_image_of_the_same_size_is_stored(admin_client, big_still, send):
    response = send(admin_client, "still.gif", big_still)

    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert response.json()["success"] is True
    image = CustomImage.objects.get()
    assert (image.width, image.height) == (2000, 2000)


@pytest.mark.parametrize("send", [add_image, add_images], ids=["add", "multiple"])
def test_a_small_animation_is_stored(admin_client, send):
    response = send(admin_client, "small.gif", gif(60, 40, 3))

    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert response.json()["success"] is True
    assert CustomImage.objects.get().width == 60


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=60 * 40 * 3)
def test_the_limit_counts_frames_exactly(admin_client):
    assert add_image(admin_client, "three.gif", gif(60, 40, 3)).status_code == 302
    response = add_image(admin_client, "four.gif", gif(60, 40, 4))
    assert response.status_code == 200
    assert "file" in response.context["form"].errors


def animation(image_format, frames=3):
    images = [PILImage.new("RGB", (64, 48), (index * 40, 0, 0)) for index in range(frames)]
    buffer = io.BytesIO()
    images[0].save(buffer, format=image_format, save_all=True, append_images=images[1:], duration=100)
    return buffer.getvalue()


@pytest.mark.parametrize("image_format", ["GIF", "PNG", "WEBP", "AVIF"])
def test_every_animated_format_counts_its_frames(image_format):
    file = io.BytesIO(animation(image_format))
    check_image_pixels(file, 64 * 48 * 3)
    with pytest.raises(ValidationError):
        check_image_pixels(file, 64 * 48 * 3 - 1)
    assert file.tell() == 0


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=64 * 48 * 2)
@pytest.mark.parametrize(("image_format", "name"), [("WEBP", "animation.webp"), ("PNG", "animation.png")])
def test_animated_webp_and_png_over_the_limit_are_refused(admin_client, image_format, name):
    response = add_image(admin_client, name, animation(image_format))
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not CustomImage.objects.exists()
