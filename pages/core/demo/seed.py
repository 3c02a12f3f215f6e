"""Builds the demo content from pages.core.demo.content, idempotently.

Objects are found by natural keys (a page by its parent and Arabic slug, an image or a document by its
title in the Demo collection) and only written when they differ from the specs, so a second run creates
no rows and no revisions.
"""

import functools
import io
import json
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.utils.file import hash_filelike

from pages.core.models import SiteSettings

from ..translation import sync_translation
from . import content
from .emblems import render_portrait
from .images import BLUE, render_jpeg
from .spec import ImageRef, Refs, T

COLLECTION_NAME = "المحتوى التجريبي"  # Arabic, like the admin the demo admin uses
# Wagtail's "Welcome to your new Wagtail site!" page, which a fresh database has as its site root.
WELCOME_PAGE_SLUG = "home"


class DemoConflictError(Exception):
    """The database holds something where the demo content needs a page of another type."""


@dataclass
class SeedReport:
    counts: Counter = field(default_factory=Counter)  # ("page", "created"), ("translation", "unchanged"), ...
    notes: list = field(default_factory=list)

    def count(self, kind, outcome):
        self.counts[(kind, outcome)] += 1

    def summary(self, kind):
        outcomes = [f"{self.counts[(kind, outcome)]} {outcome}" for outcome in ("created", "updated", "unchanged")]
        total = sum(self.counts[(kind, outcome)] for outcome in ("created", "updated", "unchanged"))
        return f"{total} ({', '.join(outcomes)})"


class DemoSeeder:
    def __init__(self):
        self.report = SeedReport()
        self.arabic = Locale.objects.get(language_code="ar")
        self.english = Locale.objects.get_or_create(language_code="en")[0]
        self.pages = {}  # (spec key, language) -> page
        self.changed_sources = set()  # keys of the Arabic pages this run created or updated
        self.created_sources = set()

    @transaction.atomic
    def run(self):
        collection = self.demo_collection()
        images = {spec.key: self.ensure_image(spec, collection) for spec in content.IMAGES}
        images.update(self.ensure_portraits(collection))
        documents = {spec.key: self.ensure_document(spec, collection) for spec in content.DOCUMENTS}
        self.refs = Refs(images, documents, self.pages)

        self.locate_existing_pages()
        # A call to action can point at a page created later in the list: such pages are written twice.
        second_pass = [spec for spec in content.PAGES if self.ensure_source(spec)]
        for spec in second_pass:
            self.ensure_source(spec)
        site = Site.objects.get(is_default_site=True)
        self.install_site_root(site)

        outcomes = {}
        second_pass = [spec for spec in content.PAGES if self.ensure_translation(spec, outcomes)]
        for spec in second_pass:
            self.ensure_translation(spec, outcomes)
        for outcome in outcomes.values():
            self.report.count("translation", outcome)

        from .institutions import seed_institutions  # it imports this module

        seed_institutions(self)
        self.ensure_site_settings(site)
        return self.report

    # Media

    def demo_collection(self):
        root = Collection.get_first_root_node()
        return root.get_children().filter(name=COLLECTION_NAME).first() or root.add_child(name=COLLECTION_NAME)

    def ensure_image(self, spec, collection):
        metadata = {
            "alt_text_ar": spec.alt_text.ar,
            "alt_text_en": spec.alt_text.en,
            "caption_ar": spec.caption.ar,
            "caption_en": spec.caption.en,
        }
        return self.ensure_image_file(
            spec.title,
            collection,
            metadata,
            render=lambda: render_jpeg(spec.motif, seed=spec.key),
            filename=f"multaqa-demo-{spec.key}.jpg",
        )

    def ensure_portraits(self, collection):
        """The ISOC board's photos: portrait placeholders, {image key: image}."""
        portraits = {}
        for key, (name, name_latin) in content.chapters.BOARD_PORTRAITS.items():
            metadata = {
                "alt_text_ar": f"صورة رمزية لـ{name}",
                "alt_text_en": f"Placeholder portrait of {name_latin}",
                "caption_ar": name,
                "caption_en": name_latin,
            }
            render = functools.partial(render_portrait, name_latin, BLUE)
            portraits[key] = self.ensure_image_file(
                f"صورة {name}", collection, metadata, render=render, filename=f"multaqa-demo-{key}.jpg"
            )
        return portraits

    def ensure_image_file(self, title, collection, metadata, *, render, filename):
        """The image titled ``title`` in ``collection`` with ``metadata`` (alt text, caption) and the demo's
        credit; ``render()`` gives its JPEG bytes when the file has to be written."""
        image_model = get_image_model()
        image = image_model.objects.filter(title=title, collection=collection).first()
        metadata = {**metadata, "credit_ar": content.media.CREDIT.ar, "credit_en": content.media.CREDIT.en}
        if image is None:
            image = image_model(title=title, collection=collection, **metadata)
            _attach_image_file(image, render(), filename)
            image.save()
            self.report.count("image", "created")
            return image
        changed = assign_differing(image, metadata)
        if not image.file.storage.exists(image.file.name):
            _attach_image_file(image, render(), filename)
            changed = True
        if changed:
            image.save()
        self.report.count("image", "updated" if changed else "unchanged")
        return image

    def ensure_document(self, spec, collection):
        document_model = get_document_model()
        data = spec.text.encode("utf-8-sig")  # the byte order mark lets browsers pick UTF-8 for plain text
        data_hash = hash_filelike(io.BytesIO(data))
        document = document_model.objects.filter(title=spec.title, collection=collection).first()
        values = {"description_ar": spec.description.ar, "description_en": spec.description.en}
        outcome = "unchanged"
        if document is None:
            document = document_model(title=spec.title, collection=collection, **values)
            outcome = "created"
        elif assign_differing(document, values):
            outcome = "updated"
        if (
            outcome == "created"
            or document.file_hash != data_hash
            or not document.file.storage.exists(document.file.name)
        ):
            document.file = ContentFile(data, name=spec.filename)
            document.file_size, document.file_hash = len(data), data_hash
            outcome = "created" if outcome == "created" else "updated"
        if outcome != "unchanged":
            document.save()
        self.report.count("document", outcome)
        return document

    # Arabic pages

    def ensure_source(self, spec):
        """Create or update the Arabic page; True if it links to a page that does not exist yet."""
        model = apps.get_model(spec.model)
        parent = Page.get_first_root_node() if spec.parent is None else self.pages[(spec.parent, "ar")]
        page = self.find_source(spec, model, parent)
        values = {"title": spec.title.ar, "slug": spec.slug.ar}
        values.update({name: self.source_value(value) for name, value in spec.fields.items()})
        self.refs.missing_pages.clear()
        body = spec.stream_data("ar", self.refs) if _has_body(model) else None
        links_missing_page = bool(self.refs.missing_pages)

        if page is None:
            page = model(locale=self.arabic, **values)
            if body is not None:
                page.body = body
            if spec.tags:
                page.tags.set(spec.tag_names("ar"))
            self.set_children(page, spec)
            parent.add_child(instance=page)
            page.save_revision().publish()
            outcome = "created"
        else:
            changed = assign_differing(page, values)
            if body is not None and _stream_json(model, page.body.get_prep_value()) != _stream_json(model, body):
                page.body = body
                changed = True
            if spec.tags and sorted(page.tags.names()) != spec.tag_names("ar"):
                page.tags.set(spec.tag_names("ar"))
                changed = True
            changed = self.set_children(page, spec) or changed
            if changed:
                page.save_revision().publish()
            outcome = "updated" if changed else "unchanged"
        if outcome != "unchanged":
            self.changed_sources.add(spec.key)
        if not links_missing_page:
            self.report.count("page", "created" if spec.key in self.created_sources else outcome)
        if outcome == "created":
            self.created_sources.add(spec.key)
        self.pages[(spec.key, "ar")] = page
        return links_missing_page

    def set_children(self, page, spec):
        """Give the Arabic page the children of ``spec`` (matched by translation_key, updated in place);
        True if anything differed."""
        changed = False
        for relation, child_specs in spec.children.items():
            child_model = page._meta.get_field(relation).related_model
            existing = {child.translation_key: child for child in getattr(page, relation).all()}
            children = []
            for order, child_spec in enumerate(child_specs):
                child = existing.pop(child_spec.translation_key, None)
                if child is None:
                    child = child_model(translation_key=child_spec.translation_key, locale=self.arabic)
                    changed = True
                values = {name: self.source_value(value) for name, value in child_spec.fields.items()}
                changed = assign_differing(child, {**values, "sort_order": order}) or changed
                children.append(child)
            changed = changed or bool(existing)
            setattr(page, relation, children)
        return changed

    def locate_existing_pages(self):
        """Find the Arabic pages a previous run made, so links between them resolve in the first pass."""
        for spec in content.PAGES:
            parent = Page.get_first_root_node() if spec.parent is None else self.pages.get((spec.parent, "ar"))
            page = parent and self.find_source(spec, apps.get_model(spec.model), parent)
            if page is not None:
                self.pages[(spec.key, "ar")] = page
            english = page and page.get_translation_or_none(self.english)
            if english is not None:
                self.pages[(spec.key, "en")] = english

    def find_source(self, spec, model, parent):
        if spec.parent is None:
            site_root = Site.objects.get(is_default_site=True).root_page.specific
            if isinstance(site_root, model) and site_root.locale_id == self.arabic.pk:
                return site_root
            return model.objects.filter(locale=self.arabic).first()
        # child_of, not get_children: that trusts numchild, stale when a service added the child (onboarding).
        page = Page.objects.child_of(parent).filter(slug=spec.slug.ar).first()
        if page is None:
            return None
        page = page.specific
        if not isinstance(page, model):
            raise DemoConflictError(
                f"{page.url_path} is a {type(page).__name__}, the demo content expects a {model.__name__}"
            )
        return page

    def source_value(self, value):
        if isinstance(value, T):
            return value.ar
        if isinstance(value, ImageRef):
            return self.refs.images[value.key]
        return value

    def install_site_root(self, site):
        """Make the Arabic home the default site's root and delete Wagtail's welcome page."""
        home = self.pages[("home", "ar")]
        if site.root_page_id != home.pk:
            site.root_page = home
            site.save()
            self.report.notes.append("the Arabic home page is now the default site's root")
        welcome_pages = Page.objects.filter(
            depth=2,
            slug=WELCOME_PAGE_SLUG,
            numchild=0,
            content_type=ContentType.objects.get_for_model(Page),
        ).exclude(sites_rooted_here__isnull=False)
        for page in welcome_pages:
            page.delete()
            self.report.notes.append("Wagtail's welcome page was deleted")

    # English translations

    def ensure_translation(self, spec, outcomes):
        """Create or update the English translation; True if a page it links to is not translated yet.

        ``outcomes`` maps each spec key to "created", "updated" or "unchanged" across both passes.
        """
        source = Page.objects.get(pk=self.pages[(spec.key, "ar")].pk).specific  # fresh: numchild and revisions
        self.refs.missing_pages.clear()
        english = self.english_instance(spec, type(source))
        links_untranslated_page = bool(self.refs.missing_pages)

        existed = source.get_translation_or_none(self.english) is not None
        target, saved = sync_translation(
            source, english, self.english, source_changed=spec.key in self.changed_sources
        )
        tags_differ = bool(spec.tags) and sorted(target.tags.names()) != spec.tag_names("en")
        if tags_differ:
            # Tags are not synchronised (NewsArticlePage.override_translatable_fields): each language keeps its own.
            target.tags.set(spec.tag_names("en"))
            target.save_revision().publish()
        elif saved or not target.live:
            (target.get_latest_revision() or target.save_revision()).publish()

        outcome = "unchanged" if not (saved or tags_differ) else "updated" if existed else "created"
        if outcomes.get(spec.key) in (None, "unchanged") or outcome == "created":
            outcomes[spec.key] = outcome
        self.pages[(spec.key, "en")] = target
        return links_untranslated_page

    def english_instance(self, spec, model):
        """An unsaved page holding the English values, to pair with the Arabic page's strings."""
        page = model(title=spec.title.en, slug=spec.slug.en)
        for name, value in spec.fields.items():
            # Synchronised values too: wagtail-localize reads them (an image, the chapter's institution).
            setattr(page, name, value.en if isinstance(value, T) else self.source_value(value))
        if _has_body(model):
            page.body = spec.stream_data("en", self.refs)
        for relation, child_specs in spec.children.items():
            child_model = model._meta.get_field(relation).related_model
            children = []
            for child_spec in child_specs:
                child = child_model(translation_key=child_spec.translation_key)
                for name, value in child_spec.fields.items():
                    setattr(child, name, value.en if isinstance(value, T) else self.source_value(value))
                children.append(child)
            setattr(page, relation, children)
        return page

    # Settings

    def ensure_site_settings(self, site):
        settings = SiteSettings.for_site(site)
        pages = {f"{name}_id": self.pages[(key, "ar")].pk for name, key in content.FOOTER_PAGES.items()}
        if assign_differing(settings, {**content.SITE_SETTINGS, **pages}):
            settings.save()
            self.report.notes.append("site settings were updated")


def _attach_image_file(image, data, filename):
    image.file = ImageFile(io.BytesIO(data), name=filename)
    image.file_size = len(data)
    image.file_hash = hash_filelike(io.BytesIO(data))


def assign_differing(obj, values):
    """Set the attributes that differ; True if any did."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _has_body(model):
    return any(field.name == "body" for field in model._meta.get_fields())


def _stream_json(model, data):
    """StreamField data in the form it is stored in, to compare a page's body with the specs'."""
    stream_block = model._meta.get_field("body").stream_block
    return json.dumps(stream_block.get_prep_value(stream_block.to_python(data)), sort_keys=True)
