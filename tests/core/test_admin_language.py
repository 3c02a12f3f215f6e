"""Text edited in the admin is in its page's language, whatever the editor's admin language.

Wagtail puts the locale of the page being edited or created into its ``wagtail-config`` data
(ACTIVE_CONTENT_LOCALE); cms/static/admin/content-direction.js reads it and gives every text field the
locale's lang and dir (tests/browser/test_admin_direction.py checks what the browser shows). These tests pin
what the script relies on: the locale in that data, the script with the right-to-left languages, and
wagtail-localize's translation editor naming its source and target locales.

Also the admin's own words for this site in the admin's language: the tree's root shown as "Pages"
(pages/core/tree_root.py) with the Arabic home listed first, and the site name.
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


def admin_html(client, url, **headers):
    response = client.get(url, **headers)
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


@pytest.mark.parametrize("language, pages", [("ar", "الصفحات"), ("en", "Pages")])
def test_the_tree_root_is_named_like_the_pages_menu_in_the_admins_language(
    admin_client, admin_language, home, language, pages
):
    admin_language(language)
    root = home.get_parent()

    listing = admin_html(admin_client, reverse("wagtailadmin_explore_root"))
    edit_form = admin_html(admin_client, reverse("wagtailadmin_pages:edit", args=[home.pk]))
    api = admin_client.get(f"/admin/api/main/pages/{home.pk}/").json()

    assert f"<title>{'استكشاف' if language == 'ar' else 'Exploring'}: {pages} - " in listing
    assert re.search(rf'<a [^>]*href="{reverse("wagtailadmin_explore_root")}"[^>]*>\s*{pages}\s*</a>', edit_form)
    assert api["meta"]["parent"]["title"] == root.title  # the stored title stays Wagtail's
    assert not re.search(r"\bRoot\b", re.sub(r"<script.*?</script>", "", listing + edit_form, flags=re.S))


def test_the_root_lists_the_arabic_home_above_its_translation_even_when_that_was_edited_last(
    admin_client, admin_language, home, home_en
):
    admin_language("en")
    home_en.save_revision().publish()

    listing = admin_html(admin_client, reverse("wagtailadmin_explore_root"))

    assert listing.index(f'href="{reverse("wagtailadmin_pages:edit", args=[home.pk])}"') < listing.index(
        f'href="{reverse("wagtailadmin_pages:edit", args=[home_en.pk])}"'
    )


def test_other_pages_keep_wagtails_title_and_ordering(home):
    assert home.get_admin_display_title() == home.title
    assert home.get_admin_default_ordering() == "-latest_revision_created_at"


@pytest.mark.parametrize("language, site_name", [("ar", "ملتقى"), ("en", "Multaqa")])
def test_the_admin_names_the_site_in_the_admins_language(admin_client, admin_language, client, language, site_name):
    admin_language(language)

    dashboard = admin_html(admin_client, reverse("wagtailadmin_home"))
    login = admin_html(client, reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE=language)

    assert re.search(rf"<h1[^>]*>\s*{site_name}\s*</h1>", dashboard), "the dashboard's welcome"
    assert re.search(rf"<title>[^<]* - {site_name}</title>", dashboard), "the browser tab"
    assert ("تسجيل الدخول إلى ملتقى" if language == "ar" else "Sign in to Multaqa") in login
