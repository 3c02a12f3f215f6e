"""Site settings and the home page."""

from ..spec import CallToAction, Heading, ImageRef, PageSpec, Paragraph, T

# The CMC has not published the short number yet: 5050 is an example, as are the contact details and
# social media addresses below: placeholders to replace with the real ones.
SHORT_NUMBER = "5050"
EMAIL = "multaqa@example.org"
PHONE = "+964 1 000 0000"

SITE_SETTINGS = {
    "name_ar": "هيئة الإعلام والاتصالات — ملتقى",
    "name_en": "Multaqa — Communications and Media Commission",
    "short_number": SHORT_NUMBER,
    "email": EMAIL,
    "phone": PHONE,
    "address_ar": "هيئة الإعلام والاتصالات\nبغداد، العراق",
    "address_en": "Communications and Media Commission\nBaghdad, Iraq",
    "facebook_url": "https://www.facebook.com/multaqa.example",
    "x_url": "https://x.com/multaqa_example",
    "youtube_url": "https://www.youtube.com/@multaqa.example",
    "telegram_url": "https://t.me/multaqa_example",
    "linkedin_url": "",
}

# SiteSettings page fields -> the demo page (spec key) each points at: the footer links to them.
FOOTER_PAGES = {"accessibility_page": "accessibility", "privacy_page": "privacy", "terms_page": "terms"}

HOME = PageSpec(
    key="home",
    model="home.HomePage",
    parent=None,
    title=T("الرئيسية", "Home"),
    slug=T("home-ar", "home-en"),
    fields={
        "hero_title": T(
            "ملتقى تقنية المعلومات لمؤسسات الدولة",
            "The IT meeting place of Iraq's state institutions",
        ),
        "hero_text": T(
            "منصة تجمع أقسام تقنية المعلومات في الوزارات والهيئات والمحافظات مع هيئة الإعلام والاتصالات: "
            "أخبار المجتمع التقني، وتوصيات الملتقى الأول، ووسائل التواصل.",
            "A platform that brings the IT departments of ministries, commissions and governorates together "
            "with the Communications and Media Commission: community news, the first forum's recommendations "
            "and ways to get in touch.",
        ),
        "hero_image": ImageRef("network"),
        "latest_news_count": 6,
        "search_description": T(
            "ملتقى: منصة أقسام تقنية المعلومات في مؤسسات الدولة العراقية، برعاية هيئة الإعلام والاتصالات.",
            "Multaqa: the platform of the IT departments of Iraq's state institutions, run by the "
            "Communications and Media Commission.",
        ),
    },
    body=(
        Heading(T("مكان واحد لمجتمع تقنية المعلومات الحكومي", "One place for the government IT community")),
        Paragraph(
            T(
                "<p>في ملتقى تتابع أقسام تقنية المعلومات ما يجري في المؤسسات الأخرى، وتطّلع على ما تنشره "
                "هيئة الإعلام والاتصالات من أخبار وتوصيات، وتجد الرقم المختصر ووسائل التواصل في كل صفحة.</p>"
                "<p>انطلقت المنصة من توصيات الملتقى الأول لتكنولوجيا المعلومات لمؤسسات الدولة، وتعمل "
                "بالعربية والإنكليزية.</p>",
                "<p>On Multaqa, IT departments follow what is happening in other institutions, read the news and "
                "recommendations published by the Communications and Media Commission, and find the short "
                "number and contact details on every page.</p>"
                "<p>The platform grew out of the recommendations of the first IT forum for state institutions, "
                "and works in Arabic and English.</p>",
            )
        ),
        CallToAction(
            title=T("توصيات الملتقى الأول", "The first forum's recommendations"),
            text=T(
                "ثماني توصيات اتفق عليها مدراء تقنية المعلومات في الوزارات والهيئات والمحافظات.",
                "Eight recommendations agreed by the IT directors of ministries, commissions and governorates.",
            ),
            button_label=T("اقرأ التوصيات", "Read the recommendations"),
            page="first-it-forum",
        ),
    ),
)
