"""The routed page, as its own type, with what rendering it follows, in one prepared query.

``pages.core.fastpath.routing`` finds which page serves a path; this loads it. One query per page model,
compiled once per process (``pages.core.fastpath.prepared``), gives the page's columns, those of the foreign
keys its ``display_related`` names (its main image, say), and two facts that spare Wagtail's
view-restriction check its query when they are both false: whether the page or an ancestor has a
view restriction, and whether an ancestor is an alias (whose source's restrictions would apply).
The model instances are built from the row as the ORM builds them (``Model.from_db``).
"""

from django.db.models import CharField, Exists, F, IntegerField, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import Page

from .prepared import PreparedQuery, Slot
from .privacy import in_private_section


def concrete_attnames(model):
    return [field.attname for field in model._meta.concrete_fields]


def under_an_alias():
    """True for a page with an ancestor that is an alias (a subquery)."""
    return Exists(Page.objects.filter(StartsWith(OuterRef("path"), F("path")), alias_of__isnull=False))


class PageLoader:
    def __init__(self, model):
        self.model = model
        self.fields = concrete_attnames(model)
        self.related = [
            (model._meta.get_field(name), concrete_attnames(model._meta.get_field(name).related_model))
            for name in getattr(model, "display_related", ())
        ]
        related_columns = [f"{field.name}__{attname}" for field, attnames in self.related for attname in attnames]
        self.query = PreparedQuery(
            lambda: (
                model._default_manager.filter(
                    Exists(Page.objects.filter(url_path=Slot("root_path", CharField()), live=True)),
                    pk=Slot("pk", IntegerField()),
                    url_path=Slot("url_path", CharField()),
                    live=True,
                )
                .annotate(restricted_here=in_private_section(), restricted_by_alias=under_an_alias())
                .values(*self.fields, *related_columns, "restricted_here", "restricted_by_alias")
            )
        )

    def load(self, pk, url_path, root_path):
        rows = self.query.rows(pk=pk, url_path=url_path, root_path=root_path)
        if not rows:
            return None
        row = rows[0]
        page = self.model.from_db(self.query.compiled.alias, self.fields, [row[name] for name in self.fields])
        for field, attnames in self.related:
            values = [row[f"{field.name}__{attname}"] for attname in attnames]
            related = None
            if getattr(page, field.attname) is not None and values[0] is not None:
                related = field.related_model.from_db(self.query.compiled.alias, attnames, values)
            field.set_cached_value(page, related)
        page.may_have_view_restrictions = bool(
            row["restricted_here"] or row["restricted_by_alias"] or page.alias_of_id
        )
        return page


loaders = {}


def load_page(model, pk, url_path, root_path):
    """The live page ``pk`` as a ``model``, if it is still at ``url_path`` and its language's home page
    (at ``root_path``) is live, else ``None``: one query."""
    loader = loaders.get(model)
    if loader is None:
        loader = loaders[model] = PageLoader(model)
    return loader.load(pk, url_path, root_path)
