"""A publish asked for by someone who may not publish starts (or continues) the review instead.

The page policy (``page_policy.py``) already refuses publishing to an institution's publishers where CMC
review is required, so no path takes their change live. Two of Wagtail's forms would still quietly do
something else with their "Publish":

- the page add and edit forms (and a revision's revert) save a draft and stop: the change would wait for
  nobody. A publish the user may not make is submitted to the page's workflow (its first step, then the
  CMC's), or, while a review is already in progress, saved as a draft that the review goes on with;
- wagtail-localize's "Sync translated pages" publishes every translation with "Publish immediately",
  checking no page permission: the box is dropped unless the user may publish every translation.
"""

from wagtail.models import Page

PAGE_FORMS = ("wagtailadmin_pages:edit", "wagtailadmin_pages:add", "wagtailadmin_pages:revisions_revert")


def without_publish(post, instead=None):
    data = post.copy()
    for key in ("action-publish", "publish_translations"):
        data.pop(key, None)
    if instead:
        data[instead] = instead
    return data


def user_may_publish(user, page_id=None, parent_page_id=None):
    if parent_page_id is not None:
        parent = Page.objects.filter(pk=parent_page_id).first()
        return parent is None or parent.permissions_for_user(user).can_publish_subpage()
    page = Page.objects.filter(pk=page_id).first()
    return page is None or page.permissions_for_user(user).can_publish()


def translations_user_may_publish(user, translation_source_id):
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    if source is None:
        return True
    pages = Page.objects.filter(translation_key=source.object_id)
    return all(page.permissions_for_user(user).can_publish() for page in pages)


def publish_becomes_review(request, view_name, view_kwargs):
    """Rewrite ``request.POST`` when it asks for a publish the user may not make."""
    if request.method != "POST":
        return
    user = request.user
    if view_name in PAGE_FORMS and request.POST.get("action-publish"):
        if "page_id" in view_kwargs:
            allowed = user_may_publish(user, page_id=view_kwargs.get("page_id"))
        else:
            allowed = user_may_publish(user, parent_page_id=view_kwargs.get("parent_page_id"))
        if not allowed:
            request.POST = without_publish(request.POST, instead="action-submit")
    elif (
        view_name == "wagtail_localize:update_translations"
        and request.POST.get("publish_translations")
        and not translations_user_may_publish(user, view_kwargs.get("translation_source_id"))
    ):
        request.POST = without_publish(request.POST)
