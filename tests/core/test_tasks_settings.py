"""Tasks run at once in development and tests, and wait for `manage.py db_worker` in production."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from cms.settings.base import tasks_setting

ROOT = Path(__file__).resolve().parents[2]
IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"
DATABASE = "django_tasks_db.DatabaseBackend"


def test_tests_run_tasks_at_once():
    assert settings.TASKS["default"]["BACKEND"] == IMMEDIATE
    assert "django_tasks_db" in settings.INSTALLED_APPS  # its tables exist wherever the backend may be chosen


@pytest.mark.parametrize(
    ("value", "default", "backend"),
    [
        (None, "immediate", IMMEDIATE),
        (None, "database", DATABASE),
        ("immediate", "database", IMMEDIATE),
        (" Database ", "immediate", DATABASE),
    ],
)
def test_tasks_backend_chooses(monkeypatch, value, default, backend):
    if value is None:
        monkeypatch.delenv("TASKS_BACKEND", raising=False)
    else:
        monkeypatch.setenv("TASKS_BACKEND", value)
    assert tasks_setting(default) == {"default": {"BACKEND": backend}}


def test_an_unknown_tasks_backend_is_refused(monkeypatch):
    monkeypatch.setenv("TASKS_BACKEND", "celery")
    with pytest.raises(ImproperlyConfigured, match="TASKS_BACKEND"):
        tasks_setting("immediate")


def test_production_waits_for_the_worker():
    environment = {key: value for key, value in os.environ.items() if key != "TASKS_BACKEND"}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="multaqa.example.iq",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", "from django.conf import settings; print(settings.TASKS)"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert DATABASE in result.stdout
