"""manage.py seed_demo: the bilingual demo tree, its media and settings, and a second run that changes nothing."""

import gc
import io
import json
import re
import warnings
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from taggit.models import Tag
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
    ReferenceIndex,
    Revision,
    Site,
    Workflow,
)
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import HomePage
from pages.chapters.models import InstitutionChapterPage, InstitutionIndexPage, IsocChapterPage
from pages.core.demo.content import IMAGES
from pages.core.demo.seed import COLLECTION_NAME
from pages.core.models import CustomDocument, CustomImage, SiteSettings
from pages.core.translation import ContentMismatchError, pair_segments
from pages.institutions.models import Institution, LiaisonMember
from pages.news.models import NewsArticlePage, NewsIndexPage
from pages.standard.models import StandardPage

from .test_query_counts import MAX_QUERIES, listing, queries_of_a_warm_render

ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
ACCOUNTS_PASSWORD = "demo institution password"
ILLUSTRATION_TITLES = {spec.title for spec in IMAGES}
POLICY_SLUGS = ("accessibility", "privacy", "terms")
COUNTED_MODELS = (
    Page,
    Revision,
    CustomImage,
    CustomDocument,
    Collection,
    Translation,
    TranslationSource,
    StringTranslation,
    Tag,
    Institution,
    LiaisonMember,
    Group,
    GroupPagePermission,
    GroupCollectionPermission,
    Workflow,
    Site,
    PageViewRestriction,
)


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def body_text(page):
    """The body's stored JSON (rendering it would make image renditions)."""
    body = getattr(page, "body", None)
    return json.dumps(list(body.raw_data), ensure_ascii=False) if body is not None else ""


def collect_garbage_quietly():
    """Wagtail leaves the temporary file of each new image rendition to the garbage collector, whose
    ResourceWarning would surface as an error in whichever test happens to trigger a collection."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def row_counts():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


@dataclass
class SeedRuns:
    first_output: str
    second_output: str
    counts_after_first: dict
    counts_after_second: dict
    first_render_statuses: dict
    accounts_output: str


RENDERED_URLS = [
    "/ar/",
    "/en/",
    "/ar/news/",
    "/en/news/",
    "/en/news/?page=2",
    "/ar/news/first-it-forum-state-institutions/",
    "/en/news/first-it-forum-state-institutions/",
    "/ar/about/",
    "/ar/about/first-it-forum/",
    "/en/about/first-it-forum/",
    "/en/contact/",
    "/ar/accessibility/",
    "/en/privacy/",
    "/en/terms/",
    "/ar/news/isoc-iraq-chapter-founding-meeting/",
    "/ar/isoc-iraq/",
    "/en/isoc-iraq/",
    "/ar/chapters/",
    "/en/chapters/",
    "/ar/chapters/moc/",
    "/en/chapters/moc/",
    "/ar/chapters/basra/news/",
    "/en/chapters/moc/news/moc-security-course/",
]


def render_once(urls):
    """The status of each page's first render, which makes its image renditions (the slow part, done once
    for the class: the tests' own renders find them). The garbage collector waits until the renditions'
    temporary files can be dropped quietly (see collect_garbage_quietly)."""
    client = Client()
    gc.disable()
    try:
        return {url: client.get(url).status_code for url in urls}
    finally:
        gc.enable()
        collect_garbage_quietly()


# Class-scoped: the seeded content is visible to the tests of TestSeededDemo only.
@pytest.fixture(scope="class")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        transaction.atomic(),
    ):
        collect_garbage_quietly()  # what earlier tests left behind
        cache.clear()
        first_output = seed()
        counts_after_first = row_counts()
        second_output = seed()
        counts_after_second = row_counts()
        with override_settings(DEBUG=True), pytest.MonkeyPatch.context() as environment:
            environment.setenv("DEMO_ACCOUNTS_PASSWORD", ACCOUNTS_PASSWORD)
            accounts_output = io.StringIO()
            call_command("ensure_demo_admin", stdout=accounts_output)
        first_renders = render_once(RENDERED_URLS)
        yield SeedRuns(
            first_output,
            second_output,
            counts_after_first,
            counts_after_second,
            first_renders,
            accounts_output.getvalue(),
        )
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches the site root paths, which the rollback removed
    collect_garbage_quietly()


class TestSeededDemo:
    """The command runs twice for the class, inside one transaction rolled back at the end; each test then
    runs in its own savepoint."""

    @pytest.fixture
    def arabic(self, seeded, db):
        return Locale.objects.get(language_code="ar")

    @pytest.fixture
    def english(self, seeded, db):
        return Locale.objects.get(language_code="en")

    def test_the_arabic_home_replaces_the_welcome_page_as_site_root(self, arabic):
        root = Site.objects.get(is_default_site=True).root_page.specific
        assert isinstance(root, HomePage)
        assert root.locale == arabic
        assert root.live
        assert not Page.objects.filter(depth=2, content_type__model="page").exists()

    def test_the_english_home_is_the_translation_of_the_arabic_home(self, arabic, english):
        home = HomePage.objects.get(locale=arabic)
        home_en = HomePage.objects.get(locale=english)
        assert home_en.translation_key == home.translation_key
        assert home_en.live
        assert home_en.hero_title and not ARABIC_LETTER.search(home_en.hero_title)
        assert ARABIC_LETTER.search(home.hero_title)

    def test_every_english_page_is_a_synced_wagtail_localize_translation(self, arabic, english):
        english_pages = Page.objects.filter(locale=english)
        assert english_pages.count() == Page.objects.filter(locale=arabic, depth__gt=1).count() >= 18
        for page in english_pages:
            source = TranslationSource.objects.get(object_id=page.translation_key, locale=arabic)
            translation = Translation.objects.get(source=source, target_locale=english)
            assert translation.enabled
            total, translated = translation.get_progress()
            assert total == translated > 0, page.url_path
            assert page.live, page.url_path
            assert not page.has_unpublished_changes, page.url_path

    def test_each_language_has_at_least_twelve_articles_and_english_ones_translate_arabic_ones(self, arabic, english):
        arabic_articles = NewsArticlePage.objects.filter(locale=arabic).live()
        english_articles = NewsArticlePage.objects.filter(locale=english).live()
        assert arabic_articles.count() >= 12
        assert {page.translation_key for page in english_articles} == {
            page.translation_key for page in arabic_articles
        }
        for article in [*arabic_articles, *english_articles]:
            assert article.date and article.summary and article.main_image and len(article.body) >= 2, article.slug
            assert article.tags.exists(), article.slug

    def test_articles_are_tagged_in_their_own_language(self, arabic, english):
        arabic_tags = set(
            Tag.objects.filter(news_newsarticletag_items__content_object__locale=arabic).values_list("name", flat=True)
        )
        english_tags = set(
            Tag.objects.filter(news_newsarticletag_items__content_object__locale=english).values_list(
                "name", flat=True
            )
        )
        assert arabic_tags and all(ARABIC_LETTER.search(name) for name in arabic_tags)
        assert english_tags and not any(ARABIC_LETTER.search(name) for name in english_tags)

    def test_the_news_index_is_in_both_languages(self, arabic, english):
        main_news = NewsIndexPage.objects.filter(depth=3, slug="news")  # chapters have news of their own
        assert main_news.get(locale=arabic).title == "الأخبار"
        news_en = main_news.get(locale=english)
        assert news_en.title == "News"
        assert news_en.show_in_menus

    def test_about_pages_are_in_menus_and_use_every_block_but_embed(self, arabic):
        pages = StandardPage.objects.filter(locale=arabic).exclude(slug__in=POLICY_SLUGS)
        titles = {page.title for page in pages}
        assert {"عن ملتقى", "الملتقى الأول لتكنولوجيا المعلومات", "اتصل بنا"} <= titles
        assert all(page.show_in_menus for page in pages)
        block_types = {
            block.block_type for page in Page.objects.live().specific() for block in getattr(page, "body", [])
        }
        assert {"heading", "paragraph", "image", "quote", "call_to_action", "table", "document"} <= block_types
        assert "embed" not in block_types

    def test_english_pages_hold_english_text_and_link_to_english_pages(self, english):
        forum = StandardPage.objects.get(locale=english, slug="first-it-forum")
        table = next(block.value for block in forum.body if block.block_type == "table")
        cells = [cell for row in table["data"] for cell in row] + [table["table_caption"]]
        assert not any(ARABIC_LETTER.search(cell) for cell in cells)
        for page in Page.objects.filter(locale=english).specific():
            for block in getattr(page, "body", []):
                if block.block_type == "call_to_action":
                    assert block.value["page"].locale == english, page.url_path

    def test_a_sync_from_the_arabic_source_keeps_english_tags_tables_and_links(self, arabic, english):
        """What "Sync translated pages" in the admin does, for pages with tags, a table and a call to action."""
        for model, slug in [(NewsArticlePage, "order-45-committee-coordination"), (StandardPage, "first-it-forum")]:
            source = TranslationSource.objects.get_for_instance(model.objects.get(locale=arabic, slug=slug))
            source.update_from_db()
            Translation.objects.get(source=source, target_locale=english).save_target(publish=False)
        article = NewsArticlePage.objects.get(locale=english, slug="order-45-committee-coordination")
        assert sorted(article.tags.names()) == ["e-government", "recommendations"]
        forum = StandardPage.objects.get(locale=english, slug="first-it-forum")
        table = next(block.value for block in forum.body if block.block_type == "table")
        assert table["data"][0] == ["No.", "Recommendation", "What it says"]
        link = next(block.value["page"] for block in forum.body if block.block_type == "call_to_action")
        assert link.locale == english

    def test_the_forum_article_carries_the_facts_of_the_brief(self, arabic, english):
        article = NewsArticlePage.objects.get(locale=arabic, slug="first-it-forum-state-institutions")
        text = body_text(article)
        for fact in ("90", "100", "30", ".iq", "دوم 2025", "الرقم", "ISOC"):
            assert fact in text, fact
        assert text.count("<li>") >= 8
        article_en = article.get_translation(english)
        assert "DOM 2025" in body_text(article_en.specific)

    def test_arabic_text_has_the_inflections_search_demos_use(self, arabic):
        words = set()
        for page in Page.objects.filter(locale=arabic).specific():
            text = " ".join([page.title, getattr(page, "summary", ""), body_text(page)])
            words.update(re.findall(r"[\u0600-\u06FF]+", text))
        assert {"الوزارات", "وزارة", "خدمات", "خدمة", "المؤسسات"} <= words

    def test_the_policy_pages_are_the_footer_pages_in_both_languages_out_of_the_menu(self, arabic, english):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        chosen = [settings.accessibility_page, settings.privacy_page, settings.terms_page]
        assert [page.slug for page in chosen] == list(POLICY_SLUGS)
        for page in chosen:
            assert page.locale == arabic and page.live and not page.show_in_menus
            assert page.get_parent().specific_class is HomePage
            translation = page.get_translation(english)
            assert translation.live and not ARABIC_LETTER.search(translation.title)

    def test_the_accessibility_statement_says_what_was_tested_and_how_to_report(self, arabic, english):
        for locale, contact_words in (
            (arabic, ("البريد الإلكتروني", "الرقم المختصر")),
            (english, ("Email", "short number")),
        ):
            page = StandardPage.objects.get(locale=locale, slug="accessibility")
            text = " ".join(str(block.value) for block in page.body)
            assert all(word in text for word in ("axe-core", "Chromium", "390", "multaqa@example.org", "5050"))
            assert all(word in text for word in contact_words)

    def test_an_arabic_article_title_begins_with_a_latin_word(self, arabic, english):
        article = NewsArticlePage.objects.get(locale=arabic, slug="isoc-iraq-chapter-founding-meeting")
        assert article.title.startswith("ISOC: ") and ARABIC_LETTER.search(article.title)
        assert article.get_translation(english).title.startswith("ISOC: the Iraq chapter")

    def test_site_settings_are_filled_in_both_languages(self, seeded, db):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        assert ARABIC_LETTER.search(settings.name_ar) and "Multaqa" in settings.name_en
        assert "بغداد" in settings.address_ar and "Baghdad" in settings.address_en
        assert settings.short_number and settings.email and settings.phone
        assert len(settings.social_links) >= 3

    def test_images_are_distinct_files_with_bilingual_alt_text_in_the_demo_collection(self, seeded, db):
        images = CustomImage.objects.filter(collection__name=COLLECTION_NAME)
        assert images.count() >= 8
        assert len({image.file_hash for image in images}) == images.count()
        for image in images:
            assert image.alt_text_ar and ARABIC_LETTER.search(image.alt_text_ar)
            assert image.alt_text_en and not ARABIC_LETTER.search(image.alt_text_en)
            assert image.caption_ar and image.caption_en and image.credit_ar and image.credit_en
            assert image.file.storage.exists(image.file.name)
            if image.title in ILLUSTRATION_TITLES:  # the others are the ISOC board's portraits
                assert image.width == 1600 and image.height == 900
            else:
                assert image.width == image.height == 200

    def test_the_demo_document_exists_and_is_referenced(self, seeded, db):
        document = CustomDocument.objects.get(collection__name=COLLECTION_NAME)
        assert document.file.storage.exists(document.file.name)
        assert document.file_size and document.file_hash
        assert ReferenceIndex.get_references_to(document).exists()

    def test_a_second_run_changes_nothing(self, seeded, db):
        assert seeded.counts_after_second == seeded.counts_after_first
        assert "New revisions:        0" in seeded.second_output
        assert "0 created, 0 updated" in seeded.second_output
        assert "Search index and reference index rebuilt" in seeded.second_output

    @pytest.mark.parametrize("url", RENDERED_URLS)
    # Rendering makes image renditions (see collect_garbage_quietly): a collection may happen mid-request.
    @pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
    def test_pages_render_after_seeding(self, seeded, db, client, url):
        assert seeded.first_render_statuses[url] == 200
        assert client.get(url).status_code == 200
        collect_garbage_quietly()

    @pytest.mark.parametrize(
        "kind,url,fewer",
        [
            # The demo home's body has no image or document block, each a query on the factories' home.
            ("home", "/ar/", 2),
            ("home", "/en/", 2),
            ("standard", "/ar/about/", 0),
            ("standard", "/en/about/first-it-forum/", 0),
            ("news_index", "/ar/news/", 0),
            ("article", "/ar/news/first-it-forum-state-institutions/", 0),
            ("article", "/en/news/first-it-forum-state-institutions/", 0),
        ],
    )
    @pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # as above
    def test_demo_pages_cost_the_queries_pinned_for_factory_pages(self, seeded, db, client, kind, url, fewer):
        """The pins of tests/core/test_query_counts.py, measured on pages made with the factories, are what
        the demo's pages cost: the factories' bodies have the blocks that cost queries."""
        queries = queries_of_a_warm_render(url, client)
        collect_garbage_quietly()
        assert len(queries) == MAX_QUERIES[kind] - fewer, listing(queries)

    def test_the_search_index_finds_seeded_articles(self, english):
        results = NewsArticlePage.objects.live().filter(locale=english).search("phishing")
        assert [page.slug for page in results] == ["phishing-awareness-five-habits"]

    # Chapters and institutions (issue 9, point 8)

    def test_the_isoc_chapter_and_the_directory_are_in_both_languages(self, arabic, english):
        for model in (IsocChapterPage, InstitutionIndexPage):
            page = model.objects.get(locale=arabic)
            page_en = page.get_translation(english).specific
            assert page.live and page_en.live
            assert isinstance(page.get_parent().specific, HomePage)
            assert ARABIC_LETTER.search(page.title) and ARABIC_LETTER.search(page.introduction)
            assert not ARABIC_LETTER.search(page_en.title) and not ARABIC_LETTER.search(page_en.introduction)
        isoc_en = IsocChapterPage.objects.get(locale=english)
        assert "liaison unit" in body_text(isoc_en)  # institution chapters are not ISOC chapters of their own

    def test_the_isoc_board_and_working_groups_have_synchronised_names_and_translated_roles(self, arabic, english):
        isoc, isoc_en = IsocChapterPage.objects.get(locale=arabic), IsocChapterPage.objects.get(locale=english)
        board, board_en = list(isoc.board_members.all()), list(isoc_en.board_members.all())
        assert len(board) >= 3 and [member.name for member in board] == [member.name for member in board_en]
        for member, member_en in zip(board, board_en, strict=True):
            assert ARABIC_LETTER.search(member.name) and ARABIC_LETTER.search(member.role)
            assert not ARABIC_LETTER.search(member_en.role) and member_en.photo_id == member.photo_id
            assert member.photo.collection.name == COLLECTION_NAME and member.term_start < member.term_end
        groups, groups_en = list(isoc.working_groups.all()), list(isoc_en.working_groups.all())
        assert len(groups) >= 2 and [group.lead for group in groups] == [group.lead for group in groups_en]
        assert not any(ARABIC_LETTER.search(group.name + group.description) for group in groups_en)
        assert ARABIC_LETTER.search(isoc.how_to_join) and not ARABIC_LETTER.search(isoc_en.how_to_join)

    def test_at_least_eight_institutions_of_several_kinds_and_governorates(self, arabic, english):
        institutions = list(Institution.objects.select_related("logo", "collection"))
        assert len(institutions) >= 8
        assert len({institution.kind for institution in institutions}) >= 3
        assert len({institution.governorate for institution in institutions}) >= 4
        assert any(institution.parent_id for institution in institutions)
        review = {institution.slug: institution.cmc_review_required for institution in institutions}
        assert any(review.values()) and not review["moc"]  # the browser suite's publisher approval publishes
        for institution in institutions:
            assert ARABIC_LETTER.search(institution.name_ar) and not ARABIC_LETTER.search(institution.name_en)
            assert institution.it_head_name and institution.it_email and institution.it_phone
            assert institution.it_extension.isdigit()
            assert institution.collection and institution.workflow and institution.logo
            assert institution.editors_group and institution.publishers_group and institution.members_group
            chapter = InstitutionChapterPage.objects.get(institution=institution, locale=arabic)
            chapter_en = InstitutionChapterPage.objects.get(institution=institution, locale=english)
            assert chapter.live and chapter_en.live and chapter_en.translation_key == chapter.translation_key
            assert ARABIC_LETTER.search(chapter.introduction) and ARABIC_LETTER.search(body_text(chapter))
            assert chapter_en.introduction and not ARABIC_LETTER.search(chapter_en.introduction)
            assert body_text(chapter_en) and not ARABIC_LETTER.search(body_text(chapter_en))

    def test_every_institution_has_two_or_three_liaison_members(self, seeded, db):
        for institution in Institution.objects.all():
            members = list(institution.liaison_members.select_related("photo"))
            assert 2 <= len(members) <= 3, institution.slug
            for member in members:
                assert ARABIC_LETTER.search(member.name)
                assert ARABIC_LETTER.search(member.role_ar) and member.role_en
                assert not ARABIC_LETTER.search(member.role_en)
                assert member.term_start < member.term_end
                assert member.extension.isdigit() and member.email and member.phone

    def test_contacts_use_reserved_domains_and_numbers_no_line_has(self, seeded, db):
        emails = [institution.it_email for institution in Institution.objects.all()]
        emails += list(LiaisonMember.objects.values_list("email", flat=True))
        assert emails and all(email.endswith(".gov.example") for email in emails)
        phones = [institution.it_phone for institution in Institution.objects.all()]
        phones += list(LiaisonMember.objects.values_list("phone", flat=True))
        assert phones and all(phone.startswith("+964 0 000 ") for phone in phones)

    def test_logos_photos_and_chapter_images_are_in_the_institutions_own_collection(self, arabic):
        for institution in Institution.objects.all():
            own = set(CustomImage.objects.filter(collection=institution.collection).values_list("pk", flat=True))
            photos = set(institution.liaison_members.values_list("photo", flat=True))
            assert institution.logo_id in own and photos <= own and len(own) >= 3, institution.slug
            assert institution.logo.alt_text_ar and institution.logo.alt_text_en
            chapter = InstitutionChapterPage.objects.get(institution=institution, locale=arabic)
            for article in NewsArticlePage.objects.descendant_of(chapter):
                assert article.main_image.collection_id == institution.collection_id

    def test_two_chapters_have_news_in_both_languages(self, arabic, english):
        with_news = set()
        for chapter in InstitutionChapterPage.objects.filter(locale=arabic):
            articles = NewsArticlePage.objects.live().descendant_of(chapter)
            if articles.exists():
                with_news.add(chapter.institution_id)
                assert all(article.get_translation(english).live for article in articles)
        assert len(with_news) >= 2

    def test_one_members_only_page_is_restricted_to_its_institutions_groups(self, arabic, english):
        restrictions = PageViewRestriction.objects.filter(restriction_type=PageViewRestriction.GROUPS)
        pages = [restriction.page.specific for restriction in restrictions]
        assert {page.locale for page in pages} == {arabic, english}
        for restriction in restrictions:
            chapter = InstitutionChapterPage.objects.ancestor_of(restriction.page).get()
            assert set(restriction.groups.values_list("pk", flat=True)) == set(chapter.institution.group_ids())

    def test_the_members_only_page_opens_for_its_institution_only(self, seeded, client):
        url = "/ar/chapters/moc/members-meeting/"
        assert client.get(url).status_code == 302  # to the sign-in page
        assert client.login(username="basra-editor", password=ACCOUNTS_PASSWORD)
        assert client.get(url).status_code == 302
        assert client.login(username="moc-editor", password=ACCOUNTS_PASSWORD)
        response = client.get(url)
        assert response.status_code == 200
        assert "ما اتفق عليه الأعضاء" in response.content.decode()

    def test_one_institution_has_a_host_name_on_the_main_sites_port(self, seeded, client, settings):
        institution = Institution.objects.exclude(site=None).get()
        main = Site.objects.get(is_default_site=True)
        assert institution.site.hostname.endswith(".localhost") and institution.site.port == main.port
        assert institution.site.root_page.specific.institution == institution
        settings.ALLOWED_HOSTS = [institution.site.hostname, "testserver"]
        response = client.get("/ar/", HTTP_HOST=f"{institution.site.hostname}:{main.port}")
        assert response.status_code == 200
        assert institution.name_ar in response.content.decode()

    def test_demo_accounts_are_printed_and_log_in_with_their_institutions_group(self, seeded, client):
        table = seeded.accounts_output.split("Demo institution accounts")[1]
        expected = {
            "moc-editor": ("moc", "editors"),
            "moc-publisher": ("moc", "publishers"),
            "basra-editor": ("basra", "editors"),
            "basra-publisher": ("basra", "publishers"),
        }
        for username, (slug, role) in expected.items():
            assert re.search(rf"{role[:-1]}\s+\S.*\s{username}\s+{ACCOUNTS_PASSWORD}", table), table
            institution = Institution.objects.get(slug=slug)
            user = get_user_model().objects.get(username=username)
            assert list(user.groups.all()) == [getattr(institution, f"{role}_group")]
            assert not user.is_superuser
            assert client.login(username=username, password=ACCOUNTS_PASSWORD)
            assert client.get("/admin/").status_code == 200
            client.logout()

    def test_a_second_run_changes_no_institution(self, seeded, db):
        for label in ("Institutions", "Liaison members", "Images", "Arabic pages", "English translations"):
            line = next(line for line in seeded.second_output.splitlines() if line.strip().startswith(label))
            assert "0 created, 0 updated" in line, line


def test_pairing_refuses_translations_of_a_different_shape(db):
    block_id = "5b0d3c1e-9d7a-4f51-8a55-2f1f3b1f0d11"
    arabic = StandardPage(
        title="عنوان", slug="a", body=[{"type": "paragraph", "value": "<p>أ</p><p>ب</p>", "id": block_id}]
    )
    english = StandardPage(title="Title", slug="a", body=[{"type": "paragraph", "value": "<p>A</p>", "id": block_id}])
    pair_segments(arabic, arabic)  # the same shape pairs
    with pytest.raises(ContentMismatchError):
        pair_segments(arabic, english)


@pytest.mark.django_db
def test_seeding_reuses_a_home_that_already_is_the_site_root(home, home_en, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    output = seed()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert HomePage.objects.count() == 2
    home_en.refresh_from_db()
    assert home_en.hero_title == "The IT meeting place of Iraq's state institutions"
    source = TranslationSource.objects.get(object_id=home.translation_key, locale=home.locale)
    assert Translation.objects.filter(source=source, target_locale=home_en.locale).exists()
    assert "New revisions" in output
