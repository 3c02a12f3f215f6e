"""The Content-Security-Policy and Permissions-Policy headers of every response.

Two policies (settings, "Content-Security-Policy and Permissions-Policy"): ``CONTENT_SECURITY_POLICY`` for
the public site, which runs no script of its own and has no inline script or style, and
``ADMIN_CONTENT_SECURITY_POLICY`` for Wagtail's admin (everything under its home's URL, the page
previews included), which needs inline scripts and styles, and frames its previews. django-csp's
middleware builds and sets the header; this subclass only picks the admin's policy for admin URLs. A
view that sets its own header (Wagtail's document and image views send ``default-src 'none'``) keeps it.
"""

from dataclasses import replace
from functools import cache

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse


@cache
def admin_prefix(urlconf, script_prefix):
    """Where Wagtail's admin starts, per URLconf and script prefix (the arguments are the cache's key)."""
    try:
        return reverse("wagtailadmin_home", urlconf=urlconf)
    except NoReverseMatch:  # a URLconf without the admin
        return None


def is_admin(request):
    prefix = admin_prefix(get_urlconf(), get_script_prefix())
    return prefix is not None and request.path.startswith(prefix)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            # Wagtail's preview runs the page through the middleware again, with a dummy request at the
            # page's public URL: the admin request around it, which frames it, sets the admin's policy.
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin(request):
            # Not a view's own policy (django-csp's ``@csp``): the admin's instead of the public one.
            parts = replace(parts, config=default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]))
        return parts


def permissions_policy_header(policy):
    """``{"camera": [], "fullscreen": ["self"]}`` -> ``camera=(), fullscreen=(self)``."""
    return ", ".join(f"{feature}=({' '.join(allowed)})" for feature, allowed in policy.items())


class PermissionsPolicyMiddleware:
    """Turns off the browser features the site never uses (``PERMISSIONS_POLICY``), for its pages and
    anything they embed."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
