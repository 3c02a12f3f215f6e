"""A chapters tree in both languages: the ISOC chapter page with board, working groups and news, the
directory of chapters and two institution chapters (one with news and a page of its own)."""

import datetime

from wagtail.models import Site

from pages.chapters.factories import (
    InstitutionChapterPageFactory,
    InstitutionFactory,
    InstitutionIndexPageFactory,
    IsocBoardMemberFactory,
    IsocChapterPageFactory,
    IsocWorkingGroupFactory,
    LiaisonMemberFactory,
)
from pages.core.factories import ImageFactory, translate_page
from pages.core.models import SiteSettings
from pages.institutions.choices import Governorate, InstitutionKind
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory


def set_short_number():
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"name_ar": "ملتقى", "short_number": "5050"}
    )
    return "5050"


def build_chapters(home):
    """The chapters tree under ``home`` (Arabic) with English translations; returns a dict of its pages."""
    isoc = IsocChapterPageFactory(parent=home, show_in_menus=True)
    IsocBoardMemberFactory(page=isoc, name="أحمد علي", role="رئيس الفرع", photo=ImageFactory())
    IsocBoardMemberFactory(page=isoc, name="مريم حسن", role="أمينة السر")
    IsocWorkingGroupFactory(page=isoc, name="أمن الشبكات", lead="سارة محمود")
    isoc_news = NewsIndexPageFactory(parent=isoc, title="أخبار الفرع", slug="isoc-news")
    NewsArticlePageFactory(parent=isoc_news, title="لقاء الفرع الأول", slug="isoc-meeting")
    index = InstitutionIndexPageFactory(parent=home)
    moi = InstitutionFactory(
        slug="moi",
        name_ar="وزارة الداخلية",
        name_en="Ministry of Interior",
        kind=InstitutionKind.MINISTRY,
        governorate=Governorate.BAGHDAD,
        logo=ImageFactory(title="شعار الداخلية"),
    )
    LiaisonMemberFactory(
        institution=moi,
        name="زينب كاظم",
        role_ar="منسقة الارتباط",
        role_en="Liaison coordinator",
        photo=ImageFactory(),
    )
    LiaisonMemberFactory(institution=moi, name="حيدر جاسم", term_end=datetime.date(2020, 1, 1))  # term over
    basra = InstitutionFactory(
        slug="basra-gov",
        name_ar="محافظة البصرة",
        name_en="Basra Governorate",
        kind=InstitutionKind.GOVERNORATE,
        governorate=Governorate.BASRA,
    )
    moi_page = InstitutionChapterPageFactory(parent=index, institution=moi, title="فرع وزارة الداخلية")
    moi_news = NewsIndexPageFactory(parent=moi_page, title="أخبار الفرع", slug="news", show_in_menus=True)
    NewsArticlePageFactory(parent=moi_news, title="خبر من وزارة الداخلية", slug="moi-item")
    moi_about = StandardPageFactory(parent=moi_page, title="عن قسم التقنية", slug="about-it", show_in_menus=True)
    basra_page = InstitutionChapterPageFactory(parent=index, institution=basra, title="فرع محافظة البصرة")
    return {
        "isoc": isoc,
        "isoc_en": translate_page(isoc, title="ISOC Iraq chapter", slug="isoc", introduction="The Iraq chapter."),
        "isoc_news": isoc_news,
        "index": index,
        "index_en": translate_page(index, title="Institution chapters", slug="chapters"),
        "moi": moi,
        "basra": basra,
        "moi_page": moi_page,
        "moi_page_en": translate_page(moi_page, title="Ministry of Interior chapter", slug="moi"),
        "moi_news": moi_news,
        "moi_about": moi_about,
        "basra_page": basra_page,
        "basra_page_en": translate_page(basra_page, title="Basra Governorate chapter", slug="basra-gov"),
    }
