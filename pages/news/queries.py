"""Queries that list news. Each returns a queryset with everything its cards need, in a fixed
number of queries whatever the number of articles."""

from wagtail.models import Page

from pages.core.privacy import in_private_section


def article_cards(queryset):
    """Articles ready for a card: live, public, image and its renditions loaded, no StreamField."""
    return (
        queryset.live()
        .filter(~in_private_section())
        .defer_streamfields()
        .select_related("main_image", "locale")
        .prefetch_related("main_image__renditions")
        .order_by("-date", "-pk")
    )


def articles_in(news_index):
    from .models import NewsArticlePage

    return article_cards(NewsArticlePage.objects.child_of(news_index))


def latest_articles(home_page: Page, count):
    """The newest ``count`` articles in the home page's language."""
    from .models import NewsArticlePage

    if not count:
        return NewsArticlePage.objects.none()
    return article_cards(NewsArticlePage.objects.filter(locale_id=home_page.locale_id))[:count]


def related_articles(article, count=3):
    """Newest articles of the same language sharing a tag with ``article``."""
    from .models import NewsArticlePage, NewsArticleTag

    shared_tags = NewsArticleTag.objects.filter(content_object_id=article.pk).values("tag_id")
    return (
        article_cards(
            NewsArticlePage.objects.filter(locale_id=article.locale_id, tagged_items__tag_id__in=shared_tags)
        )
        .exclude(pk=article.pk)
        .distinct()[:count]
    )
