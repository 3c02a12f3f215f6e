"""The Site and SiteSettings kept between requests (pages.core.fastpath.site_data) follow every edit at once,
in every process; the menu is never kept between requests."""

from wagtail.models import Site

from pages.core.fastpath.site_data import SiteData
from pages.core.models import SiteSettings
from pages.standard.factories import StandardPageFactory

from .conftest import parse


def footer_text(client):
    return parse(client.get("/ar/")).find("footer").get_text(" ", strip=True)


def menu_titles(client, url="/ar/"):
    return [link.get_text(strip=True) for link in parse(client.get(url)).find("nav", class_="main-menu").find_all("a")]


def test_saving_site_settings_changes_the_footer_on_the_next_request(client, tree, site_settings):
    assert "5050" in footer_text(client)
    site_settings.short_number = "6060"
    site_settings.save()
    assert "6060" in footer_text(client)
    assert "5050" not in footer_text(client)


def test_another_process_sees_the_edit_on_its_next_request(tree, site_settings, rf):
    other_worker = SiteData()
    other_worker.refresh()
    request = rf.get("/ar/")
    site = other_worker.site_for(request)
    assert other_worker.settings_for(SiteSettings, site).short_number == "5050"

    SiteSettings.objects.filter(pk=site_settings.pk).update(short_number="7070")  # no signal: not seen
    other_worker.refresh()
    assert other_worker.settings_for(SiteSettings, site).short_number == "5050"

    site_settings.short_number = "8080"
    site_settings.save()  # in "this" process: the shared version moves
    other_worker.refresh()
    assert other_worker.settings_for(SiteSettings, site).short_number == "8080"


def test_a_site_edit_is_seen_on_the_next_request(client, tree):
    assert client.get("/ar/", HTTP_HOST="other.example").status_code == 200  # the default site answers
    other = Site.objects.create(hostname="other.example", port=80, root_page=tree["about"], site_name="other")
    assert "عن الملتقى" in parse(client.get("/ar/", HTTP_HOST="other.example")).title.get_text()
    other.delete()
    assert "عن الملتقى" not in parse(client.get("/ar/", HTTP_HOST="other.example")).title.get_text()


def test_the_copies_handed_to_requests_share_nothing(tree, rf):
    worker = SiteData()
    worker.refresh()
    first = worker.site_for(rf.get("/"))
    first.root_page  # noqa: B018 -- loads and keeps the root page on this copy only
    assert "root_page" not in worker.site_for(rf.get("/"))._state.fields_cache


def test_menu_follows_publishing_on_the_next_request(client, tree):
    assert "الفعاليات" not in menu_titles(client)
    events = StandardPageFactory(parent=tree["home"], title="الفعاليات", slug="events", show_in_menus=True)
    assert "الفعاليات" in menu_titles(client)
    events.unpublish()
    assert "الفعاليات" not in menu_titles(client)


PER_PROCESS_RENDITIONS = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions-test"},
}


def test_a_deleted_rendition_leaves_every_process_renditions_cache(db, settings):
    from django.core.cache import caches

    from pages.core.factories import ImageFactory

    settings.CACHES = PER_PROCESS_RENDITIONS
    worker = SiteData()
    worker.refresh()
    image = ImageFactory()
    rendition = image.get_rendition("width-100")
    assert caches["renditions"].get(rendition.get_cache_key()) is not None
    worker.refresh()  # nothing changed
    assert caches["renditions"].get(rendition.get_cache_key()) is not None

    image.renditions.all().delete()  # as when the image's file is replaced
    caches["renditions"].set(rendition.get_cache_key(), rendition)  # what another worker still holds
    worker.refresh()
    assert caches["renditions"].get(rendition.get_cache_key()) is None
