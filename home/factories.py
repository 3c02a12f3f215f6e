import factory
import wagtail_factories

from pages.core.factories import ImageFactory, realistic_body

from .models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "الرئيسية"
    hero_title = "ملتقى تقنية المعلومات الحكومي"
    hero_text = "منصة أقسام تقنية المعلومات في مؤسسات الدولة العراقية."
    hero_image = factory.SubFactory(ImageFactory)

    class Meta:
        model = HomePage
        skip_postgeneration_save = True

    @factory.post_generation
    def body(obj, create, extracted, **kwargs):  # noqa: N805
        """The blocks of a demo home; its call to action points at the home itself, the one page that
        exists when the home is made (the demo's points at a page under it)."""
        if not create:
            return
        obj.body = extracted if extracted is not None else realistic_body(link_to=obj)
        obj.save(update_fields=["body"])
