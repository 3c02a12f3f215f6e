from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import get_language_info
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def translation_editor_direction():
    """wagtail-localize's translation editor gives its fields no lang/dir (wagtail-localize#197), so
    Arabic would be typed left to right in an English admin. This script sets both from the target locale."""
    rtl_languages = " ".join(code for code, _name in settings.LANGUAGES if get_language_info(code)["bidi"])
    return format_html(
        '<script src="{}" data-rtl-languages="{}" defer></script>',
        static("js/translation-editor-direction.js"),
        rtl_languages,
    )
