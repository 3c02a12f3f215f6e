"""The Site of a request, its SiteSettings, the locales, Wagtail's renditions and the HTML of
pictures, kept in each process between requests.

They change only when an editor saves a site, its settings, an image or a locale, yet were looked up (or
built) again on every request. Each process keeps them in memory, stamped with a version held in
the shared Django cache; saving or deleting a Site, a SiteSettings, an image or a Locale, or
deleting a rendition, sets a new version, so every process (every gunicorn worker, with a shared cache: Redis,
or the file cache of production) drops its copies on its next request (``SiteDataMiddleware``
checks the version when a request comes in). Each request gets its own
copy of the model objects, never the shared one.
"""

import copy
import uuid

from django.conf import settings
from django.core.cache import cache, caches
from wagtail.models import Locale, Site

VERSION_KEY = "multaqa:site-data-version"
RENDITIONS_CACHE = "renditions"  # the cache alias Wagtail keeps renditions in, when there is one


def renditions_cache_is_per_process():
    """Production keeps Wagtail's renditions in each process's memory (reading them from the shared
    file cache costs more than the query it saves); a deleted rendition (an image whose file was
    replaced, or deleted) moves the version, and every process empties that cache on its next request."""
    backend = settings.CACHES.get(RENDITIONS_CACHE, {}).get("BACKEND", "")
    return backend.endswith("LocMemCache")


MISSING = object()


def fresh_copy(instance):
    """A copy of a model instance that shares nothing mutable with it: related objects it loads
    (a site's root page) are its own, not kept for the next request."""
    if instance is None:
        return None
    clone = copy.copy(instance)
    clone._state = copy.copy(instance._state)
    clone._state.fields_cache = {}
    return clone


PICTURES_LIMIT = 5000


class SiteData:
    def __init__(self):
        self.version = None
        self.sites = {}
        self.settings = {}
        self.pictures = {}  # the HTML of {% picture %} (pages.core.templatetags.picture_tags)
        self.locales = {}

    def refresh(self):
        """Forget everything if the shared version has moved since the last request: one cache read."""
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
            version = cache.get(VERSION_KEY)
        if version != self.version or version is None:
            self.version = version
            self.sites = {}
            self.settings = {}
            self.pictures = {}
            self.locales = {}
            if renditions_cache_is_per_process():
                caches[RENDITIONS_CACHE].clear()

    def site_for(self, request):
        """What ``Site.find_for_request`` finds (``None`` for an unknown host without a default site)."""
        from django.http.request import split_domain_port

        key = (split_domain_port(request._get_raw_host())[0], request.get_port())
        site = self.sites.get(key, MISSING)
        if site is MISSING:
            site = self.sites[key] = Site._find_for_request(request)
        return fresh_copy(site)

    def find_site(self, request):
        """``Site.find_for_request``, from this process's copy: Wagtail then finds it on the request."""
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = self.site_for(request)
        return request._wagtail_site

    def locale_for(self, language_code):
        """The Locale of ``language_code``, or ``None``."""
        if language_code not in self.locales:
            self.locales[language_code] = Locale.objects.filter(language_code=language_code).first()
        return fresh_copy(self.locales[language_code])

    def keep_picture(self, key, html):
        if len(self.pictures) >= PICTURES_LIMIT:
            self.pictures.clear()
        self.pictures[key] = html
        return html

    def settings_for(self, settings_class, site):
        key = (settings_class, site.pk)
        instance = self.settings.get(key)
        if instance is None:
            instance = self.settings[key] = settings_class.for_site(site)
        return fresh_copy(instance)


site_data = SiteData()


def new_version(sender, created=False, **kwargs):
    """Signal receiver: a Site, a SiteSettings, an image or a Locale changed, or a rendition was deleted.

    A new SiteSettings row or a new image is the exception: no process holds anything about it that
    could be out of date (``for_site`` creates the settings row on first use, and every process would
    find that same row). A new Site is not (it can take over a host name from the default site), nor
    a new Locale (its absence is kept).
    """
    if created and sender not in (Site, Locale):
        return
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


class SiteDataMiddleware:
    """Checks, once per request, that this process's copies are still current."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site_data.refresh()
        return self.get_response(request)
