"""Request values every view can pass to the database: NUL removed, paths with control characters refused.

PostgreSQL text cannot hold NUL (U+0000): a ``%00`` in a search query, a tag, an admin search term, a
login name or a session cookie reached a query and raised ``DataError`` (a server error). Guarding each
view would leave the next one open, so ``RequestHygieneMiddleware``, early in ``MIDDLEWARE``, cleans the
request once, for every view (ours, Wagtail's, Django's and those still to come) and for every later
middleware (sessions, throttling):

- NUL is removed from the keys and values of ``GET``, of form ``POST`` data and of ``COOKIES``. No
  legitimate text holds it, and removing it (rather than refusing the request) keeps forms and searches
  working for a value pasted with a stray NUL.
- A path holding NUL or another control character (U+0000–U+001F, U+007F) names no page, document or
  image: it is answered 400 (Bad Request, Django's handler) before any view or query runs.
- A path longer than ``MAX_PATH_LENGTH`` is answered 414 (URI Too Long), whatever server is in front:
  gunicorn refuses a request line that long, ``runserver`` and others do not, and such a path only
  makes work (routing looks up every prefix of it; a number too long for ``int()`` in Wagtail's
  document URL raised ``ValueError``).

Only form data is read here (``application/x-www-form-urlencoded`` and ``multipart/form-data`` POSTs),
which ``CsrfViewMiddleware`` reads for every POST anyway; other bodies are left to their views.
"""

import re

from django.core.exceptions import BadRequest
from django.http import HttpResponse, QueryDict

NUL = "\x00"
CONTROL_CHARACTER = re.compile("[\x00-\x1f\x7f]")
MAX_PATH_LENGTH = 2048  # characters of the decoded path; no page, document or image URL of the site comes near
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class InvalidPath(BadRequest):
    pass


def holds_nul(querydict):
    return any(NUL in key or any(NUL in value for value in values) for key, values in querydict.lists())


def without_nul(querydict):
    """``querydict`` itself when no key or value holds NUL, else an immutable copy without NUL."""
    if not holds_nul(querydict):
        return querydict
    cleaned = QueryDict(mutable=True, encoding=querydict.encoding)
    for key, values in querydict.lists():
        for value in values:
            cleaned.appendlist(key.replace(NUL, ""), value.replace(NUL, ""))
    cleaned._mutable = False
    return cleaned


class RequestHygieneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if len(request.path_info) > MAX_PATH_LENGTH:
            return HttpResponse("URI Too Long", status=414, content_type="text/plain")
        if CONTROL_CHARACTER.search(request.path_info):
            raise InvalidPath("The path holds a control character.")
        query_string = request.META.get("QUERY_STRING", "")
        if "%00" in query_string or NUL in query_string:
            request.GET = without_nul(request.GET)
        if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
            request.POST = without_nul(request.POST)
        if any(NUL in key or NUL in value for key, value in request.COOKIES.items()):
            request.COOKIES = {key.replace(NUL, ""): value.replace(NUL, "") for key, value in request.COOKIES.items()}
        return self.get_response(request)
