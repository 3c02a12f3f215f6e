"""Text edited in the admin is in its page's language, whatever the editor's admin language.

Wagtail puts the locale of the page being edited or created into its ``wagtail-config`` data
(ACTIVE_CONTENT_LOCALE); cms/static/admin/content-direction.js reads it and gives every text field the
locale's lang and dir (tests/browser/test_admin_direction.py checks what the browser shows). These tests pin
what the script relies on: the locale in that data, the script with the right-to-left languages, and
wagtail-localize's translation editor naming its source and target locales.
"""

import json
import re
from html import unescape

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from pages.standard.factories import StandardPageFactory


@pytest.fixture
def admin_language(admin_user):
    def set_language(language):
        profile = UserProfile.get_for_user(admin_user)
        profile.preferred_language = language
        profile.save()

    return set_language


def admin_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def content_locale(html):
    config = re.search(r'<script id="wagtail-config" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(config.group(1)).get("ACTIVE_CONTENT_LOCALE")


def loads_the_direction_script(html):
    return bool(
        re.search(r'<script src="[^"]*admin/content-direction\.[^"]*js" data-rtl-languages="ar" defer>', html)
        and re.search(r'<link rel="stylesheet" href="[^"]*admin/content-direction\.[^"]*css">', html)
    )


def admin_direction(html):
    return re.search(r"<html [^>]*lang=\"(\w+)\" dir=\"(\w+)\"", html).groups()


@pytest.mark.parametrize(
    "admin, page_language",
    [("en", "ar"), ("ar", "en")],
    ids=["arabic-page-in-an-english-admin", "english-page-in-an-arabic-admin"],
)
def test_the_edit_form_carries_the_pages_language_not_the_admins(
    admin_client, admin_language, home, home_en, admin, page_language
):
    admin_language(admin)
    page = StandardPageFactory(parent=home if page_language == "ar" else home_en)

    html = admin_html(admin_client, reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert admin_direction(html) == ((admin, "rtl") if admin == "ar" else (admin, "ltr"))
    assert content_locale(html) == page_language
    assert loads_the_direction_script(html)


@pytest.mark.parametrize("parent_language", ["ar", "en"])
def test_the_create_form_carries_the_parents_language(admin_client, admin_language, home, home_en, parent_language):
    admin_language("en" if parent_language == "ar" else "ar")
    parent = home if parent_language == "ar" else home_en

    html = admin_html(admin_client, reverse("wagtailadmin_pages:add", args=["standard", "standardpage", parent.pk]))

    assert content_locale(html) == parent_language
    assert loads_the_direction_script(html)


def test_the_translation_editor_names_its_source_and_target_languages(admin_client, admin_language, home, locale_en):
    admin_language("ar")
    page = StandardPageFactory(parent=home, title="صفحة للترجمة")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale_en)
    translation.save_target(publish=True)
    target = page.get_translation(locale_en)

    html = admin_html(admin_client, reverse("wagtailadmin_pages:edit", args=[target.pk]))

    editor = re.search(r'<div class="js-translation-editor" data-props="([^"]*)"', html)
    props = json.loads(unescape(editor.group(1)))
    assert (props["sourceLocale"]["code"], props["locale"]["code"]) == ("ar", "en")
    assert loads_the_direction_script(html)


def test_admin_pages_without_an_edit_form_do_not_load_the_script(admin_client, home):
    assert not loads_the_direction_script(admin_html(admin_client, reverse("wagtailadmin_home")))
