from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

from pages.core.admin_throttles import ThrottledPasswordResetView
from pages.core.sitemaps import MultilingualSitemap
from pages.core.views import favicon, robots_txt
from pages.institutions.invitation_views import accept_invitation
from pages.search import views as search_views

urlpatterns = [
    # Wagtail's password reset form at its own address, found before Wagtail's: it sends fewer e-mails.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path("admin/directory/", include("pages.directory.urls")),  # CMC staff exports: 403, not the admin redirect
    # An invitation link: open to those without an account, so outside the admin's sign-in wall.
    path("admin/invitation/<str:token>/", accept_invitation, name="institutions_invitation"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("images/<str:signature>/<int:image_id>/<str:filter_spec>/", ServeView.as_view(), name="wagtailimages_serve"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include(wagtail_urls)),
)
