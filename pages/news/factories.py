import datetime

import factory
import wagtail_factories

from pages.core.factories import realistic_body

from .models import NewsArticlePage, NewsIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "الأخبار"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"خبر رقم {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    summary = "ملخص الخبر"
    # Its own image and document, and a call to action pointing at the news index, as demo articles have.
    body = factory.LazyAttribute(lambda article: realistic_body(link_to=article.parent))

    class Meta:
        model = NewsArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.tags.add(*extracted)
            obj.save_revision().publish()
