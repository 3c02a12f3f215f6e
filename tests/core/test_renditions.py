"""The renditions the public pages show are made when an image is saved, not by its first reader."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.template.base import Lexer
from django.template.utils import get_app_template_dirs
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import smart_split
from django_tasks import TaskResultStatus
from django_tasks.signals import task_enqueued
from django_tasks_db.models import DBTaskResult
from PIL import Image as PILImage
from wagtail.images.models import Filter

from pages.core.factories import ImageFactory
from pages.core.models import CustomImage, CustomRendition
from pages.core.renditions import PUBLIC_PICTURES, PUBLIC_RENDITION_SPECS, make_public_renditions
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory

ROOT = Path(settings.BASE_DIR).resolve()
IMAGE_TAGS = {"picture", "image", "srcset_image"}


def project_templates():
    folders = [Path(folder) for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])]
    folders += [Path(folder) for folder in get_app_template_dirs("templates")]
    for folder in folders:
        folder = folder.resolve()
        if folder.is_relative_to(ROOT) and not folder.is_relative_to(ROOT / ".venv"):
            yield from folder.rglob("*.html")


def specs_used_by(source):
    """The filter specs of each image tag in a template, as one string per tag."""
    for token in Lexer(source).tokenize():
        bits = list(smart_split(token.contents)) if token.token_type.name == "BLOCK" else []
        if not bits:
            continue
        if bits[0] in IMAGE_TAGS:
            specs = []
            for bit in bits[2:]:
                if bit == "as" or "=" in bit:
                    break
                specs.append(bit)
            yield " ".join(specs)
        elif bits[0] == "kept_rendition":
            spec = bits[2]
            assert re.fullmatch(r"([\"']).+\1", spec), f"kept_rendition needs a literal spec: {token.contents}"
            yield spec[1:-1]


def test_the_list_holds_exactly_the_specs_the_public_templates_use():
    used = {}
    for template in project_templates():
        for spec in specs_used_by(template.read_text(encoding="utf-8")):
            used.setdefault(spec, []).append(template.relative_to(ROOT).as_posix())

    assert "fill-1200x630" in used  # the scan reaches the shared templates and kept_rendition
    missing = {spec: where for spec, where in used.items() if spec not in PUBLIC_PICTURES}
    assert not missing, f"add these to pages.core.renditions.PUBLIC_PICTURES: {missing}"
    unused = set(PUBLIC_PICTURES) - set(used)
    assert not unused, f"no template uses these any more: {unused}"


def test_the_specs_expand_as_the_picture_tag_expands_them():
    assert "format-avif|fill-480x320" in PUBLIC_RENDITION_SPECS
    assert "format-webp|width-1200" in PUBLIC_RENDITION_SPECS
    assert "fill-1200x630" in PUBLIC_RENDITION_SPECS
    assert "fill-160x160" in PUBLIC_RENDITION_SPECS and "max-160x160" in PUBLIC_RENDITION_SPECS  # chapters
    assert len(PUBLIC_RENDITION_SPECS) == len(set(PUBLIC_RENDITION_SPECS)) == 4 + 4 + 6 + 1 + 2


@pytest.fixture(autouse=True)
def no_renditions_kept_by_earlier_tests():
    """Wagtail keeps renditions in the default cache when there is no "renditions" cache; an image of an
    earlier, rolled-back test can have had the same id."""
    cache.clear()


@pytest.fixture
def enqueued():
    """The image ids of make_public_renditions enqueued during the test."""
    ids = []

    def record(sender, task_result, **kwargs):
        if task_result.task.func is make_public_renditions.func:
            ids.append(task_result.args[0])

    task_enqueued.connect(record)
    yield ids
    task_enqueued.disconnect(record)


def specs_of(image):
    return set(CustomRendition.objects.filter(image=image).values_list("filter_spec", flat=True))


def test_saving_a_new_image_makes_every_public_rendition(db, django_capture_on_commit_callbacks, enqueued):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()

    assert enqueued == [image.pk]
    assert specs_of(image) == set(PUBLIC_RENDITION_SPECS)


def test_nothing_is_enqueued_before_the_transaction_commits(db, django_capture_on_commit_callbacks, enqueued):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        image = ImageFactory()

    assert enqueued == []
    assert len(callbacks) == 1
    assert not specs_of(image)


def test_editing_only_the_title_and_alt_text_enqueues_nothing(db, django_capture_on_commit_callbacks, enqueued):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()
    enqueued.clear()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        image = CustomImage.objects.get(pk=image.pk)
        image.title = "عنوان جديد"
        image.alt_text_ar = "وصف جديد"
        image.save()
        image.save(update_fields=["title"])

    assert enqueued == []
    assert callbacks == []


def test_editing_the_title_in_the_admin_enqueues_nothing(admin_client, django_capture_on_commit_callbacks, enqueued):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()
    enqueued.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {"title": "عنوان جديد", "alt_text_ar": "وصف", "collection": image.collection_id},
        )

    assert response.status_code == 302
    assert CustomImage.objects.get(pk=image.pk).title == "عنوان جديد"
    assert enqueued == []


def test_moving_the_focal_point_remakes_the_renditions(db, django_capture_on_commit_callbacks, enqueued):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()
    enqueued.clear()

    with django_capture_on_commit_callbacks(execute=True):
        image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 10, 10, 20, 20
        image.save()

    assert enqueued == [image.pk]
    new_key = Filter("fill-1200x630").get_cache_key(image)
    assert new_key
    assert CustomRendition.objects.filter(image=image, filter_spec="fill-1200x630", focal_point_key=new_key).exists()


def png(width, height, colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def test_replacing_the_file_in_the_admin_remakes_the_renditions(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()
    old_renditions = set(CustomRendition.objects.filter(image=image).values_list("pk", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {
                "title": image.title,
                "file": SimpleUploadedFile("new.png", png(300, 200, "red")),
                "collection": image.collection_id,
            },
        )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.width == 300
    # Wagtail deletes the old file's renditions when the file is replaced; the task runs after that.
    assert specs_of(image) == set(PUBLIC_RENDITION_SPECS)
    assert not old_renditions & set(CustomRendition.objects.filter(image=image).values_list("pk", flat=True))


def test_the_task_tolerates_an_image_deleted_before_it_ran(db):
    result = make_public_renditions.enqueue(987654321)

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 0


def test_a_public_page_shown_after_the_save_makes_no_rendition(client, home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()
        news_index = NewsIndexPageFactory(parent=home, slug="news")
        article = NewsArticlePageFactory(parent=news_index, main_image=image)
        home.hero_image = image
        home.save_revision().publish()
    assert specs_of(image) == set(PUBLIC_RENDITION_SPECS)
    # Images the fixtures made before this test's commit capture: the worker would have run for them too.
    for other in CustomImage.objects.exclude(pk=image.pk):
        make_public_renditions.call(other.pk)
    made = CustomRendition.objects.count()

    for url in (article.url, news_index.url, home.url):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert image.get_rendition("fill-1200x630").url in response.text or url != article.url
        writes = [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith("INSERT")]
        assert not [sql for sql in writes if CustomRendition._meta.db_table in sql], url
    assert CustomRendition.objects.count() == made


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_with_the_database_backend_the_worker_makes_them(db, django_capture_on_commit_callbacks, monkeypatch):
    # The worker closes connections it thinks stale; inside a test's transaction that would end the test.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()

    waiting = DBTaskResult.objects.filter(task_path=make_public_renditions.module_path)
    assert [result.args_kwargs["args"] for result in waiting] == [[image.pk]]
    assert not specs_of(image)  # nothing made in the request that saved the image

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    assert specs_of(image) == set(PUBLIC_RENDITION_SPECS)
    assert waiting.get().status == TaskResultStatus.SUCCESSFUL
