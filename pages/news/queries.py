"""Queries that list news, each in a fixed number of queries whatever the number of articles.

Listings (home page, news index, related articles) read cards: rows compiled once per process
(``pages.core.fastpath.prepared``), with no model instances. Feeds read articles as pages.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import CharField, Exists, IntegerField, OuterRef

from pages.core.fastpath.lazy_images import ImageBatch, LazyImage
from pages.core.fastpath.page_urls import row_url
from pages.core.fastpath.prepared import PreparedQuery, Slot
from pages.core.fastpath.privacy import in_private_section
from pages.core.paging import page_of, with_total
from pages.core.teasers import first_text


def article_cards(queryset):
    """Articles as pages, live and public, image and its renditions loaded, no StreamField (feeds)."""
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


@dataclass
class ArticleCard:
    """What a card shows of an article."""

    pk: int
    title: str
    url: str | None
    date: date
    teaser_text: str
    teaser_image: LazyImage | None


def card_fields():
    """The row of a card: the article's teaser fields (``pages.core.teasers``) and what else it shows."""
    from .models import NewsArticlePage

    teaser_image = NewsArticlePage.TEASER_IMAGE_FIELD
    return (
        "pk",
        "title",
        "url_path",
        "date",
        "locale__language_code",
        *NewsArticlePage.TEASER_TEXT_FIELDS,
        *((f"{teaser_image}_id",) if teaser_image else ()),
    )


def public_articles():
    from .models import NewsArticlePage

    return NewsArticlePage.objects.filter(live=True).filter(~in_private_section())


def as_cards(queryset):
    return queryset.order_by("-date", "-pk").values(*card_fields())


def tagged(tag_slot):
    from .models import NewsArticleTag

    return Exists(NewsArticleTag.objects.filter(content_object_id=OuterRef("pk"), tag_id=tag_slot))


def sharing_a_tag_with(article_slot):
    from .models import NewsArticleTag

    shared_tags = NewsArticleTag.objects.filter(content_object_id=article_slot).values("tag_id")
    return Exists(NewsArticleTag.objects.filter(content_object_id=OuterRef("pk"), tag_id__in=shared_tags))


LATEST = PreparedQuery(lambda: as_cards(public_articles().filter(locale_id=Slot("locale_id", IntegerField()))))
CHILDREN = {
    "path__startswith": Slot("index_path", CharField()),
    "depth": Slot("child_depth", IntegerField()),
}
IN_INDEX = PreparedQuery(lambda: with_total(as_cards(public_articles().filter(**CHILDREN))))
IN_INDEX_TAGGED = PreparedQuery(
    lambda: with_total(as_cards(public_articles().filter(tagged(Slot("tag_id", IntegerField())), **CHILDREN)))
)
RELATED = PreparedQuery(
    lambda: as_cards(
        public_articles()
        .filter(locale_id=Slot("locale_id", IntegerField()))
        .filter(sharing_a_tag_with(Slot("article_id", IntegerField())))
        .exclude(pk=Slot("article_id", IntegerField()))
    )
)


def cards(request, rows):
    from .models import NewsArticlePage

    text_fields = NewsArticlePage.TEASER_TEXT_FIELDS
    image_field = NewsArticlePage.TEASER_IMAGE_FIELD
    image_id = f"{image_field}_id" if image_field else None
    images = ImageBatch(row[image_id] for row in rows if row.get(image_id))
    return [
        ArticleCard(
            pk=row["pk"],
            title=row["title"],
            url=row_url(request, row["pk"], row["url_path"], row["locale__language_code"]),
            date=row["date"],
            teaser_text=first_text(row[name] for name in text_fields),
            teaser_image=images.image(row.get(image_id)),
        )
        for row in rows
    ]


def latest_articles(request, home_page, count):
    """The newest ``count`` article cards in the home page's language."""
    if not count:
        return []
    return cards(request, LATEST.rows(limit=count, locale_id=home_page.locale_id))


def articles_of(request, news_index, per_page, requested_page, tag=None):
    """The page ``requested_page`` of the article cards of a news index, newest first, optionally only
    those tagged ``tag``, as a ``django.core.paginator.Page``: one query (``pages.core.paging``)."""
    children = {"index_path": news_index.path, "child_depth": news_index.depth + 1}
    if tag is not None:
        page = page_of(IN_INDEX_TAGGED, per_page, requested_page, tag_id=tag.pk, **children)
    else:
        page = page_of(IN_INDEX, per_page, requested_page, **children)
    page.object_list = cards(request, page.object_list)
    return page


def related_articles(request, article, count=3):
    """Newest article cards of the same language sharing a tag with ``article``."""
    return cards(request, RELATED.rows(limit=count, locale_id=article.locale_id, article_id=article.pk))


def article_tags_query():
    from taggit.models import Tag

    return (
        Tag.objects.filter(news_newsarticletag_items__content_object_id=Slot("article_id", IntegerField()))
        .order_by("news_newsarticletag_items__pk")
        .values("name", "slug")
    )


ARTICLE_TAGS = PreparedQuery(article_tags_query)


def article_tags(article):
    """``[{"name", "slug"}]`` of the article's tags, in the order they were given."""
    return ARTICLE_TAGS.rows(article_id=article.pk)
