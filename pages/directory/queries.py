"""The IT directory's rows: every active institution with its liaison members, in two queries whatever
the number of institutions (one for the institutions, one prefetch for all their members)."""

from django.db.models import Prefetch

from pages.institutions.models import Institution, LiaisonMember


def directory_entries(institutions=None):
    """Active institutions (optionally a filtered queryset of them), each with ``liaison_members``
    prefetched in their order. No photos or logos: the directory and its exports show none."""
    institutions = Institution.objects.all() if institutions is None else institutions
    members = LiaisonMember.objects.order_by("sort_order", "pk")
    return institutions.active().prefetch_related(Prefetch("liaison_members", queryset=members))
