"""The public IT directory: every active institution's IT department and liaison members, with their
extensions on the IT short number, when each entry was last confirmed, and a vCard per entry."""

import datetime

from bs4 import BeautifulSoup
from django.utils import timezone


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return page, {entry.h2.get_text(strip=True): entry for entry in page.select(".directory-entry")}


def test_arabic_directory(client, chapters):
    chapters["moi"].contacts_confirmed_at = timezone.make_aware(datetime.datetime(2026, 3, 12, 12))
    chapters["moi"].save()
    page, listed = entries(client, "/ar/chapters/directory/")
    assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl")
    assert set(listed) == {"وزارة الداخلية", "محافظة البصرة"}
    moi = listed["وزارة الداخلية"]
    text = moi.get_text(" ", strip=True)
    assert "علي حسين" in text and "زينب كاظم" in text and "منسقة الارتباط" in text
    assert "حيدر جاسم" not in text  # a liaison member whose term is over
    assert "12 آذار 2026" in text  # when the institution last confirmed it, in Iraqi Arabic
    extension = chapters["moi"].it_extension
    assert any(bdi.get_text() == extension for bdi in moi.select("bdi[dir=ltr]"))
    assert "5050" in text  # the short number the extension is on
    assert moi.select_one("a.directory-entry__vcard")["href"] == "/ar/chapters/directory/moi/vcard/"


def test_english_directory_and_filters(client, chapters):
    page, listed = entries(client, "/en/chapters/directory/")
    assert (page.html["lang"], page.html["dir"]) == ("en", "ltr")
    assert list(listed) == ["Basra Governorate", "Ministry of Interior"]
    assert "Liaison coordinator" in listed["Ministry of Interior"].get_text()
    _page, listed = entries(client, "/en/chapters/directory/?governorate=basra")
    assert list(listed) == ["Basra Governorate"]
    _page, listed = entries(client, "/en/chapters/directory/?q=interior&kind=nonsense")
    assert list(listed) == ["Ministry of Interior"]


def test_unconfirmed_and_suspended_entries(client, chapters):
    chapters["basra"].contacts_confirmed_at = None
    chapters["basra"].save()
    _page, listed = entries(client, "/en/chapters/directory/")
    assert "Not yet confirmed by the institution" in listed["Basra Governorate"].get_text()
    chapters["basra"].status = "suspended"
    chapters["basra"].save()
    _page, listed = entries(client, "/en/chapters/directory/")
    assert list(listed) == ["Ministry of Interior"]


def test_the_public_directory_does_not_say_which_entries_are_stale(client, chapters):
    chapters["basra"].contacts_confirmed_at = timezone.now() - datetime.timedelta(days=400)
    chapters["basra"].save()
    assert "stale" not in client.get("/en/chapters/directory/").content.decode().lower()
