import datetime

import factory
import wagtail_factories

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
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = NewsArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.tags.add(*extracted)
            obj.save_revision().publish()
