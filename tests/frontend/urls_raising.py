"""A URLconf for the 500 test: the site's own URLs plus a view that fails."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def failing_view(request):
    raise RuntimeError("deliberate failure for the 500 page test")


urlpatterns = [*i18n_patterns(path("fail/", failing_view)), *site_urlpatterns]
