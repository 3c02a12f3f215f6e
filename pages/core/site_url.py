"""The address the site is served at, given to the default Wagtail Site.

Every absolute URL (canonical, hreflang, og:url, sitemap, robots.txt, ``page.full_url``) is the Site's
``root_url``: ``http://<hostname>`` with ``:<port>`` unless the port is 80, or ``https://<hostname>`` when
the port is 443 (a Site row has no scheme). So only those URLs are accepted: http on any port but 443,
https on 443. ``manage.py set_site_url URL`` applies one by hand (``scripts/run`` gives it the address
runserver serves); with the ``SITE_URL`` setting, ``manage.py migrate`` applies it at every deploy.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_site_url(url):
    """``(hostname, port)`` of ``url``; ``ValueError`` with the reason when a Site cannot serve it."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise ValueError(f"{url!r} is not a URL ({error}).") from None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"{url!r} is not an http:// or https:// URL with a host name.")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{url!r} must be the scheme, host and port only (the site is served at its root).")
    port = port or DEFAULT_PORTS[parts.scheme]
    if (parts.scheme == "https") != (port == 443):
        raise ValueError(f"{url!r}: a Wagtail Site serves https on port 443 only, and http on any other port.")
    hostname = parts.hostname  # lower-cased by urlsplit
    return (f"[{hostname}]" if ":" in hostname else hostname), port


def apply_site_url(url, using=DEFAULT_DB_ALIAS):
    """Give the default Site the hostname and port of ``url``. Returns ``(site, changed)``; saves only
    when something changes (saving tells every process, through pages.core.fastpath.site_data)."""
    hostname, port = parse_site_url(url)
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None:
        raise ValueError("There is no default Site (run `manage.py migrate` first).")
    if (site.hostname, site.port) == (hostname, port):
        return site, False
    if Site.objects.using(using).filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
        raise ValueError(f"Another Site already answers at {hostname}:{port}.")
    site.hostname, site.port = hostname, port
    site.save(using=using, update_fields=["hostname", "port"])
    return site, True


def apply_site_url_setting(sender, using=DEFAULT_DB_ALIAS, verbosity=1, **kwargs):
    """post_migrate receiver: the ``SITE_URL`` setting, when set, becomes the default Site's address."""
    from django.conf import settings

    url = getattr(settings, "SITE_URL", "")
    if not url or not Site.objects.using(using).filter(is_default_site=True).exists():
        return  # nothing asked, or a database emptied by flush: nothing to give the address to
    try:
        site, changed = apply_site_url(url, using=using)
    except ValueError as error:
        raise ImproperlyConfigured(f"SITE_URL: {error}") from None
    if changed and verbosity >= 1:
        print(f"The default site now answers at {site.root_url}/ (SITE_URL).")
