"""The directory of chapters: the filters read from the query string, and the chapter pages they select.

Filters are a Django form: a type or governorate that is not one of the choices is ignored and named in a
notice (never an error page), a search longer than ``MAX_QUERY_LENGTH`` is cut. The search matches the
institution's Arabic or English name or its slug, anywhere in it, after a light Arabic normalisation
(``pages.search.arabic.normalise``) of both sides: أ إ آ ٱ are ا, ى is ي, ة is ه. The database side
is the same letter mapping written as ``Replace`` calls, so it works alike on SQLite and PostgreSQL.
"""

from django import forms
from django.db.models import F, Q, Value
from django.db.models.functions import Lower, Replace
from django.utils.translation import gettext_lazy as _

from pages.core.fastpath.privacy import readable_by
from pages.core.i18n import active_language
from pages.institutions.choices import Governorate, InstitutionKind, InstitutionStatus
from pages.search.arabic import normalise

MAX_QUERY_LENGTH = 100
# The letters normalise() rewrites that occur in names (its marks and digits are not in stored names).
NAME_SPELLING = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"}


class ChapterFilterForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, strip=True)
    kind = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("All types")), *InstitutionKind.choices])
    governorate = forms.ChoiceField(
        label=_("Governorate"), required=False, choices=[("", _("All governorates")), *Governorate.choices]
    )

    def clean_q(self):
        return self.cleaned_data["q"][:MAX_QUERY_LENGTH]

    def filters(self):
        """``(values, ignored)``: the valid filters, and the labels of those ignored as not valid."""
        self.is_valid()
        values = {name: self.cleaned_data.get(name, "") for name in self.fields}
        ignored = [str(self.fields[name].label) for name in self.errors]
        return values, ignored


def normalised(expression):
    for letter, replacement in NAME_SPELLING.items():
        expression = Replace(expression, Value(letter), Value(replacement))
    return expression


def filtered(queryset, prefix, kind="", governorate="", q=""):
    """``queryset`` narrowed to institutions of ``kind``, in ``governorate``, whose Arabic or English
    name or slug holds ``q``; ``prefix`` leads from the queryset's model to the institution."""
    if kind:
        queryset = queryset.filter(**{f"{prefix}kind": kind})
    if governorate:
        queryset = queryset.filter(**{f"{prefix}governorate": governorate})
    text = normalise(q).strip()
    if text:
        queryset = queryset.annotate(
            search_name_ar=normalised(F(f"{prefix}name_ar")),
            search_name_en=Lower(f"{prefix}name_en"),
        ).filter(
            Q(search_name_ar__contains=text)
            | Q(search_name_en__contains=text.lower())
            | Q(**{f"{prefix}slug__icontains": text})
        )
    return queryset


def chapter_pages(index_page, reader=None, **filters):
    """The live chapter pages under ``index_page`` (its language) of active institutions that ``reader``
    (a user, ``None`` for anonymous) may see listed, with their institution and its logo, in the
    institution's name order; no StreamField loaded."""
    from .models import InstitutionChapterPage

    pages = (
        InstitutionChapterPage.objects.child_of(index_page)
        .live()
        .filter(readable_by(reader), institution__status=InstitutionStatus.ACTIVE)
        .defer_streamfields()
        .select_related("institution", "institution__logo")
        .prefetch_related("institution__logo__renditions")
    )
    return filtered(pages, "institution__", **filters).order_by(f"institution__name_{active_language()}", "pk")
