from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import get_language_info
from wagtail import hooks


@hooks.register("insert_editor_js")
def content_direction():
    """An Arabic page edited in an English admin (or the reverse) would be typed in the admin's direction, and
    wagtail-localize's translation editor gives its segments no lang/dir (wagtail-localize#197). This script gives
    the text fields of edit forms, and the source and target segments of the translation editor, their own
    language's lang and dir; the stylesheet makes Draftail's paragraphs follow it."""
    rtl_languages = " ".join(code for code, _name in settings.LANGUAGES if get_language_info(code)["bidi"])
    return format_html(
        '<link rel="stylesheet" href="{}"><script src="{}" data-rtl-languages="{}" defer></script>',
        static("admin/content-direction.css"),
        static("admin/content-direction.js"),
        rtl_languages,
    )
