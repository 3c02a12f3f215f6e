"""Queries that list news, each in a fixed number of queries whatever the number of articles.

Listings (home page, chapter homes, news index, related articles) read cards: rows compiled once per
process (``pages.core.fastpath.prepared``), with no model instances, each listing twice: for anonymous
readers and, with the reader's id as a slot, for signed-in readers, who also see the members-only
articles they may read (``pages.core.fastpath.privacy``). Feeds read public articles as pages.

Several Sites share one tree: a listing covers a subtree, never a language as a whole. The newest
articles of a home are those under it, without those of the institution chapters below it (each has
its news on its own home), unless the home asks for them (``HomePage.include_chapter_news``).
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import CharField, Exists, F, IntegerField, OuterRef, Q
from django.db.models.lookups import StartsWith
from wagtail.models import Page

from pages.core.fastpath.lazy_images import ImageBatch, LazyImage
from pages.core.fastpath.page_urls import request_site_root, row_url
from pages.core.fastpath.prepared import PreparedQuery, Slot
from pages.core.fastpath.privacy import ByReader, in_private_section, reader_of
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


def articles(hidden):
    """Live articles but those ``hidden`` (an expression of ``pages.core.fastpath.privacy``)."""
    from .models import NewsArticlePage

    return NewsArticlePage.objects.filter(live=True).exclude(hidden)


def as_cards(queryset):
    return queryset.order_by("-date", "-pk").values(*card_fields())


def tagged(tag_slot):
    from .models import NewsArticleTag

    return Exists(NewsArticleTag.objects.filter(content_object_id=OuterRef("pk"), tag_id=tag_slot))


def sharing_a_tag_with(article_slot):
    from .models import NewsArticleTag

    shared_tags = NewsArticleTag.objects.filter(content_object_id=article_slot).values("tag_id")
    return Exists(NewsArticleTag.objects.filter(content_object_id=OuterRef("pk"), tag_id__in=shared_tags))


def chapters_below(depth_slot):
    """The institution chapters deeper than ``depth_slot`` (a subquery)."""
    from pages.chapters.models import InstitutionChapterPage

    return InstitutionChapterPage.objects.filter(depth__gt=depth_slot)


def in_a_chapter_below(depth_slot):
    """True for an article inside an institution chapter deeper than ``depth_slot``."""
    return Exists(chapters_below(depth_slot).filter(StartsWith(OuterRef("path"), F("path"))))


# A chapter depth no page reaches: "exclude no chapter".
NO_CHAPTER = 10**6
UNDER = {"path__startswith": Slot("root_path", CharField()), "locale_id": Slot("locale_id", IntegerField())}

LATEST = ByReader(
    lambda hidden: as_cards(
        articles(hidden).filter(**UNDER).exclude(in_a_chapter_below(Slot("chapter_depth", IntegerField())))
    )
)
CHILDREN = {
    "path__startswith": Slot("index_path", CharField()),
    "depth": Slot("child_depth", IntegerField()),
}
IN_INDEX = ByReader(lambda hidden: with_total(as_cards(articles(hidden).filter(**CHILDREN))))
IN_INDEX_TAGGED = ByReader(
    lambda hidden: with_total(as_cards(articles(hidden).filter(tagged(Slot("tag_id", IntegerField())), **CHILDREN)))
)


def not_in_the_same_chapter(depth_slot, article_path_slot):
    """True for an article that is in a chapter (deeper than ``depth_slot``) the article at
    ``article_path_slot`` is not in, or outside the chapter that article is in."""
    inside = Q(StartsWith(OuterRef("path"), F("path")))
    article_inside = Q(StartsWith(article_path_slot, F("path")))
    return Exists(chapters_below(depth_slot).filter((inside & ~article_inside) | (article_inside & ~inside)))


RELATED = ByReader(
    lambda hidden: as_cards(
        articles(hidden)
        .filter(**UNDER)
        .filter(sharing_a_tag_with(Slot("article_id", IntegerField())))
        .exclude(pk=Slot("article_id", IntegerField()))
        .exclude(not_in_the_same_chapter(Slot("chapter_depth", IntegerField()), Slot("article_path", CharField())))
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


def latest_articles(request, root_page, count, include_chapters=None):
    """The newest ``count`` article cards under ``root_page`` (a home, a chapter's home, the ISOC chapter)
    in its language, those of institution chapters below it left out unless ``include_chapters``
    (by default, a home's ``include_chapter_news``). One query, none when ``count`` is 0."""
    if not count:
        return []
    if include_chapters is None:
        include_chapters = getattr(root_page, "include_chapter_news", False)
    rows = LATEST.rows(
        reader_of(request),
        limit=count,
        root_path=root_page.path,
        locale_id=root_page.locale_id,
        chapter_depth=NO_CHAPTER if include_chapters else root_page.depth,
    )
    return cards(request, rows)


def articles_of(request, news_index, per_page, requested_page, tag=None):
    """The page ``requested_page`` of the article cards of a news index, newest first, optionally only
    those tagged ``tag``, as a ``django.core.paginator.Page``: one query (``pages.core.paging``)."""
    children = {"index_path": news_index.path, "child_depth": news_index.depth + 1}
    if tag is not None:
        query, reader = IN_INDEX_TAGGED.for_reader(reader_of(request))
        page = page_of(query, per_page, requested_page, tag_id=tag.pk, **children, **reader)
    else:
        query, reader = IN_INDEX.for_reader(reader_of(request))
        page = page_of(query, per_page, requested_page, **children, **reader)
    page.object_list = cards(request, page.object_list)
    return page


def related_articles(request, article, count=3):
    """Newest article cards of the same language sharing a tag with ``article``, on the request's Site
    and in the same institution chapter as the article (or, like it, in none)."""
    # The site's home above the article, known by its url_path (no query): its depth is that of the
    # url_path (one slug a level), its tree path the article's own up to that depth.
    root_path = request_site_root(request, article.url_path or "")
    depth = root_path.count("/") if root_path else 1
    rows = RELATED.rows(
        reader_of(request),
        limit=count,
        root_path=article.path[: depth * Page.steplen],
        locale_id=article.locale_id,
        article_id=article.pk,
        chapter_depth=depth,
        article_path=article.path,
    )
    return cards(request, rows)


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
