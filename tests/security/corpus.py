"""The hostile-input corpus: every public URL with the parameters it reads, and the values sent to them.

This is the one list later work extends: a new page type gets a page in ``conftest.build_site`` (its
URL then joins ``page_urls`` by itself), a new URL pattern gets an entry in ``PUBLIC_URLS`` or
``ADMIN_URLS`` with the query parameters it reads, a new form an entry in ``FORMS``.
``test_hostile_coverage.py`` fails while a URL pattern of ``cms.urls`` or a page type is left out.

Values are written as they travel in a URL: percent-encoded, so that bytes that are not UTF-8 (``%FF``,
the overlong ``%C0%AE``, an encoded surrogate) can be sent as they are.
"""

from dataclasses import dataclass, field
from urllib.parse import quote


@dataclass(frozen=True)
class Value:
    name: str
    encoded: str  # as it appears in a query string or a path
    probe: str | None = None  # markup that must never come back unescaped


def text(name, value, probe=False):
    return Value(name, quote(value, safe=""), value if probe else None)


def raw(name, encoded):
    return Value(name, encoded)


NUMBERS = [
    text("bigint max", "9223372036854775807"),
    text("bigint max + 1", "9223372036854775808"),
    text("bigint min - 1", "-9223372036854775809"),
    text("minus one", "-1"),
    text("zero", "0"),
    text("exponent", "1e9"),
    text("hex", "0x10"),
    text("arabic-indic digits", "١٢"),
    text("NaN", "NaN"),
    text("infinity", "inf"),
    text("decimal", "2.5"),
    text("padded", " 2 "),
    text("digits beyond int()", "9" * 5000),
]

HOSTILE_VALUES = [
    raw("NUL", "%00"),
    raw("NUL inside", "a%00b"),
    raw("NUL then Arabic", "%00%D9%88%D8%B2%D8%A7%D8%B1%D8%A9"),
    text("vertical tab", "a\x0bb"),
    text("escape sequence", "\x1b[31mred"),
    text("DEL and C1", "\x7f\x85\x9f"),
    text("CRLF header", "a\r\nSet-Cookie: hostile=1"),
    raw("invalid UTF-8", "%FF"),
    raw("overlong UTF-8", "%C0%AE%C0%AE"),
    raw("encoded surrogate", "%ED%A0%80"),
    raw("beyond U+10FFFF", "%F4%90%80%80"),
    raw("truncated UTF-8", "%D9"),
    *NUMBERS,
    text("tsquery operators", "a & | ! ( ) : * <->"),
    text("tsquery prefix", "a:*"),
    text("tsquery quote", "'"),
    text("tsquery backslash", "\\"),
    text("tsquery only operators", "&|!():*<->"),
    text("FTS5 quote", '"'),
    text("FTS5 quote inside", 'a"b'),
    text("FTS5 NEAR", "NEAR(a b"),
    text("FTS5 AND", "AND"),
    text("FTS5 OR NOT", "a OR NOT"),
    text("FTS5 star", "*"),
    text("FTS5 caret", "^a"),
    text("FTS5 column", "title:a"),
    text("FTS5 columns", "{title body}: a"),
    text("phrase quotes", '"a b" "c'),
    text("LIKE wildcards", "%_%"),
    text("format string", "%s%n{0}"),
    text("bidi override", "\u202eabc"),
    text("bidi isolate", "\u2066abc\u2069"),
    text("zero-width joiner", "a\u200db"),
    text("combining marks", "e" + "\u0301" * 200),
    text("emoji", "😀"),
    text("ﷺ x 200", "ﷺ" * 200),
    text("ﷺ x 2000", "ﷺ" * 2000),
    text("﷽ x 100", "﷽" * 100),
    text("Arabic words x 500", "وزارة " * 500),
    text("hyphenated words", "-".join(["a"] * 3000)),
    text("10,000 characters", "a" * 10_000),
    text("stop words only", "في من إلى"),
    text("path traversal", "../../../etc/passwd"),
    text("script probe", "\"'><script>alert(1)</script>", probe=True),
    text("img probe", "<img src=x onerror=alert(1)>", probe=True),
    text("empty", ""),
]

# Sent to parameters a view does not read, to parameters that are not searched (an ordering, a return
# URL), and in paths: what request-level handling must survive.
GENERIC_VALUES = [
    value
    for value in HOSTILE_VALUES
    if value.name
    in {
        "NUL",
        "NUL inside",
        "vertical tab",
        "CRLF header",
        "invalid UTF-8",
        "overlong UTF-8",
        "bigint max + 1",
        "10,000 characters",
        "script probe",
    }
]


# Searched text (q, term, tag, a login name): every value but the numbers.
SEARCH_VALUES = [value for value in HOSTILE_VALUES if value not in NUMBERS]
# Page numbers and ids.
NUMBER_VALUES = NUMBERS + GENERIC_VALUES


@dataclass
class Target:
    """A URL (a template filled from the site's ``urls``), the parameters its view reads and the values
    each one gets."""

    url: str
    params: dict = field(default_factory=dict)  # name -> list of Value
    extra: dict = field(default_factory=dict)  # other parameters sent with each value (plain text)
    generic: bool = True  # also send GENERIC_VALUES to a parameter no view reads


# Each page URL of the tree (both languages) is added by the tree itself (conftest.build_site), with the
# parameters its page type reads: PAGE_PARAMS.
# The directory of chapters reads its filters: a name (searched), a type and a governorate (choices).
CHAPTER_FILTERS = {"q": SEARCH_VALUES, "kind": SEARCH_VALUES, "governorate": SEARCH_VALUES}
PAGE_PARAMS = {
    "news.NewsIndexPage": {"page": NUMBER_VALUES, "tag": SEARCH_VALUES},
    "chapters.InstitutionIndexPage": {**CHAPTER_FILTERS, "page": NUMBER_VALUES},
}

PUBLIC_URLS = [
    Target("/ar/search/", {"q": SEARCH_VALUES, "page": NUMBER_VALUES}, {"q": "وزارة"}),
    Target("/en/search/", {"q": SEARCH_VALUES, "page": NUMBER_VALUES}, {"q": "forum"}),
    Target("/ar/news/", {"page": NUMBER_VALUES}, {"tag": "forum-tag"}),
    Target("/ar/news/feed/rss/"),
    Target("/ar/news/feed/atom/"),
    Target("/en/news/feed/rss/"),
    Target("/en/news/feed/atom/"),
    # The IT directory and an entry's vCard: routes of the directory of chapters (a routable page).
    Target("/ar/chapters/directory/", CHAPTER_FILTERS, {"kind": "ministry"}),
    Target("/en/chapters/directory/", CHAPTER_FILTERS),
    Target("/ar/chapters/directory/moi/vcard/"),
    Target("/ar/chapters/moi/news/feed/rss/"),  # a chapter's own news feeds
    Target("/ar/chapters/moi/news/feed/atom/"),
    Target("/en/chapters/directory/moi/vcard/"),
    Target("/sitemap.xml", {"p": NUMBER_VALUES}),
    Target("/robots.txt"),
    Target("/favicon.ico"),
    Target("/"),
    Target("{document}"),
    Target("{image}"),
    Target("/documents/authenticate_with_password/{document_restriction}/", {"next": GENERIC_VALUES}),
    Target("/ar/_util/authenticate_with_password/{page_restriction}/{private_page}/", {"return_url": GENERIC_VALUES}),
    Target("/ar/_util/login/", {"next": GENERIC_VALUES}),
    Target("/admin/login/", {"next": GENERIC_VALUES}),
    Target("/admin/password_reset/"),
    Target("/admin/invitation/{invitation}/"),  # an invitation link: open without an account
]

# Views of the admin that search or read a term, asked by a signed-in superuser. The full admin pages
# get the generic values; their results views (the same search, less page around it) get them all.
ADMIN_LISTING = {"q": GENERIC_VALUES, "p": NUMBER_VALUES, "ordering": GENERIC_VALUES}
ADMIN_URLS = [
    Target("/admin/images/", {**ADMIN_LISTING, "collection_id": NUMBER_VALUES}, generic=False),
    Target("/admin/images/results/", {"q": SEARCH_VALUES}, generic=False),
    Target("/admin/images/chooser/results/", {"q": SEARCH_VALUES}, generic=False),
    Target("/admin/documents/", {**ADMIN_LISTING, "collection_id": NUMBER_VALUES}, generic=False),
    Target("/admin/documents/results/", {"q": SEARCH_VALUES}, generic=False),
    Target("/admin/documents/chooser/results/", {"q": SEARCH_VALUES}, generic=False),
    Target("/admin/choose-page/search/", {"q": SEARCH_VALUES, "p": NUMBER_VALUES}, generic=False),
    Target("/admin/pages/search/", ADMIN_LISTING, generic=False),
    Target("/admin/pages/search/results/", {"q": SEARCH_VALUES}, generic=False),
    Target("/admin/tag-autocomplete/", {"term": SEARCH_VALUES}, generic=False),
    Target("/admin/"),
    # Institutions and their liaison members (pages/institutions): listings with search and filters, and
    # the CMC's activity report.
    Target(
        "/admin/institutions/",
        {**ADMIN_LISTING, "kind": SEARCH_VALUES, "governorate": SEARCH_VALUES, "status": SEARCH_VALUES},
        generic=False,
    ),
    Target("/admin/institutions/results/", {"q": SEARCH_VALUES}, generic=False),
    Target("/admin/liaison_members/", {**ADMIN_LISTING, "institution": NUMBER_VALUES}, generic=False),
    Target("/admin/liaison_members/results/", {"q": SEARCH_VALUES}, generic=False),
    Target("/admin/institutions-activity/", {"institution": SEARCH_VALUES, "p": NUMBER_VALUES}, generic=False),
    Target("/admin/institutions-onboard/"),
    # CMC staff's IT directory: the exports (outside Wagtail's admin URLconf) and the stale report.
    Target("/admin/directory/export.csv"),
    Target("/admin/directory/export.vcf"),
    Target("/admin/directory/stale/"),
]

# Forms anyone can post, and their fields.
FORMS = [
    Target(
        "/admin/login/",
        {"username": SEARCH_VALUES, "password": GENERIC_VALUES},
        {"username": "editor", "password": "secret"},
    ),
    Target("/admin/password_reset/", {"email": SEARCH_VALUES}, {"email": "editor@example.com"}),
    Target(
        "/admin/invitation/{invitation}/",
        {
            "username": SEARCH_VALUES,
            "password1": GENERIC_VALUES,
            "password2": GENERIC_VALUES,
            "website": GENERIC_VALUES,
        },
        {"username": "invited", "password1": "short", "password2": "other"},
    ),
    Target(
        "/ar/_util/authenticate_with_password/{page_restriction}/{private_page}/",
        {"password": GENERIC_VALUES, "return_url": GENERIC_VALUES},
    ),
    Target(
        "/documents/authenticate_with_password/{document_restriction}/",
        {"password": GENERIC_VALUES, "return_url": GENERIC_VALUES},
    ),
]

ODD_PATHS = [
    "/ar/%00/",
    "/ar/news/%00",
    "/%00",
    "/ar/%0B/",
    "/ar/%7F/",
    "/ar/..%2f",
    "/ar/..%2f..%2fetc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "//",
    "///ar//news//",
    "/ar/news/%ff/",
    "/ar/news/%C0%AE%C0%AE/",
    "/ar/%ED%A0%80/",
    "/ar/" + "a/" * 1000,
    "/ar/" + "%D9%88" * 2000 + "/",
    "/ar/" + "x" * 8000 + "/",
    "/ar/%E2%80%AEnews/",
    "/ar/news/feed/rss/extra/",
    "/ar/news/feed/",
    "/xx/",
    "/ar/search/%00/",
    "/documents/99999999999999999999/x.pdf",
    "/documents/-1/x.pdf",
    "/documents/1/%00.pdf",
    "/documents/authenticate_with_password/99999999999999999999/",
    "/images/x/99999999999999999999/original/",
    "/images/x/1/fill-99999999x99999999/",
    "/images/%00/1/original/",
    "/ar/_util/authenticate_with_password/99999999999999999999/99999999999999999999/",
    "/admin/%00/",
    "/static/%00",
    "/static/../cms/settings/base.py",
    "/media/%00",
    "/sitemap.xml/%00",
    "/ar/chapters/directory/%00/vcard/",
    "/ar/chapters/directory/..%2f/vcard/",
    "/ar/chapters/directory/" + "m" * 3000 + "/vcard/",
    "/ar/chapters/directory/moi.vcf",
    "/ar/chapters/directory/moi/vcard/extra/",
    "/ar/chapters/directory/%D9%88/vcard/",
    "/admin/directory/export.csv/%00",
    "/admin/directory/%00",
    "/admin/invitation/%00/",
    "/admin/invitation/" + "t" * 3000 + "/",
    "/admin/invitation/..%2f/",
]

METHODS = ["POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]

HOSTS = [
    "evil.example",
    "localhost:8000",
    "evil.com:99999",
    "localhost:99999999999999999999",
    "localhost:abc",
    "",
    "[::1]",
    "[::1]:80",
    "127.0.0.1:0",
    "a" * 300,
    "localhost\x00",
    "xn--mgbh0fb.example",
    "localhost.",
]

FORWARDING_HEADERS = [
    {"HTTP_X_FORWARDED_HOST": "evil.example"},
    {"HTTP_X_FORWARDED_HOST": "evil.example:99999, localhost"},
    {"HTTP_X_FORWARDED_PROTO": "https"},
    {"HTTP_X_FORWARDED_PROTO": "gopher"},
    {"HTTP_X_FORWARDED_FOR": "not-an-address"},
    {"HTTP_X_FORWARDED_FOR": "1.2.3.4, 5.6.7.8, ::1, 999.999.999.999"},
    {"HTTP_X_FORWARDED_FOR": ", ".join(["10.0.0.1"] * 500)},
    {"HTTP_X_FORWARDED_FOR": "1.2.3.4\x00"},
    {"HTTP_X_FORWARDED_PORT": "99999999999999999999"},
    {"HTTP_X_REAL_IP": "evil"},
    {"HTTP_FORWARDED": 'for="_gazonk";proto=https;host=evil.example'},
    {"HTTP_ACCEPT_LANGUAGE": "xx-YY;q=abc, *;q=9, " + "a" * 1000},
    {"HTTP_ACCEPT_LANGUAGE": "\x00"},
    {"HTTP_REFERER": "javascript:alert(1)"},
    {"HTTP_USER_AGENT": "\x00" + "a" * 10_000},
]

# Cookies the site reads: each gets the generic values.
COOKIES = ["sessionid", "csrftoken", "django_language"]
