"""The IT directory's rows: every active institution with its current liaison members, in two queries
whatever the number of institutions (one for the institutions, one prefetch for all their members)."""

from django.db.models import Prefetch, Q
from django.utils import timezone

from pages.institutions.models import Institution, LiaisonMember


def current_members():
    """Liaison members whose term has not ended, in their order: those the directory lists."""
    today = timezone.localdate()
    return LiaisonMember.objects.filter(Q(term_end__isnull=True) | Q(term_end__gte=today)).order_by("sort_order", "pk")


def directory_entries(institutions=None):
    """Active institutions (optionally a filtered queryset of them), each with its current
    ``liaison_members`` prefetched. No photos or logos: the directory and its exports show none."""
    institutions = Institution.objects.all() if institutions is None else institutions
    return institutions.active().prefetch_related(Prefetch("liaison_members", queryset=current_members()))
