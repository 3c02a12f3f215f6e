"""The teaser contract (``pages.core.teasers``): each page type declares its teaser fields once, and its
search result, meta and Open Graph description and share image follow from that declaration."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, get_page_models

from pages.core.factories import ImageFactory
from pages.core.models import BasePage
from pages.core.teasers import description_fields, description_of, first_text
from pages.search import results, views
from pages.search.results import description_lookups


class NewType:
    """A page type the core has never heard of, declared only through the contract."""

    TEASER_TEXT_FIELDS = ("standfirst", *BasePage.TEASER_TEXT_FIELDS)
    TEASER_IMAGE_FIELD = "cover"

    # BasePage's own methods, on a class that is not a model (a new model would need a migration).
    teaser_text = BasePage.teaser_text
    teaser_image = BasePage.teaser_image
    og_image = BasePage.og_image

    def __init__(self, standfirst="", search_description="", cover=None, share_image=None):
        self.standfirst = standfirst
        self.search_description = search_description
        self.cover = cover
        self.share_image = share_image


def test_a_new_type_s_card_shows_its_own_teaser_text_first():
    assert NewType(standfirst="own", search_description="seo").teaser_text() == "own"
    assert NewType(search_description="seo").teaser_text() == "seo"
    assert NewType().teaser_text() == ""


def test_a_new_type_s_description_prefers_the_search_description():
    assert description_fields(NewType) == ("search_description", "standfirst")
    assert description_of(NewType(standfirst="own", search_description="seo")) == "seo"
    assert description_of(NewType(standfirst="own")) == "own"


def test_a_new_type_s_share_image_falls_back_to_its_teaser_image():
    assert NewType(cover="cover").teaser_image() == "cover"
    assert NewType(cover="cover").og_image == "cover"
    assert NewType(cover="cover", share_image="share").og_image == "share"


def test_a_type_without_a_teaser_image_has_none():
    class Plain(NewType):
        TEASER_IMAGE_FIELD = None

    assert Plain(cover="cover").teaser_image() is None
    assert Plain(cover="cover").og_image is None


def test_a_plain_wagtail_page_is_described_by_its_search_description():
    assert description_fields(Page) == ("search_description",)
    assert first_text(["", None, "x", "y"]) == "x"


def test_search_rows_read_every_page_type_s_declared_fields():
    """Search builds its row lookups from the declarations alone, the search description first."""
    lookups = results.summary_lookups()
    assert lookups[0] == "search_description"
    for model in get_page_models():
        assert set(description_lookups(model)) <= set(lookups), model
    assert {"newsarticlepage__summary", "standardpage__introduction", "homepage__hero_text"} <= set(lookups)


def search_summaries(query):
    request = RequestFactory().get("/ar/search/", {"q": query})
    with translation.override("ar"):
        response = views.search(request)
    return {result.title: result.summary for result in response.context_data["results"]}


@pytest.fixture
def described(home, news_index, make_article, make_standard_page):
    """One page of each type that has a teaser text, with it and no search description."""
    home.hero_text = "نص الواجهة وثيقة"
    home.save_revision().publish()
    news_index.introduction = "مقدمة الأخبار وثيقة"
    news_index.save_revision().publish()
    article = make_article(title="خبر وثيقة", summary="ملخص الخبر")
    standard = make_standard_page(title="صفحة وثيقة", introduction="مقدمة الصفحة")
    return {"home": home, "news_index": news_index, "article": article, "standard": standard}


@pytest.mark.django_db
def test_each_type_s_search_result_and_meta_description_is_its_teaser_text(client, described):
    expected = {page.title: page.specific.teaser_text() for page in described.values()}
    assert search_summaries("وثيقة") == expected
    assert set(expected.values()) == {"نص الواجهة وثيقة", "مقدمة الأخبار وثيقة", "ملخص الخبر", "مقدمة الصفحة"}
    for page in described.values():
        head = BeautifulSoup(client.get(page.url).content.decode(), "html.parser")
        assert head.find("meta", property="og:description")["content"] == page.teaser_text(), page.title


@pytest.mark.django_db
def test_the_search_description_comes_first_in_results(described):
    standard = described["standard"]
    standard.search_description = "وصف لمحركات البحث"
    standard.save_revision().publish()
    assert search_summaries("وثيقة")[standard.title] == "وصف لمحركات البحث"


@pytest.mark.django_db
def test_an_article_card_shows_its_teaser_text_and_image(client, described):
    article = described["article"]
    article.main_image = ImageFactory()
    article.save_revision().publish()
    listing = BeautifulSoup(client.get(described["news_index"].url).content.decode(), "html.parser")
    (card,) = listing.find_all("article", class_="card")
    assert card.find(class_="card__summary").get_text(strip=True) == article.teaser_text() == "ملخص الخبر"
    assert card.find("img", class_="card__image") is not None
