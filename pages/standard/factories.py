import factory
import wagtail_factories

from .models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"صفحة {n}")
    introduction = "مقدمة الصفحة"
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = StandardPage
