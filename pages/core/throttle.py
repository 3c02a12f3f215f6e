"""Counting requests per purpose and value (an e-mail address, a client address) in fixed windows of time.

``RateLimit("password-reset:email", limit=3, window=3600).hit(email)`` counts one request for that
e-mail address in the current hour and answers whether it is still within the limit. The counters live
in Django's default cache, so every worker sees the same ones when the cache is shared (Redis, or the
file cache of production); with the per-process memory cache of development each process counts alone.
The value enters the key as an HMAC keyed with SECRET_KEY: no e-mail address or IP address is written to the
cache in clear (nor as a hash a dictionary could reverse), and any value makes a valid key.

A window is fixed, aligned to the clock (the hour from 10:00 to 11:00, not the hour after the first
request): a client can get up to twice the limit across a boundary, the price of one cache key per
window and no list of timestamps. Public forms (training registration, proposals) use the same class.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.crypto import salted_hmac


@dataclass(frozen=True)
class RateLimit:
    purpose: str  # what is counted, any text: "password-reset:email"
    limit: int  # requests allowed per window
    window: int  # seconds

    def hit(self, value):
        """Counts one request for ``value``; True while the count in this window is within the limit."""
        now = int(time.time())
        window_start = now - now % self.window
        digest = salted_hmac("pages.core.throttle", f"{self.purpose}\0{value}").hexdigest()
        key = f"throttle:{window_start}:{digest}"
        ttl = window_start + self.window - now + 1  # a second more: the counter outlives its window
        # add() creates the counter only if it is missing; incr() is atomic on Redis and on the memory
        # cache (the file cache reads and writes, so two workers at the same instant may count once).
        cache.add(key, 0, timeout=ttl)
        try:
            count = cache.incr(key)
        except ValueError:  # the counter expired between add() and incr()
            cache.add(key, 1, timeout=ttl)
            count = 1
        return count <= self.limit

    def seconds_left(self):
        """Seconds until the current window ends and every count starts again from zero."""
        return self.window - int(time.time()) % self.window
