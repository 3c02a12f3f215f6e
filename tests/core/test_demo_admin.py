"""manage.py ensure_demo_admin: a local superuser with an Arabic admin, never on a production site by accident."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def ensure_admin(*args):
    out = io.StringIO()
    call_command("ensure_demo_admin", *args, stdout=out)
    return out.getvalue()


def printed_password(output):
    return re.search(r"Password: (\S+)", output).group(1)


@pytest.fixture
def debug(settings):
    settings.DEBUG = True


def test_refuses_to_run_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        ensure_admin()
    assert not get_user_model().objects.filter(username="admin").exists()


def test_force_runs_even_when_debug_is_off(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    ensure_admin("--force")
    assert get_user_model().objects.get(username="admin").is_superuser


def test_creates_a_superuser_with_an_arabic_admin_and_prints_how_to_log_in(debug, monkeypatch, client):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "correct horse battery staple")
    output = ensure_admin()
    user = get_user_model().objects.get(username="admin")
    assert user.is_active and user.is_staff and user.is_superuser
    assert UserProfile.get_for_user(user).preferred_language == "ar"
    assert "URL:      http://testserver/admin/" in output
    assert "Username: admin" in output
    assert "Password: correct horse battery staple" in output
    assert client.login(username="admin", password="correct horse battery staple")
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="ar"' in response.content.decode() and 'dir="rtl"' in response.content.decode()


def test_generates_a_new_password_on_each_run_and_keeps_one_user(debug, monkeypatch, client):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    first = printed_password(ensure_admin())
    second_output = ensure_admin()
    second = printed_password(second_output)
    assert first != second and len(second) >= 12
    assert "updated" in second_output
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert not client.login(username="admin", password=first)
    assert client.login(username="admin", password=second)


def test_restores_a_demoted_admin(debug, monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    get_user_model().objects.create_user(username="admin", password="x", is_active=False)
    ensure_admin()
    user = get_user_model().objects.get(username="admin")
    assert user.is_active and user.is_superuser
    assert UserProfile.get_for_user(user).preferred_language == "ar"


def test_without_the_demo_institutions_it_says_to_seed_first(debug, monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    output = ensure_admin()
    assert "No demo accounts for basra, moc: run seed_demo first." in output
    assert "Demo institution accounts" not in output
    assert not get_user_model().objects.filter(username__endswith="-editor").exists()


def test_refuses_the_institution_accounts_too_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        ensure_admin()
    assert not get_user_model().objects.exists()
