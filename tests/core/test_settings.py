"""Production settings are safe by default and refuse to start without their secrets."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Left out of the environment the production settings run with, so that each test sees their defaults.
PRODUCTION_VARIABLES = {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "TRUSTED_PROXY_COUNT", "SITE_URL"}


def manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if key not in PRODUCTION_VARIABLES}
    environment.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "proxy",
    [{}, {"TRUSTED_PROXY_COUNT": "1", "SITE_URL": "https://multaqa.example.iq"}],
    ids=["defaults", "behind-a-trusted-proxy"],
)
def test_production_passes_the_deployment_checklist_without_warnings(proxy):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="multaqa.example.iq",
        **proxy,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", ALLOWED_HOSTS="multaqa.example.iq")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = manage("check", SECRET_KEY="short", ALLOWED_HOSTS="multaqa.example.iq")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", SECRET_KEY=secrets.token_urlsafe(64))
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


# Runs the production settings' SecurityMiddleware on a request that claims https in X-Forwarded-Proto.
PROXY_PROBE = """
import json
from django.conf import settings
from django.http import HttpResponse
from django.middleware.security import SecurityMiddleware
from django.test import RequestFactory
request = RequestFactory().get("/ar/", HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="multaqa.example.iq")
response = SecurityMiddleware(lambda request: HttpResponse())(request)
print(json.dumps({
    "proxy_header": settings.SECURE_PROXY_SSL_HEADER,
    "forwarded_host_or_port": settings.USE_X_FORWARDED_HOST or settings.USE_X_FORWARDED_PORT,
    "secure": request.is_secure(),
    "redirect": response.get("Location"),
    "hsts": response.has_header("Strict-Transport-Security"),
}))
"""


def probe_proxy(**env):
    result = manage(
        "shell", "-c", PROXY_PROBE, SECRET_KEY=secrets.token_urlsafe(64), ALLOWED_HOSTS="multaqa.example.iq", **env
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_ignores_x_forwarded_proto_without_a_trusted_proxy():
    probe = probe_proxy()  # TRUSTED_PROXY_COUNT unset
    assert probe["proxy_header"] is None
    assert probe["secure"] is False
    assert probe["redirect"] == "https://multaqa.example.iq/ar/"  # sent to https, not served as https
    assert probe["hsts"] is False
    assert probe["forwarded_host_or_port"] is False


def test_production_trusts_x_forwarded_proto_behind_a_trusted_proxy():
    probe = probe_proxy(TRUSTED_PROXY_COUNT="1")
    assert probe["proxy_header"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert probe["secure"] is True
    assert probe["redirect"] is None
    assert probe["hsts"] is True
    assert probe["forwarded_host_or_port"] is False
