"""Members-only pages (issue 9, point 6): listings, menus and search show a restricted page to the readers
who may read it and to nobody else. Group restrictions open to the group's members (and superusers),
login restrictions to any signed-in reader; a password-protected page is listed to nobody."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from pages.standard.factories import StandardPageFactory

from .conftest import CHAPTER, MAIN, get, links, soup_of, text_of

SERVICES = "خدمات الداخلية"
TRAINING = "تدريب الداخلية"
GUIDE = "دليل الأعضاء"


@pytest.fixture
def members(django_user_model):
    group = Group.objects.create(name="moi members")
    member = django_user_model.objects.create_user("member", password="p")
    member.groups.add(group)
    other_group = Group.objects.create(name="mof members")
    outsider = django_user_model.objects.create_user("outsider", password="p")
    outsider.groups.add(other_group)
    admin = django_user_model.objects.create_superuser("admin", password="p")
    return {"group": group, "member": member, "outsider": outsider, "admin": admin, "anonymous": None}


def restrict(page, restriction_type, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password=password)
    restriction.groups.set(groups)
    return restriction


@pytest.fixture
def members_only(sites, members):
    """The chapter's services page and one of its articles restricted to the chapter's members; a
    members' guide under the services page."""
    guide = StandardPageFactory(parent=sites["moi_services"], title=GUIDE, slug="guide")
    restrictions = [
        restrict(sites["moi_services"], PageViewRestriction.GROUPS, [members["group"]]),
        restrict(sites["moi_training"], PageViewRestriction.GROUPS, [members["group"]]),
    ]
    return {"guide": guide, "restrictions": restrictions}


def client_of(client, user):
    if user is not None:
        client.force_login(user)
    return client


def what_the_reader_sees(client, user):
    """Menu, home listing, news index, search and section listing on the chapter's host."""
    client = client_of(client, user)
    home = soup_of(get(client, "/ar/", CHAPTER))
    news = soup_of(get(client, "/ar/news/", CHAPTER))
    search = soup_of(get(client, "/ar/search/", CHAPTER, data={"q": "الداخلية"}))
    main_search = soup_of(get(client, "/ar/search/", MAIN, data={"q": "الداخلية"}))
    return {
        "menu": SERVICES in text_of(home, "nav.main-menu--bar"),
        "home listing": TRAINING in text_of(home, "main"),
        "news index": TRAINING in text_of(news, "main"),
        "search": SERVICES in text_of(search, "main") and TRAINING in text_of(search, "main"),
        "main site search": TRAINING in text_of(main_search, "main"),
        "related": TRAINING in text_of(soup_of(get(client, "/ar/news/moi-launch/", CHAPTER)), "main"),
    }


SEEN = {"menu", "home listing", "news index", "search", "main site search", "related"}


@pytest.mark.parametrize(
    ("reader", "sees"), [("member", True), ("admin", True), ("outsider", False), ("anonymous", False)]
)
def test_a_group_restricted_page_is_listed_to_its_members_only(client, members, members_only, reader, sees):
    seen = what_the_reader_sees(client, members[reader])
    assert seen == dict.fromkeys(SEEN, sees)


@pytest.mark.parametrize(("reader", "sees"), [("member", True), ("outsider", False), ("anonymous", False)])
def test_the_section_listing_of_a_members_page(client, members, members_only, reader, sees):
    client = client_of(client, members[reader])
    response = get(client, "/ar/services/", CHAPTER)
    if not sees:
        assert response.status_code in (302, 403)  # Wagtail's own check: the page itself stays closed
        return
    soup = soup_of(response)
    assert GUIDE in text_of(soup, "nav.section-pages")
    assert "/ar/services/guide/" in links(soup, "nav.section-pages")


def test_a_member_can_open_what_is_listed_to_them(client, members, members_only):
    client = client_of(client, members["member"])
    assert get(client, "/ar/news/moi-training/", CHAPTER).status_code == 200
    assert get(client, "/ar/services/guide/", CHAPTER).status_code == 200


def test_everyone_sees_the_page_once_the_restriction_is_removed(client, members, members_only):
    for restriction in members_only["restrictions"]:
        restriction.delete()
    for reader in ("outsider", "anonymous"):
        client.logout()
        assert what_the_reader_sees(client, members[reader]) == dict.fromkeys(SEEN, True), reader


@pytest.mark.parametrize(("reader", "sees"), [("member", True), ("outsider", True), ("anonymous", False)])
def test_a_login_restricted_page_is_listed_to_every_signed_in_reader(client, sites, members, reader, sees):
    restrict(sites["moi_services"], PageViewRestriction.LOGIN)
    restrict(sites["moi_training"], PageViewRestriction.LOGIN)
    assert what_the_reader_sees(client, members[reader]) == dict.fromkeys(SEEN, sees)


@pytest.mark.parametrize("reader", ["member", "admin", "anonymous"])
def test_a_password_protected_page_is_listed_to_nobody(client, sites, members, reader):
    restrict(sites["moi_services"], PageViewRestriction.PASSWORD, password="secret")
    restrict(sites["moi_training"], PageViewRestriction.PASSWORD, password="secret")
    assert what_the_reader_sees(client, members[reader]) == dict.fromkeys(SEEN, False)


def test_anonymous_readers_get_the_same_html_whoever_else_reads(client, members, members_only):
    """A member's visit changes nothing that anonymous readers are served (the page can be cached for them)."""
    before = get(client, "/ar/news/", CHAPTER).content
    client_of(client, members["member"])
    assert TRAINING in text_of(soup_of(get(client, "/ar/news/", CHAPTER)), "main")
    client.logout()
    assert get(client, "/ar/news/", CHAPTER).content == before
