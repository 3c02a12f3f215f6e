import factory
import wagtail_factories

from pages.core.factories import realistic_body

from .models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"صفحة {n}")
    introduction = "مقدمة الصفحة"
    # Its own image and document, and a call to action pointing at the parent page.
    body = factory.LazyAttribute(lambda page: realistic_body(link_to=page.parent))

    class Meta:
        model = StandardPage
