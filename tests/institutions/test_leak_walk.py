"""The isolation rule, walked over the whole admin: an editor and a publisher of institution A request every
admin URL pattern, filled with the ids of institution B's and the CMC's objects (``leak_world``), as GETs
(plain, searching, exporting) and as the POSTs of the forms they show, and nothing marked as B's or the CMC's
may appear in any body, header or export, no answer may be a 5xx, and nothing foreign may change."""

import pytest
from django.test import Client

from .leak_walk import UNREACHED, Candidates, admin_routes, form_data, readable, requests_for
from .leak_world import MARKERS, build_leak_world, fingerprint

pytestmark = pytest.mark.django_db

ROLES = ("a_editor", "a_publisher")


@pytest.fixture(scope="module")
def leak(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        return build_leak_world()


def test_every_admin_url_pattern_is_walked(leak):
    candidates = Candidates(leak)
    unfilled = [
        route.route
        for route in admin_routes()
        if route.route not in UNREACHED and requests_for(route, candidates) is None
    ]
    assert not unfilled, f"Admin URL patterns the leak walk cannot fill (add their ids to leak_walk.py): {unfilled}"
    stale = set(UNREACHED) - {route.route for route in admin_routes()}
    assert not stale, f"UNREACHED names patterns that no longer exist: {stale}"


def walk(leak, role):
    client = Client(raise_request_exception=False)
    client.force_login(leak.world.users[role])
    candidates = Candidates(leak)
    leaks, errors = [], []
    for route in admin_routes():
        if route.route in UNREACHED:
            continue
        for request in requests_for(route, candidates) or ():
            if request.method == "GET":
                response = client.get(request.path)
            else:
                page = client.get(request.path)
                data = form_data(readable(page)[0]) if page.status_code == 200 else {}
                response = client.post(request.path, data)
            text, _body = readable(response)
            if response.status_code >= 500:
                errors.append(f"{request.method} {request.path}: {response.status_code}")
            found = sorted(name for name, marker in MARKERS.items() if marker.lower() in text.lower())
            if found:
                leaks.append(f"{request.method} {request.path} ({response.status_code}): {', '.join(found)}")
    return leaks, errors


@pytest.mark.parametrize("role", ROLES)
def test_no_admin_screen_shows_or_changes_another_institutions_data(leak, role):
    before = fingerprint(leak)
    leaks, errors = walk(leak, role)
    after = fingerprint(leak)
    changed = {key for key in before if before[key] != after[key]}
    assert not (errors or leaks or changed), (
        f"{len(errors)} server errors:\n"
        + "\n".join(errors)
        + f"\n{len(leaks)} answers showed foreign data:\n"
        + "\n".join(leaks)
        + f"\nForeign data changed: {changed}"
    )
