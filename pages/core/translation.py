"""Keeps a page's wagtail-localize translation filled with given English values (the demo seed and
institution onboarding).

The English values come as an unsaved instance of the page's class built from the same specs, with the
same StreamField block ids. Extracting wagtail-localize's segments from both the Arabic page and that
instance pairs every Arabic string with its English one by content path and position: these pairs are
imported as the translation's PO file. Page choosers whose English value differs (a call to action that
should open the English page) become segment overrides. The translation is saved only when its source,
its strings or its overrides changed, so a run that changes nothing creates no revision.
"""

import json
from collections import defaultdict

import polib
from django.core.serializers.json import DjangoJSONEncoder
from wagtail_localize.models import SegmentOverride, Translation, TranslationContext, TranslationSource
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class ContentMismatchError(ValueError):
    """The Arabic and English values of a page do not have the same structure."""


def sync_translation(source_page, english, locale, *, source_changed=False):
    """Translate ``source_page`` into ``locale`` with the strings of ``english``.

    Returns ``(translated page, saved)``; when ``saved`` the translation has a new, unpublished revision.
    """
    strings, overrides = pair_segments(source_page, english)
    source, _ = TranslationSource.update_or_create_from_instance(source_page)
    translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
    changed = created or source_changed
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
        changed = True
    changed = _import_strings(translation, strings) or changed
    changed = _set_overrides(source, locale, overrides) or changed

    target = source_page.get_translation_or_none(locale)
    if target is not None and not changed:
        return target.specific, False
    translation.save_target(publish=False)
    return source_page.get_translation(locale).specific, True


def pair_segments(source_page, english):
    """``({(context path, Arabic string): English string}, {context path: English override})``."""
    arabic_strings, arabic_overrides = _segments(source_page)
    english_strings, english_overrides = _segments(english)
    if arabic_strings.keys() != english_strings.keys():
        missing = sorted(arabic_strings.keys() ^ english_strings.keys())
        raise ContentMismatchError(f"{source_page.slug}: text present in only one language at {missing}")
    strings = {}
    for path, arabic in arabic_strings.items():
        if len(arabic) != len(english_strings[path]):
            raise ContentMismatchError(
                f"{source_page.slug}: {path} has {len(arabic)} Arabic and {len(english_strings[path])} English strings"
            )
        strings.update(zip(((path, text) for text in arabic), english_strings[path], strict=True))
    overrides = {
        path: value for path, value in english_overrides.items() if arabic_overrides.get(path, value) != value
    }
    return strings, overrides


def _segments(instance):
    strings = defaultdict(list)
    overrides = {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
        elif isinstance(segment, OverridableSegmentValue):
            overrides[segment.path] = segment.data
    return strings, overrides


def _import_strings(translation, strings):
    """Import the English strings that differ from the translation's current ones; True if any did."""
    current = translation.export_po()
    po = polib.POFile(wrapwidth=200)
    po.metadata = current.metadata
    for entry in current:
        if entry.obsolete:
            continue
        english = strings.get((entry.msgctxt, entry.msgid))
        if english is None:
            raise ContentMismatchError(f"no English for {entry.msgctxt!r}: {entry.msgid!r}")
        if entry.msgstr != english:
            po.append(polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=english))
    if not po:
        return False
    if warnings := translation.import_po(po):
        raise ContentMismatchError(f"{translation.source.object_repr}: {warnings}")
    return True


def _set_overrides(source, locale, overrides):
    changed = False
    for path, value in overrides.items():
        context = TranslationContext.objects.get(object_id=source.object_id, path=path)
        existing = SegmentOverride.objects.filter(locale=locale, context=context).first()
        if existing is not None and existing.data == value and not existing.has_error:
            continue
        SegmentOverride.objects.update_or_create(
            locale=locale,
            context=context,
            defaults={"data_json": json.dumps(value, cls=DjangoJSONEncoder), "has_error": False, "field_error": ""},
        )
        changed = True
    return changed
