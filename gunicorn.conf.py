"""Gunicorn's settings for Multaqa, read from the working directory by `gunicorn cms.wsgi`.

Workers: one sync worker per CPU core (``WEB_CONCURRENCY`` overrides it). A page costs about 4 ms of
Python and under 1 ms waiting for PostgreSQL, so a second worker per core has little idle time to
fill: on 2 cores, 4 workers served the home page 30 % slower than 2 (CPU time per request rose from
4.1 to 6.3 ms as the processes evicted each other from the CPU caches; `scripts/benchmark.py`).
Raise it when the database is on another host and its round trips grow.
"""

import os

workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 1)
worker_class = "sync"
timeout = 30

# Django alone decides what a proxy may tell it (SECURE_PROXY_SSL_HEADER, set only when TRUSTED_PROXY_COUNT
# is 1 or more). By default gunicorn believes X-Forwarded-Proto, X-Forwarded-Ssl and X-Forwarded-Protocol,
# and a SCRIPT_NAME header, from anything connecting from 127.0.0.1: any client of a local proxy that
# passes them on would be served as https (with HSTS) or move every URL under a prefix of its choosing.
secure_scheme_headers = {}
forwarder_headers = ""
