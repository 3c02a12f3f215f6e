"""Another institution's data, and the CMC's, marked so that any admin screen showing it can be caught.

``build_leak_world`` starts from ``conftest.build_world`` (institutions A and B, a user per role) and gives
institution B (and the CMC) one object of every kind the admin shows, each carrying a distinctive ASCII marker
(``ZQ…``): ASCII, so that a JSON answer's ``\\u`` escapes or an export's encoding cannot hide it.

- B: a draft page, a members-only page, a live page whose newer draft has a marked title, a page in
  moderation (its workflow and task renamed with markers), its English translation (wagtail-localize), an
  image, a document, an upload in progress, a former liaison member, an editor whose username and names are
  marked, an editing session, a revision and a comment;
- the CMC: a draft page on the main site and a redirect.

``fingerprint`` reads everything foreign that a request could change, to compare before and after.
"""

from django.contrib.auth import get_user_model
from wagtail.models import (
    Comment,
    GroupApprovalTask,
    Page,
    PageViewRestriction,
    Revision,
    TaskState,
    WorkflowState,
)

from pages.core.factories import DocumentFactory, ImageFactory, english_locale
from pages.institutions.models import LiaisonMember
from pages.standard.factories import StandardPageFactory

from .conftest import build_world

MARKERS = {
    "b_draft": "ZQB-DRAFT-TITLE",
    "b_private": "ZQB-MEMBERS-ONLY-TITLE",
    "b_revision": "ZQB-NEWER-DRAFT-TITLE",
    "b_moderated": "ZQB-MODERATED-TITLE",
    "b_workflow": "ZQB-WORKFLOW-NAME",
    "b_task": "ZQB-TASK-NAME",
    "b_translation": "ZQB-TRANSLATED-TITLE",
    "b_image": "ZQB-IMAGE-TITLE",
    "b_document": "ZQB-DOCUMENT-TITLE",
    "b_upload": "ZQB-UPLOAD-FILE",
    "b_liaison": "ZQB-LIAISON-NAME",
    "b_liaison_email": "zqb-liaison@example.org",
    "b_user": "zqb-editor-user",
    "b_user_name": "ZQBFIRSTNAME",
    "b_user_email": "zqb-editor@example.org",
    "b_comment": "ZQB-COMMENT-TEXT",
    "b_group": "ZQB-MEMBERS-GROUP",
    "cmc_draft": "ZQC-CMC-DRAFT-TITLE",
    "cmc_redirect": "zqc-redirect-path",
}


class LeakWorld:
    """``world`` (conftest's), the ids of every foreign object by kind, and the markers."""


def build_leak_world():
    from wagtail.images import get_image_model
    from wagtail.models import UploadedFile

    from pages.core.translation import sync_translation

    world = build_world()
    leak = LeakWorld()
    leak.world = world
    b = world.b.institution
    chapter_b = world.b.chapter_pages["ar"]
    user_model = get_user_model()

    b_editor = user_model.objects.create_user(
        username=MARKERS["b_user"],
        email=MARKERS["b_user_email"],
        password="x",
        first_name=MARKERS["b_user_name"],
        last_name=MARKERS["b_user_name"],
    )
    b_editor.groups.add(b.editors_group)
    b.members_group.name = MARKERS["b_group"]  # its name is shown wherever groups are listed
    b.members_group.save()
    b_publisher = user_model.objects.create_user(username="b-publisher-user", email="bp@example.org", password="x")
    b_publisher.groups.add(b.publishers_group)

    def page(parent, title, slug, live=True):
        made = StandardPageFactory(parent=parent, title=title, slug=slug, body=[], live=live, owner=b_editor)
        made.save_revision(user=b_editor, log_action=True).publish() if live else made.save_revision(
            user=b_editor, log_action=True
        )
        return Page.objects.get(pk=made.pk).specific

    leak.b_draft = page(chapter_b, MARKERS["b_draft"], "zqb-draft", live=False)
    leak.b_private = page(chapter_b, MARKERS["b_private"], "zqb-private")
    restriction = PageViewRestriction.objects.create(page=leak.b_private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([b.members_group, b.editors_group, b.publishers_group])
    leak.b_live = page(chapter_b, "صفحة باء العامة", "b-public")
    leak.b_live.title = MARKERS["b_revision"]
    leak.b_revision = leak.b_live.save_revision(user=b_editor, log_action=True)
    Comment.objects.create(
        page=leak.b_live,
        user=b_editor,
        text=MARKERS["b_comment"],
        contentpath="title",
        revision_created=leak.b_revision,
    )

    # In moderation: B's workflow and its first task renamed with markers.
    workflow = b.workflow
    workflow.name = MARKERS["b_workflow"]
    workflow.save()
    task = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow).order_by("workflow_tasks__sort_order")[
        0
    ]
    task.name = MARKERS["b_task"]
    task.save()
    leak.b_moderated = page(chapter_b, MARKERS["b_moderated"], "zqb-moderated", live=False)
    leak.workflow_state = workflow.start(leak.b_moderated, b_editor)
    leak.task_state = TaskState.objects.filter(workflow_state=leak.workflow_state).order_by("pk").last()

    # The moderated page's English translation, through wagtail-localize.
    english = Page.objects.get(pk=leak.b_moderated.pk).specific  # the same strings but the title
    english.title = MARKERS["b_translation"]
    leak.b_translated, _saved = sync_translation(leak.b_moderated, english, english_locale())
    from wagtail_localize.models import StringSegment, Translation

    leak.translation = Translation.objects.get(source__object_id=leak.b_moderated.translation_key)
    leak.string_segment = StringSegment.objects.filter(source=leak.translation.source).first()

    leak.b_image = ImageFactory(title=MARKERS["b_image"], collection=b.collection)
    leak.b_document = DocumentFactory(title=MARKERS["b_document"], collection=b.collection)
    from django.core.files.base import ContentFile

    leak.b_upload = UploadedFile.objects.create(
        file=ContentFile(b"GIF89a", name=f"{MARKERS['b_upload']}.gif"),
        uploaded_by_user=b_editor,
        for_content_type=None,
    )
    leak.b_liaison = LiaisonMember.objects.create(
        institution=b,
        name=MARKERS["b_liaison"],
        role_ar="منسق سابق",
        term_start="2024-01-01",
        term_end="2025-01-01",
        email=MARKERS["b_liaison_email"],
    )
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.admin.models import EditingSession

    leak.editing_session = EditingSession.objects.create(
        user=b_editor,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(leak.b_live.pk),
        last_seen_at=timezone.now(),
    )

    leak.cmc_draft = StandardPageFactory(
        parent=world.home, title=MARKERS["cmc_draft"], slug="zqc-draft", body=[], live=False
    )
    leak.cmc_draft.save_revision(user=world.admin, log_action=True)
    from wagtail.contrib.redirects.models import Redirect

    leak.cmc_redirect = Redirect.objects.create(old_path="/" + MARKERS["cmc_redirect"], redirect_link="/ar/")
    # Their history: site history and the history screens list logged actions with the object's title.
    from wagtail.log_actions import log

    for instance in (leak.b_image, leak.b_document, leak.b_liaison, b):
        log(instance=instance, action="wagtail.edit", user=b_editor)
    leak.b_editor = b_editor
    leak.b_publisher = b_publisher
    leak.image_model = get_image_model()
    return leak


def fingerprint(leak):
    """Everything foreign a request could change: B's and the CMC's pages, revisions, workflow states,
    media, liaison members, the users' e-mails and groups, the redirects."""
    world = leak.world
    b = world.b.institution
    b_paths = [world.b.chapter_pages[language].path for language in ("ar", "en")]
    pages = Page.objects.filter(path__startswith=b_paths[0]) | Page.objects.filter(path__startswith=b_paths[1])
    pages |= Page.objects.filter(pk__in=[leak.cmc_draft.pk, world.home.pk])
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model

    page_ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
    user_model = get_user_model()
    return {
        "pages": sorted(
            pages.values_list(
                "pk",
                "title",
                "draft_title",
                "slug",
                "live",
                "path",
                "locked",
                "latest_revision_id",
                "has_unpublished_changes",
            )
        ),
        "revisions": Revision.objects.filter(object_id__in=page_ids).count(),
        "workflow_states": sorted(WorkflowState.objects.filter(object_id__in=page_ids).values_list("pk", "status")),
        "task_states": sorted(
            TaskState.objects.filter(workflow_state__object_id__in=page_ids).values_list("pk", "status")
        ),
        "images": sorted(leak.image_model.objects.filter(collection=b.collection).values_list("pk", "title", "file")),
        "documents": sorted(
            get_document_model().objects.filter(collection=b.collection).values_list("pk", "title", "file")
        ),
        "liaison": sorted(LiaisonMember.objects.filter(institution=b).values_list("pk", "name", "email", "term_end")),
        "users": sorted(user_model.objects.values_list("pk", "username", "email", "is_active", "password")),
        "memberships": sorted(user_model.groups.through.objects.values_list("user_id", "group_id")),
        "institution": list(type(b).objects.filter(pk=b.pk).values()),
        "redirects": sorted(Redirect.objects.values_list("pk", "old_path", "redirect_link")),
        "restrictions": sorted(
            PageViewRestriction.objects.filter(page__in=pages).values_list("pk", "page_id", "restriction_type")
        ),
    }
