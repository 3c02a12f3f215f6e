"""{% picture %} from picture_tags writes what Wagtail's writes, and follows edits of the image."""

from django.template import engines
from django.utils import translation

from pages.core.factories import ImageFactory
from pages.news.factories import NewsArticlePageFactory

from .conftest import parse

PICTURE = '{% picture img format-{avif,webp} fill-{400x225,800x450} sizes="100vw" loading="lazy" class="card" %}'


def render(source, **context):
    return engines["django"].from_string(source).render(context)


def test_the_same_html_as_wagtails_tag_in_each_language(db):
    image = ImageFactory()
    for language, alt in (("ar", "صورة تجريبية"), ("en", "A sample image")):
        with translation.override(language):
            wagtails = render("{% load wagtailimages_tags %}" + PICTURE, img=image)
            kept = render("{% load wagtailimages_tags picture_tags %}" + PICTURE, img=image)
            kept_again = render("{% load wagtailimages_tags picture_tags %}" + PICTURE, img=image)
        assert kept == wagtails == kept_again
        assert f'alt="{alt}"' in kept
        assert 'loading="lazy"' in kept
        assert "<picture>" in kept


def test_no_image_renders_nothing(db):
    assert render("{% load wagtailimages_tags picture_tags %}" + PICTURE, img=None) == ""


def test_an_edited_alt_text_shows_on_the_next_request(client, tree):
    image = ImageFactory()
    NewsArticlePageFactory(parent=tree["news"], title="خبر مصور", slug="pictured", main_image=image)

    def card_alts():
        return [img.get("alt") for img in parse(client.get("/ar/news/")).select(".card img")]

    assert "صورة تجريبية" in card_alts()
    image.alt_text_ar = "مدراء تقنية المعلومات في بغداد"
    image.save()
    assert "مدراء تقنية المعلومات في بغداد" in card_alts()
    assert "صورة تجريبية" not in card_alts()
