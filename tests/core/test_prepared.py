"""PreparedQuery runs the ORM's SQL with new values and reads what the ORM would read."""

import datetime
import uuid

import pytest
from django.db.models import CharField, DateField, F, IntegerField, UUIDField
from wagtail.models import Page

from pages.core.fastpath.prepared import PreparedQuery, Slot
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.news.models import NewsArticlePage
from pages.standard.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def by_prefix():
    return Page.objects.filter(url_path__startswith=Slot("prefix", CharField())).values("pk", "url_path")


def test_rows_match_the_orm_for_each_value(home):
    StandardPageFactory(parent=home, slug="a_b")
    StandardPageFactory(parent=home, slug="axb")
    StandardPageFactory(parent=home, slug="a-b-c")
    query = PreparedQuery(by_prefix)
    for prefix in [home.url_path, home.url_path + "a_b", home.url_path + "a-", "/nothing/"]:
        expected = list(Page.objects.filter(url_path__startswith=prefix).values("pk", "url_path"))
        assert query.rows(prefix=prefix) == expected, prefix


def test_like_wildcards_in_a_value_are_literal(home):
    """``_`` and ``%`` in a slot value match themselves only, as the ORM's startswith escapes them."""
    StandardPageFactory(parent=home, slug="axb")
    query = PreparedQuery(by_prefix)
    assert query.rows(prefix=home.url_path + "a_b") == []
    assert query.rows(prefix=home.url_path + "%") == []


def test_values_go_through_the_field_and_rows_through_its_converters(home):
    index = NewsIndexPageFactory(parent=home)
    article = NewsArticlePageFactory(parent=index, date=datetime.date(2026, 3, 1))
    query = PreparedQuery(
        lambda: NewsArticlePage.objects.filter(
            translation_key=Slot("key", UUIDField()), date__gte=Slot("since", DateField())
        ).values("pk", "date", "translation_key")
    )
    (row,) = query.rows(key=article.translation_key, since=datetime.date(2026, 1, 1))
    assert row == {"pk": article.pk, "date": datetime.date(2026, 3, 1), "translation_key": article.translation_key}
    assert query.rows(key=uuid.uuid4(), since=datetime.date(2026, 1, 1)) == []
    assert query.rows(key=article.translation_key, since=datetime.date(2026, 4, 1)) == []


def test_limit_offset_and_count(home):
    index = NewsIndexPageFactory(parent=home)
    articles = [NewsArticlePageFactory(parent=index) for _ in range(5)]
    query = PreparedQuery(
        lambda: NewsArticlePage.objects.filter(depth=Slot("depth", IntegerField())).order_by("pk").values("pk")
    )
    pks = [article.pk for article in articles]
    assert [row["pk"] for row in query.rows(depth=index.depth + 1, limit=2, offset=1)] == pks[1:3]
    assert [row["pk"] for row in query.rows(depth=index.depth + 1, limit=10, offset=4)] == pks[4:]
    assert query.count(depth=index.depth + 1) == 5
    assert query.count(depth=99) == 0


def test_one_query_per_call_and_compiled_once(home, django_assert_num_queries):
    query = PreparedQuery(by_prefix)
    query.rows(prefix="/")
    compiled = query.compiled
    with django_assert_num_queries(1):
        query.rows(prefix=home.url_path)
    assert query.compiled is compiled


def test_mistakes_are_refused(db):
    with pytest.raises(TypeError, match="prefix"):
        PreparedQuery(by_prefix).rows()
    with pytest.raises(ValueError, match="values"):
        PreparedQuery(lambda: Page.objects.filter(depth=Slot("depth", IntegerField()))).rows(depth=1)
    with pytest.raises(ValueError, match="slicing"):
        PreparedQuery(lambda: by_prefix()[:3]).rows(prefix="/")


def test_columns_keep_the_order_of_values_after_an_annotation(home):
    """Django 5.2 selects ``.annotate(x=...).values("x", "pk")`` in the order given to ``values``."""
    StandardPageFactory(parent=home, slug="ordered")

    def build():
        return (
            Page.objects.filter(depth=Slot("depth", IntegerField()))
            .annotate(double_depth=F("depth") * 2)
            .values("double_depth", "pk", "slug")
        )

    expected = list(
        Page.objects.filter(depth=home.depth + 1)
        .annotate(double_depth=F("depth") * 2)
        .values("double_depth", "pk", "slug")
    )
    assert PreparedQuery(build).rows(depth=home.depth + 1) == expected
    assert expected[0]["double_depth"] == (home.depth + 1) * 2
