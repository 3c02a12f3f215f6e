"""Settings shared by every environment. Everything that differs comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
CMS_DIR = BASE_DIR / "cms"


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "pages.core",
    "pages.standard",
    "pages.news",
    "pages.search",
    "pages.institutions",
    "pages.chapters",
    "pages.directory",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "pages.core.request_hygiene.RequestHygieneMiddleware",  # NUL out of every value, before any query
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pages.core.security_headers.ContentSecurityPolicyMiddleware",
    "pages.core.security_headers.PermissionsPolicyMiddleware",
    "pages.core.fastpath.site_data.SiteDataMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "pages.institutions.admin_scope.InstitutionAdminScopeMiddleware",  # admin screens listing others' pages
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "pages.core.fastpath.routing.FastPageRoutingMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [CMS_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite is the embedded default; production sets DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=env_bool("DATABASE_CONN_HEALTH_CHECKS", True),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "DATABASE_PREPARED_STATEMENTS", True
):
    # Server-side binding lets psycopg prepare a statement the third time it runs it: PostgreSQL then
    # plans it once per connection (planning costs more than running most page queries). Set
    # DATABASE_PREPARED_STATEMENTS=false behind a pooler in transaction mode (PgBouncer before 1.21).
    DATABASES["default"].setdefault("OPTIONS", {}).update({"server_side_binding": True, "prepare_threshold": 2})
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT: a page's queries run in milliseconds, and a large OFFSET (a page far down a ranked search)
    # pushed the planner's estimate over jit_above_cost, spending 0.7 s compiling a 13 ms query.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Without IMMEDIATE transactions, concurrent SQLite writers fail with "database is locked".
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 30}
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first. LANGUAGE_CODE must be "ar" before the first migration,
# because Wagtail creates the default Locale and the root page's locale from it.
LANGUAGE_CODE = "ar"
LANGUAGES = [
    ("ar", "العربية"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Baghdad"
USE_I18N = True
USE_TZ = True
# Dates and numbers in each language's own style (Iraqi month names, British English): cms/formats/<lang>/formats.py.
FORMAT_MODULE_PATH = ["cms.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [CMS_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploads: the limit applies to Wagtail's image and document forms as well.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
DOCUMENT_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "core.CustomDocument"

CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "multaqa@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = _("Multaqa")  # the admin's dashboard and delete confirmations, in the admin's language
# Moderation e-mails go to the approvers of each task (an institution's publishers, the CMC moderators), not
# to every superuser as well.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no outside requests from the admin
# An e-mail address is how onboarding invites: nobody may put someone else's into their account. Only CMC
# administrators (the Users screen) change addresses (pages.institutions.invitations).
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Picks PostgreSQL full-text search with Arabic normalisation, or SQLite FTS5.
        "BACKEND": "pages.search.backend",
        "SEARCH_CONFIG": "multaqa",
    }
}
WAGTAILSEARCH_HITS_MAX_AGE = 14
WAGTAILDOCS_SERVE_METHOD = "serve_view"
NEWS_PAGE_SIZE = 12  # fills every row of the card grid at 1, 2 and 3 columns
SEARCH_PAGE_SIZE = 10

LOGIN_URL = "wagtailadmin_login"

# --- Reverse proxy and client addresses (pages.core.client_ip) ---
# How many reverse proxies in front of the application set X-Forwarded-For / X-Forwarded-Proto.
# 0 (the default): no forwarding header is trusted, whoever sends it. Production trusts
# X-Forwarded-Proto (SECURE_PROXY_SSL_HEADER) only when it is 1 or more.
TRUSTED_PROXY_COUNT = max(0, int(os.environ.get("TRUSTED_PROXY_COUNT", "0") or 0))
# The host and port come from the Host header (checked against ALLOWED_HOSTS), never from X-Forwarded-*;
# absolute URLs come from the request's Wagtail Site anyway (pages.core.fastpath.page_urls.absolute_url).
USE_X_FORWARDED_HOST = False
USE_X_FORWARDED_PORT = False
# The address the site is served at (e.g. https://multaqa.example.iq): `manage.py migrate` gives it to the
# default Site (pages.core.site_url), whose root URL makes every absolute link. Unset: the Site is left as
# it is (`manage.py set_site_url URL` sets it by hand).
SITE_URL = os.environ.get("SITE_URL", "").strip().rstrip("/")
if SITE_URL and not os.environ.get("WAGTAILADMIN_BASE_URL"):
    WAGTAILADMIN_BASE_URL = SITE_URL

# --- Throttling (login, password reset) ---
# django-axes counts failed admin sign-ins in the database (its AccessAttempt table): every gunicorn worker
# sees the same counts, with no shared cache needed, and they survive a restart. An account and a client
# address (pages.core.client_ip, so behind TRUSTED_PROXY_COUNT proxies the forwarded one) are counted
# separately; either reaching LOGIN_FAILURE_LIMIT failures pauses signing in for LOGIN_COOLOFF_MINUTES,
# counted from the failure that reached the limit (attempts while paused do not extend it). A successful
# sign-in clears the counts of that account and that address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_FAILURE_LIMIT = max(1, int(os.environ.get("LOGIN_FAILURE_LIMIT", "5")))
AXES_COOLOFF_TIME = timedelta(minutes=max(1, int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15"))))
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "pages.core.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "pages.core.admin_throttles.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Password reset e-mails (pages.core.admin_throttles, counters in the default cache): per e-mail address
# asked for and per client address, in fixed windows of PASSWORD_RESET_WINDOW_MINUTES.
PASSWORD_RESET_LIMIT_PER_EMAIL = max(1, int(os.environ.get("PASSWORD_RESET_LIMIT_PER_EMAIL", "3")))
PASSWORD_RESET_LIMIT_PER_CLIENT = max(1, int(os.environ.get("PASSWORD_RESET_LIMIT_PER_CLIENT", "10")))
PASSWORD_RESET_WINDOW_MINUTES = max(1, int(os.environ.get("PASSWORD_RESET_WINDOW_MINUTES", "60")))

# --- Content-Security-Policy and Permissions-Policy ---
# pages.core.security_headers sets both headers. The public site runs no script of its own (only Wagtail's
# user bar, from our static files, for signed-in editors) and has no inline script or style. Embeds
# (wagtail.embeds) are iframes from the sites in EMBED_FRAME_SOURCES (env CSP_FRAME_SRC); an embed that
# needs its provider's script (X, Instagram) shows its plain fallback link. Nothing frames a public page
# (frame-ancestors 'none'): the admin's previews are served at admin URLs, under the admin's policy.
EMBED_FRAME_SOURCES = env_list(  # not CSP_FRAME_SRC: django-csp 4 rejects its old setting names
    "CSP_FRAME_SRC", "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": EMBED_FRAME_SOURCES or ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin (and the page previews it frames) still writes inline <script> and style="", and its
# scripts add <style> elements (wagtail#1288); its image uploads preview from blob: URLs, jQuery UI's
# stylesheet has a data: image. Checked page by page in Chromium (tests/browser/test_csp.py): no eval.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Browser features no page of the site uses, off for the site and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# --- Uploads and renditions ---
# Background tasks (django-tasks): the public renditions of a newly saved image (pages.core.renditions)
# and Wagtail's own search index, reference index and file deletion tasks. TASKS_BACKEND chooses:
# "immediate" runs each task in the process that enqueues it (the default here, so development and tests
# need no worker); "database" stores it for `manage.py db_worker` (the default in production).
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(default):
    from django.core.exceptions import ImproperlyConfigured

    name = os.environ.get("TASKS_BACKEND", "").strip().lower() or default
    if name not in TASKS_BACKENDS:
        raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}, not {name!r}.")
    return {"default": {"BACKEND": TASKS_BACKENDS[name]}}


TASKS = tasks_setting("immediate")
