"""The directory of chapters: filters by type and governorate, search by name in either language (with
light Arabic normalisation), invalid values ignored with a notice, pagination, and the same HTML for
every anonymous reader."""

import pytest
from bs4 import BeautifulSoup

from pages.chapters.factories import InstitutionChapterPageFactory, InstitutionFactory
from pages.chapters.views import CHAPTERS_PER_PAGE


def titles(response):
    assert response.status_code == 200
    return sorted(
        a.get_text(strip=True) for a in BeautifulSoup(response.content, "html.parser").select(".chapter-card__title a")
    )


MOI, BASRA = "فرع وزارة الداخلية", "فرع محافظة البصرة"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", [BASRA, MOI]),
        ("kind=ministry", [MOI]),
        ("kind=governorate", [BASRA]),
        ("governorate=basra", [BASRA]),
        ("governorate=basra&kind=ministry", []),
        ("q=الداخلية", [MOI]),
        ("q=الداخليه", [MOI]),  # ة typed as ه
        ("q=وزاره", [MOI]),
        ("q=البصره", [BASRA]),
        ("q=interior", [MOI]),
        ("q=INTERIOR", [MOI]),
        ("q=basra-gov", [BASRA]),
        ("q=ministry%20of", [MOI]),
        ("q=%D9%88%D8%B2%D8%A7%D8%B1%D9%8E%D8%A9", [MOI]),  # with a fatha: marks are dropped from the query
        ("q=nothing-like-it", []),
    ],
)
def test_filters(client, chapters, query, expected):
    assert titles(client.get(f"{chapters['index'].url}?{query}")) == expected


def test_hamza_forms_match(client, chapters):
    InstitutionChapterPageFactory(
        parent=chapters["index"],
        institution=InstitutionFactory(
            slug="audit", name_ar="ديوان الرقابة المالية الإتحادي", name_en="Federal Board of Supreme Audit"
        ),
        title="فرع ديوان الرقابة",
        body=[],
    )
    assert titles(client.get(f"{chapters['index'].url}?q=الاتحادي")) == ["فرع ديوان الرقابة"]


def test_unknown_choices_are_ignored_and_named(client, chapters):
    response = client.get(f"{chapters['index'].url}?kind=bank&governorate=atlantis&q=الداخلية")
    assert titles(response) == [MOI]
    notice = BeautifulSoup(response.content, "html.parser").select_one(".filter-state").get_text()
    assert "النوع" in notice or "Type" in notice


def test_suspended_institutions_have_no_card(client, chapters):
    chapters["basra"].status = "suspended"
    chapters["basra"].save()
    assert titles(client.get(chapters["index"].url)) == [MOI]


def test_pagination_keeps_filters_and_clamps_numbers(client, chapters):
    for number in range(CHAPTERS_PER_PAGE + 1):
        InstitutionChapterPageFactory(
            parent=chapters["index"], institution=InstitutionFactory(slug=f"m-{number}"), body=[]
        )
    url = chapters["index"].url
    assert len(titles(client.get(url))) == CHAPTERS_PER_PAGE
    last = titles(client.get(f"{url}?page=2"))
    assert len(last) == 3
    assert titles(client.get(f"{url}?page=9223372036854775808")) == last
    assert titles(client.get(f"{url}?page=-5")) == titles(client.get(url))
    page_two = BeautifulSoup(client.get(f"{url}?kind=ministry&page=1").content, "html.parser")
    assert page_two.select_one('a[rel="next"]')["href"] == "?kind=ministry&page=2"
    canonical = BeautifulSoup(client.get(f"{url}?page=2").content, "html.parser").select_one('link[rel="canonical"]')
    assert canonical["href"] == f"http://testserver{url}?page=2"


def test_every_anonymous_reader_gets_the_same_html(client, chapters):
    from django.test import Client

    for key in ("index", "index_en", "moi_page", "isoc"):
        url = chapters[key].url
        assert client.get(url).content == Client().get(url).content
    url = chapters["index"].url + "directory/"
    assert client.get(url).content == Client().get(url).content
