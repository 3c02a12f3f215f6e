"""Each chapter page type renders in Arabic and English with the right lang and dir, and shows what the
issue lists for it."""

from bs4 import BeautifulSoup


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def language_of(page_soup):
    html = page_soup.find("html")
    return html["lang"], html["dir"]


def test_isoc_chapter_page_in_arabic(client, chapters):
    page = soup(client.get(chapters["isoc"].url))
    assert language_of(page) == ("ar", "rtl")
    text = page.get_text(" ", strip=True)
    for expected in ("أحمد علي", "رئيس الفرع", "مريم حسن", "أمن الشبكات", "سارة محمود", "لقاء الفرع الأول"):
        assert expected in text
    assert page.find(id="liaison-heading")
    assert page.select_one('a[href="/ar/chapters/"]')
    assert page.select_one("h1").get_text(strip=True) == chapters["isoc"].title


def test_isoc_chapter_page_in_english(client, chapters):
    page = soup(client.get(chapters["isoc_en"].url))
    assert language_of(page) == ("en", "ltr")
    text = page.get_text(" ", strip=True)
    assert "liaison units of the ISOC Iraq chapter" in text
    assert "أحمد علي" in text  # names are synchronised, not translated
    assert page.select_one('a[href="/en/chapters/"]')


def test_institution_chapter_page_in_both_languages(client, chapters):
    for key, lang, direction, role in (
        ("moi_page", "ar", "rtl", "منسقة الارتباط"),
        ("moi_page_en", "en", "ltr", "Liaison coordinator"),
    ):
        page = soup(client.get(chapters[key].url))
        assert language_of(page) == (lang, direction)
        text = page.get_text(" ", strip=True)
        assert "علي حسين" in text  # the head of IT, as written
        assert role in text
        assert "زينب كاظم" in text
        assert "حيدر جاسم" not in text  # a member whose term is over
        assert page.select_one('a[href^="mailto:it@moi.gov.iq"]')
        assert page.select_one('a[href="tel:+96412345678"]')
        logo = page.select_one("img.chapter-header__logo")
        assert logo and logo["alt"]


def test_institution_chapter_page_shows_its_navigation_and_news(client, chapters):
    page = soup(client.get(chapters["moi_page"].url))
    nav = page.select_one("nav.chapter-nav")
    assert [a.get_text(strip=True) for a in nav.select("a")] == ["أخبار الفرع", "عن قسم التقنية"]
    assert "خبر من وزارة الداخلية" in page.get_text()


def test_chapter_directory_in_both_languages(client, chapters):
    page = soup(client.get(chapters["index"].url))
    assert language_of(page) == ("ar", "rtl")
    titles = [a.get_text(strip=True) for a in page.select(".chapter-card__title a")]
    assert sorted(titles) == sorted(["فرع وزارة الداخلية", "فرع محافظة البصرة"])
    page = soup(client.get(chapters["index_en"].url))
    assert language_of(page) == ("en", "ltr")
    titles = [a.get_text(strip=True) for a in page.select(".chapter-card__title a")]
    assert titles == ["Basra Governorate chapter", "Ministry of Interior chapter"]  # English name order


def test_each_chapter_shows_only_its_own_news(client, chapters):
    moi = client.get(chapters["moi_page"].url).content.decode()
    isoc = client.get(chapters["isoc"].url).content.decode()
    assert "خبر من وزارة الداخلية" in moi and "لقاء الفرع الأول" not in moi
    assert "لقاء الفرع الأول" in isoc and "خبر من وزارة الداخلية" not in isoc


def test_the_institution_logo_is_the_chapter_pages_teaser_and_share_image(client, chapters):
    page = chapters["moi_page"]
    assert page.teaser_image() == chapters["moi"].logo
    assert page.og_image == chapters["moi"].logo
    assert soup(client.get(page.url)).select_one('meta[property="og:image"]')
    assert chapters["basra_page"].teaser_image() is None


def test_a_members_only_page_is_in_the_chapter_nav_for_its_members_only(client, chapters):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    members = Group.objects.create(name="MOI members")
    restriction = PageViewRestriction.objects.create(
        page=chapters["moi_about"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members)

    def nav_titles():
        nav = soup(client.get(chapters["moi_page"].url)).select_one("nav.chapter-nav")
        return [a.get_text(strip=True) for a in nav.select("a")]

    assert nav_titles() == ["أخبار الفرع"]
    outsider = get_user_model().objects.create_user("outsider", "o@example.com", "password")
    client.force_login(outsider)
    assert nav_titles() == ["أخبار الفرع"]
    member = get_user_model().objects.create_user("member", "m@example.com", "password")
    member.groups.add(members)
    client.force_login(member)
    assert nav_titles() == ["أخبار الفرع", "عن قسم التقنية"]


def test_the_it_directory_and_a_listing_page_have_their_own_canonical_address(client, chapters):
    page = soup(client.get("/ar/chapters/directory/"))
    assert page.select_one('link[rel="canonical"]')["href"] == "http://testserver/ar/chapters/directory/"
    assert page.select_one('link[hreflang="en"]')["href"] == "http://testserver/en/chapters/directory/"
    page = soup(client.get("/ar/chapters/?kind=ministry"))
    assert page.select_one('link[rel="canonical"]')["href"] == "http://testserver/ar/chapters/"
