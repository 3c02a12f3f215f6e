"""Every admin URL pattern, filled with the ids of another institution's (and the CMC's) objects.

``admin_routes`` lists the admin's URL patterns from the URLconf; ``requests_for`` turns one into the requests
the leak test sends: GETs (plain, searching for the markers, exporting as CSV and Excel) and a POST of the
form the GET showed (or of nothing). A pattern with an id is filled with each foreign object of its kind, by
the name of the id and, for ``pk``, by the URL's name. ``UNREACHED`` names the patterns the test does not
request, each with its reason; any other pattern it cannot fill fails the test, so a new admin URL is walked
or explained.
"""

import contextlib
import io
import zipfile
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch

ADMIN_PREFIX = "admin/"

UNREACHED = {
    "admin/password_reset/confirm/<uidb64>/<token>/": "needs a token e-mailed to the account's owner",
    "admin/^.*/$": "the admin's catch-all 404, reached by every unknown admin path",
    "admin/logout/": "signs the walking user out; tested in the permission matrix",
    "admin/failwhale/": "a Wagtail test view raising an error on purpose (DEBUG only)",
    "admin/test404/": "a Wagtail test view answering 404 on purpose",
    "admin/invitation/<str:token>/": "a secret link's bearer token, not an id (tests/institutions/test_invites.py)",
}

SEARCH = "ZQB"


@dataclass
class Route:
    route: str
    name: str
    kwargs: tuple


@dataclass
class Request:
    method: str
    path: str
    route: str
    data: dict = field(default_factory=dict)


def admin_routes():
    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                route = prefix + str(pattern.pattern)
                if route.startswith(ADMIN_PREFIX):
                    kwargs = tuple(pattern.pattern.regex.groupindex)
                    name = namespace + pattern.name if pattern.name else ""
                    yield Route(route, name, kwargs)

    seen = {}
    for route in walk(get_resolver().url_patterns):
        seen.setdefault(route.route, route)
    return list(seen.values())


class Candidates:
    """The foreign ids to fill each URL keyword with."""

    def __init__(self, leak):
        from wagtail.models import Locale, Site

        from pages.core.models import SiteSettings

        world = leak.world
        b = world.b.institution
        self.leak = leak
        moderated_revision = leak.b_moderated.latest_revision_id
        self.pages = [leak.b_moderated.pk, leak.b_live.pk, leak.b_draft.pk, leak.b_private.pk, leak.cmc_draft.pk]
        # The walker's own pages too: screens of one's own page can list others' (privacy groups, destinations).
        own = [world.a_private.pk, world.a.chapter_pages["ar"].pk]
        default_site = Site.objects.get(is_default_site=True)
        settings_row, _created = SiteSettings.objects.get_or_create(site=default_site)
        self.by_name = {
            "page_id": [*self.pages, *own],
            "parent_page_id": [*self.pages, *own],
            "page_pk": self.pages,
            "page_to_move_id": [world.a_page.pk, *self.pages],
            "destination_id": self.pages,
            "revision_id": [moderated_revision, leak.b_revision.pk],
            "revision_id_a": ["earliest"],
            "revision_id_b": ["latest"],
            "task_state_id": [leak.task_state.pk],
            "workflow_state_id": [leak.workflow_state.pk],
            "task_id": [leak.task_state.task_id],
            "workflow_pk": [b.workflow_id],
            "collection_id": [b.collection_id],
            "image_id": [leak.b_image.pk],
            "document_id": [leak.b_document.pk],
            "doc_id": [leak.b_document.pk],
            "uploaded_file_id": [leak.b_upload.pk],
            "session_id": [leak.editing_session.pk],
            "object_id": [leak.b_live.pk],
            "translation_source_id": [leak.translation.source_id],
            "translation_id": [leak.translation.pk],
            "string_segment_id": [leak.string_segment.pk],
            "overridable_segment_id": [1],
            "redirect_id": [leak.cmc_redirect.pk],
            "filter_spec": ["original"],
            "mode": ["default"],
            "action": ["delete"],
            "action_name": ["approve", "reject", "publish", "move", "delete", "copy"],
            "content_type_app_name": ["standard"],
            "content_type_model_name": ["standardpage"],
        }
        # ``pk`` by the URL's name (its first matching prefix).
        self.pk_by_name = [
            ("wagtailadmin_api:pages", self.pages),
            ("wagtailadmin_api:images", [leak.b_image.pk]),
            ("wagtailadmin_api:documents", [leak.b_document.pk]),
            ("wagtailadmin_pages:revisions_compare", self.pages),
            ("wagtailadmin_collections", [b.collection_id]),
            ("wagtailadmin_workflows:edit_task", [leak.task_state.task_id]),
            ("wagtailadmin_workflows:disable_task", [leak.task_state.task_id]),
            ("wagtailadmin_workflows:enable_task", [leak.task_state.task_id]),
            ("wagtailadmin_workflows", [b.workflow_id]),
            ("wagtailimages_chooser", [leak.b_image.pk]),
            ("wagtaildocs_chooser", [leak.b_document.pk]),
            ("institutions_confirm_contacts", [b.pk]),
            ("wagtailsnippets_institutions_institution", [b.pk]),
            ("wagtailsnippets_institutions_liaisonmember", [leak.b_liaison.pk]),
            ("institution", [b.pk]),
            ("liaison_member", [leak.b_liaison.pk]),
            ("wagtailusers_users", [leak.b_editor.pk]),
            ("wagtailusers_groups", [b.editors_group_id]),
            ("wagtaillocales", [Locale.objects.get(language_code="en").pk]),
            ("wagtailsites", [default_site.pk]),
            ("wagtailsettings", [settings_row.pk]),
            ("wagtail_localize", [leak.b_moderated.pk]),
        ]
        self.pairs = {
            ("app_label", "model_name"): [
                ("wagtailcore", "page"),
                ("core", "customimage"),
                ("core", "customdocument"),
            ],
            ("app_name", "model_name"): [("core", "sitesettings"), ("news", "newsarticlepage")],
        }

    def for_kwarg(self, route, name):
        if name == "pk":
            for prefix, values in self.pk_by_name:
                if route.name.startswith(prefix) or prefix in route.name:
                    return values
            return None
        return self.by_name.get(name)

    def variants(self, route):
        """Keyword dicts for ``route``, the lists zipped (cycling the shorter ones); None if one is unknown."""
        lists = {}
        names = list(route.kwargs)
        for pair, values in self.pairs.items():
            if set(pair) <= set(names):
                lists[pair] = values
                names = [name for name in names if name not in pair]
        for name in names:
            values = self.for_kwarg(route, name)
            if values is None:
                return None
            lists[(name,)] = values
        if not lists:
            return [{}]
        count = max(len(values) for values in lists.values())
        variants = []
        for index in range(count):
            kwargs = {}
            for key, values in lists.items():
                value = values[index % len(values)]
                if len(key) == 1:
                    kwargs[key[0]] = value
                else:
                    kwargs.update(zip(key, value, strict=True))
            variants.append(kwargs)
        return variants

    def bulk_queries(self):
        leak = self.leak
        chapter_b = leak.world.b.chapter_pages["ar"].pk
        return {
            ("wagtailcore", "page"): [
                f"?id={leak.b_draft.pk}",
                f"?id={leak.cmc_draft.pk}",
                f"?id=all&childOf={chapter_b}",
                f"?id=all&q={SEARCH}",
                "?id=all",
                "?id=abc",
                "?id=all&childOf=abc",
                "?id=all&childOf=",
            ],
            ("core", "customimage"): [f"?id={leak.b_image.pk}", "?id=all", "?id=abc"],
            ("core", "customdocument"): [f"?id={leak.b_document.pk}", "?id=all", "?id=abc"],
        }


BULK_ACTIONS = {
    ("wagtailcore", "page"): ["delete", "move", "publish", "unpublish"],
    ("core", "customimage"): ["delete", "add_to_collection", "add_tags"],
    ("core", "customdocument"): ["delete", "add_to_collection", "add_tags"],
}


def paths_for(route, candidates):
    """The concrete paths of ``route``; None when it cannot be filled."""
    if route.name == "wagtail_bulk_action":
        paths = []
        for (app_label, model_name), queries in candidates.bulk_queries().items():
            for action in BULK_ACTIONS[(app_label, model_name)]:
                base = reverse(route.name, args=[app_label, model_name, action])
                paths.extend(base + query for query in queries)
        return paths
    variants = candidates.variants(route)
    if variants is None or not route.name:
        return None
    paths = []
    for kwargs in variants:
        with contextlib.suppress(NoReverseMatch):
            paths.append(reverse(route.name, kwargs=kwargs))
    return paths or None


def requests_for(route, candidates):
    paths = paths_for(route, candidates)
    if paths is None:
        return None
    out = []
    for path in paths:
        out.append(Request("GET", path, route.route))
        if "?" not in path:
            for query in (f"?q={SEARCH}", "?export=csv", "?export=xlsx", f"?p=1&ordering=title&q={SEARCH}"):
                out.append(Request("GET", path + query, route.route))
        out.append(Request("POST", path, route.route))
    return out


def readable(response):
    """The response's body and headers as text; an Excel export's cells too."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    texts = [f"{name}: {value}" for name, value in response.items()]
    if body[:2] == b"PK":
        with contextlib.suppress(zipfile.BadZipFile), zipfile.ZipFile(io.BytesIO(body)) as archive:
            texts.extend(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    texts.append(body.decode("utf-8", "replace"))
    return "\n".join(texts), body


def form_data(html):
    """The first POST form's data in ``html`` (as a browser would submit it), or an empty dict."""
    from wagtail.test.utils.form_data import _querydict_from_form
    from wagtail.test.utils.wagtail_tests import WagtailTestUtils

    if "<form" not in html:
        return {}
    for form in WagtailTestUtils.get_soup(html).find_all("form"):
        if (form.get("method") or "").lower() == "post":
            return _querydict_from_form(form, True)
    return {}
