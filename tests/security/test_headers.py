"""Every response carries a Content-Security-Policy and a Permissions-Policy, and public HTML needs no inline code.

The public site: no 'unsafe-inline', no 'unsafe-eval', nothing framing it; its HTML has no style="",
no <style> and no inline <script>. The admin (and the previews it frames): the policy written out below,
so that widening it is a visible change to this file.
"""

import datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.embeds.models import Embed
from wagtail.models import Page, Site, get_page_models
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from pages.core.factories import DocumentFactory, translate_page
from pages.core.models import SiteSettings
from pages.core.security_headers import permissions_policy_header
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory
from tests.chapters.tree import build_chapters

ADMIN_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", "https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
PUBLIC_POLICY = {
    **ADMIN_POLICY,
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "frame-src": ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "frame-ancestors": ["'none'"],
}
DATA_BLOCK_TYPES = ("application/json", "application/ld+json")
FEATURES_OFF = ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]


@pytest.fixture
def tree(home, home_en):
    """Every public page type, in Arabic and English, and the site settings the footer shows."""
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"name_ar": "ملتقى", "name_en": "Multaqa", "short_number": "5050", "email": "multaqa@cmc.example"},
    )
    about = StandardPageFactory(parent=home, title="عن الملتقى", slug="about", show_in_menus=True)
    news = NewsIndexPageFactory(parent=home, title="الأخبار", slug="news", show_in_menus=True)
    forum = NewsArticlePageFactory(
        parent=news, title="منتدى", slug="forum", date=datetime.date(2025, 3, 12), summary="ملخص", tags=["منتدى"]
    )
    chapters = build_chapters(home)
    return {
        **{key: page for key, page in chapters.items() if isinstance(page, Page)},
        "home": home,
        "home_en": home_en,
        "about": about,
        "about_en": translate_page(about, title="About", slug="about"),
        "news": news,
        "news_en": translate_page(news, title="News", slug="news"),
        "forum": forum,
        "forum_en": translate_page(forum, title="Forum", slug="forum", summary="Summary"),
    }


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]} (django-csp writes them in no set order)."""
    header = response["Content-Security-Policy"]
    directives = [part.split() for part in header.split(";") if part.strip()]
    return {name: sources for name, *sources in directives}


def assert_permissions_policy(response):
    allowed = dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))
    for feature in FEATURES_OFF:
        assert allowed[feature] == "()", feature


def public_urls(tree):
    tag = tree["forum"].tags.first().slug
    return [
        *(page.url for page in tree.values()),
        "/ar/search/?q=%D9%85%D9%86%D8%AA%D8%AF%D9%89",
        "/en/search/?q=forum",
        f"/ar/news/?tag={tag}",
        "/ar/chapters/directory/",
        "/en/chapters/directory/",
        "/ar/chapters/?kind=ministry&q=%D9%88%D8%B2%D8%A7%D8%B1%D8%A9",
        "/ar/no-such-page/",
        "/en/no-such-page/",
    ]


def inline_code(response):
    """The style attributes, <style> elements, event handler attributes and inline scripts of a page.

    A JSON data block (<script type="application/json">, as Wagtail's user bar carries its settings in)
    is never run, so no policy concerns it."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    found = [f"style= on <{tag.name}>" for tag in soup.find_all(style=True)]
    found += ["<style>" for _ in soup.find_all("style")]
    found += [
        f"inline <script type={script.get('type')}>"
        for script in soup.find_all("script")
        if not script.get("src") and script.get("type") not in DATA_BLOCK_TYPES
    ]
    found += [
        f"on* handler on <{tag.name}>" for tag in soup.find_all(lambda t: any(a.startswith("on") for a in t.attrs))
    ]
    return found


@pytest.mark.django_db
def test_the_tree_holds_every_page_type_in_both_languages(tree):
    """A new page type must join ``tree``, or its templates are never checked for inline code."""
    page_types = {model for model in get_page_models() if model is not Page}
    for language in ("ar", "en"):
        in_tree = {type(page) for page in tree.values() if page.locale.language_code == language}
        missing = {model._meta.label for model in page_types - in_tree}
        assert not missing, f"Page types without a {language} page in test_headers.tree: {missing}"


@pytest.mark.django_db
def test_every_public_page_type_in_both_languages_has_the_strict_policy_and_no_inline_code(client, tree):
    for url in public_urls(tree):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert response["Content-Type"].startswith("text/html"), url

        assert policy(response) == PUBLIC_POLICY, url
        header = response["Content-Security-Policy"]
        assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header, url
        assert_permissions_policy(response)
        assert inline_code(response) == [], url


@pytest.mark.django_db
def test_a_signed_in_editor_gets_the_public_policy_and_a_user_bar_without_inline_code(admin_client, tree):
    response = admin_client.get(tree["about"].url)

    assert "wagtail-userbar" in response.content.decode()
    assert policy(response) == PUBLIC_POLICY
    assert inline_code(response) == []


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["wagtailadmin_login", "wagtailadmin_password_reset"])
def test_the_admin_sign_in_pages_have_the_admin_policy(client, url_name):
    response = client.get(reverse(url_name))

    assert response.status_code == 200
    assert policy(response) == ADMIN_POLICY
    assert_permissions_policy(response)


@pytest.mark.django_db
def test_admin_pages_have_the_admin_policy(admin_client, tree):
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[tree["home"].pk]),
        reverse("wagtailadmin_pages:edit", args=[tree["about"].pk]),
        reverse("wagtailimages:index"),
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert policy(response) == ADMIN_POLICY, url
        assert_permissions_policy(response)


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["about", "about_en", "forum"])
def test_a_preview_has_the_admin_policy_that_lets_the_editor_frame_it(admin_client, tree, key):
    """Wagtail renders a preview through the middleware again with a request at the page's public URL;
    the policy must still be the admin's (frame-ancestors 'self'), or the preview panel stays blank."""
    page = tree[key]
    edit_page = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    data = querydict_from_html(edit_page.content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([("paragraph", rich_text("<p>معاينة Preview</p>"))])}))
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert admin_client.post(preview_url, data).json()["is_valid"]

    response = admin_client.get(preview_url, {"in_preview_panel": "true"})

    assert response.status_code == 200
    assert "معاينة Preview" in response.content.decode()
    assert policy(response) == ADMIN_POLICY


@pytest.mark.django_db
def test_other_responses_carry_both_headers(client, tree):
    for url in ("/robots.txt", "/sitemap.xml", tree["news"].url + "feed/rss/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert policy(response) == PUBLIC_POLICY, url
        assert_permissions_policy(response)


@pytest.mark.django_db
def test_a_document_keeps_wagtails_own_policy(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = DocumentFactory()

    response = client.get(document.url)
    response.close()  # the file it streams

    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert_permissions_policy(response)


@pytest.mark.parametrize(
    "width,height,shape",
    [(640, 360, "wide"), (640, 480, "classic"), (500, 500, "square"), (360, 640, "portrait")],
)
def test_embeds_get_their_shape_from_a_class_not_an_inline_style(width, height, shape, settings):
    settings.WAGTAILEMBEDS_RESPONSIVE_HTML = True
    embed = Embed(url="https://www.youtube.com/watch?v=x", html="<iframe src='https://x'></iframe>")
    embed.width, embed.height = width, height

    soup = BeautifulSoup(render_to_string("wagtailembeds/embed_frontend.html", {"embed": embed}), "html.parser")

    frame = soup.find("div")
    assert frame["class"] == ["embed-frame", f"embed-frame--{shape}"]
    assert not soup.find_all(style=True)
    assert soup.find("iframe")


def test_the_stylesheet_shapes_every_embed_class():
    css = Path(finders.find("css/multaqa.css")).read_text(encoding="utf-8")
    for shape in ("classic", "square", "portrait"):
        assert f".embed-frame--{shape} iframe" in css


def test_permissions_policy_header_lists_each_feature_with_its_allowed_origins():
    assert permissions_policy_header({"camera": [], "fullscreen": ["self"]}) == "camera=(), fullscreen=(self)"


@pytest.mark.django_db
@pytest.mark.urls("tests.security.urls_without_admin")
def test_a_urlconf_without_the_admin_gets_the_public_policy(client):
    response = client.get("/hello/")

    assert response.status_code == 200
    assert policy(response) == PUBLIC_POLICY
