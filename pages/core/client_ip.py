"""The address a request comes from, trusting forwarding headers only when a setting says a proxy sets them.

``TRUSTED_PROXY_COUNT`` (environment variable of the same name, default 0) is how many reverse proxies
stand in front of the application, each appending the address it saw to ``X-Forwarded-For``. With 0,
``X-Forwarded-For`` is ignored (any client can send it) and the address is ``REMOTE_ADDR``. With N, the
address is the N-th entry from the end of ``X-Forwarded-For``: the one the outermost trusted proxy
added. Every throttle (login, password reset, later forms) keys on this one function.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's IP address as a string; ``REMOTE_ADDR`` when the forwarded one is missing or malformed."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            candidate = forwarded[-count]
            if valid_ip(candidate):
                return candidate
    return remote if valid_ip(remote) else "0.0.0.0"


def valid_ip(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True
