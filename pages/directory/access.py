"""Who may export the whole IT directory and see which entries are stale: CMC staff, i.e. whoever holds
``institutions.export_directory`` (the CMC groups get it; superusers hold every permission)."""

EXPORT_PERMISSION = "institutions.export_directory"


def may_export(user):
    return user.is_authenticated and user.is_active and user.has_perm(EXPORT_PERMISSION)
