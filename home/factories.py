import wagtail_factories

from .models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "الرئيسية"
    hero_title = "ملتقى تقنية المعلومات الحكومي"
    hero_text = "منصة أقسام تقنية المعلومات في مؤسسات الدولة العراقية."

    class Meta:
        model = HomePage
