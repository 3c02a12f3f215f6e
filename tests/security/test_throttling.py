"""Admin sign-in (django-axes) and password reset (pages.core.throttle) stop answering a flood of requests.

Sign-in: LOGIN_FAILURE_LIMIT (5) failures for one account, or from one client address, pause signing in
for LOGIN_COOLOFF_MINUTES (15), with Wagtail's sign-in page and a message in the request's language.
Password reset: at most 3 e-mails per address asked for and 10 requests per client address per hour.
"""

from contextlib import contextmanager
from datetime import timedelta
from unittest import mock

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.db.models import F
from django.urls import reverse

from pages.core.throttle import RateLimit

PASSWORD = "the right password"
LOCKOUT_MESSAGE = {
    "en": "Too many failed sign-in attempts: signing in is paused for 15 minutes. Please try again later.",
    "ar": "محاولات تسجيل دخول فاشلة كثيرة جدًا: أُوقف تسجيل الدخول مدة 15 دقيقة. يُرجى المحاولة لاحقًا.",
}
RESET_THROTTLED_MESSAGE = {
    "en": "Too many password reset requests from your network. Please try again in 45 minutes.",
    "ar": "طلبات إعادة تعيين كلمة المرور من شبكتك كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد 45 دقيقة.",
}
AN_HOUR = 1_800_000_000  # a moment on the hour: the windows of the password reset counters start there


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True  # off in the test settings, because the test client's login() has no request


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def other_editor(django_user_model):
    return django_user_model.objects.create_superuser("other", "other@example.org", PASSWORD)


def sign_in(client, username, password, address="10.0.0.1", language="en", **extra):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
        **extra,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def error_messages(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [item.get_text(strip=True) for item in soup.select(".messages li.error")]


def age_failures(minutes):
    """As if `minutes` had passed since the recorded failures (django-axes compares their time with now)."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=minutes))


# --- Sign-in ---


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
@pytest.mark.parametrize("language", ["en", "ar"])
def test_five_wrong_passwords_pause_signing_in_even_with_the_right_one(client, editor, language):
    for _ in range(5):
        response = sign_in(client, "editor", "wrong", language=language)
        assert response.status_code in (200, 429)

    response = sign_in(client, "editor", PASSWORD, language=language)

    assert response.status_code == 429
    assert not signed_in(response)
    assert response.templates[0].name == "wagtailadmin/login.html"
    assert LOCKOUT_MESSAGE[language] in error_messages(response)
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.html["lang"] == language
    assert soup.find("input", attrs={"name": "username"})["value"] == "editor"
    assert not soup.find("input", attrs={"name": "password"}).get("value")


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
def test_the_fifth_failure_already_answers_with_the_pause(client, editor):
    for _ in range(4):
        assert sign_in(client, "editor", "wrong").status_code == 200

    response = sign_in(client, "editor", "wrong")

    assert response.status_code == 429
    assert LOCKOUT_MESSAGE["en"] in error_messages(response)


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
def test_eighty_wrong_passwords_are_refused_after_the_fifth_without_counting_further(client, editor):
    statuses = [sign_in(client, "editor", f"guess {n}").status_code for n in range(80)]

    assert statuses[:4] == [200] * 4
    assert set(statuses[4:]) == {429}
    # Refused attempts do not push the end of the pause further away.
    assert AccessAttempt.objects.get().failures_since_start == 5


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
def test_an_account_is_paused_whatever_the_addresses_its_failures_come_from(client, editor, other_editor):
    for n in range(5):
        sign_in(client, "editor", "wrong", address=f"10.0.1.{n}")

    assert sign_in(client, "editor", PASSWORD, address="10.0.1.99").status_code == 429
    assert signed_in(sign_in(client, "other", PASSWORD, address="10.0.1.98"))


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
def test_an_address_is_paused_whatever_the_accounts_it_tries(client, editor):
    for n in range(5):
        sign_in(client, f"guess{n}", "wrong", address="10.0.2.1")

    assert sign_in(client, "editor", PASSWORD, address="10.0.2.1").status_code == 429
    assert signed_in(sign_in(client, "editor", PASSWORD, address="10.0.2.2"))


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
def test_the_right_password_works_again_after_the_pause(client, editor):
    for _ in range(5):
        sign_in(client, "editor", "wrong")

    age_failures(14)
    assert sign_in(client, "editor", PASSWORD).status_code == 429

    age_failures(2)  # 16 minutes in all
    assert signed_in(sign_in(client, "editor", PASSWORD))


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
def test_signing_in_clears_the_failures(client, editor):
    for _ in range(4):
        sign_in(client, "editor", "wrong")
    assert signed_in(sign_in(client, "editor", PASSWORD))
    client.logout()

    for _ in range(4):
        assert sign_in(client, "editor", "wrong").status_code == 200
    assert signed_in(sign_in(client, "editor", PASSWORD))


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
def test_behind_a_trusted_proxy_each_forwarded_client_is_counted_apart(client, editor, other_editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.9.9.9"
    for n in range(5):
        sign_in(client, f"guess{n}", "wrong", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.7")

    assert sign_in(client, "other", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429
    assert signed_in(sign_in(client, "editor", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.8"))


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
def test_without_a_trusted_proxy_a_forged_forwarded_address_does_not_escape_the_pause(client, editor):
    for n in range(5):
        sign_in(client, f"guess{n}", "wrong", address="10.0.3.1", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")

    response = sign_in(client, "editor", PASSWORD, address="10.0.3.1", HTTP_X_FORWARDED_FOR="198.51.100.200")
    assert response.status_code == 429


# --- Password reset ---


@contextmanager
def clock_at(moment):
    """Every reader of time.time() (the counters, the memory cache's expiry) sees `moment`."""
    with mock.patch("time.time", return_value=moment):
        yield


def ask_reset(client, email, address="10.0.0.1", language="en"):
    return client.post(
        reverse("wagtailadmin_password_reset"), {"email": email}, REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language
    )


def reset_done(response):
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_password_reset_done")


def mail_to(address):
    return [message for message in mail.outbox if address in message.to]


@pytest.mark.django_db
def test_five_reset_requests_for_one_account_send_three_emails_and_all_look_the_same(client, editor, other_editor):
    with clock_at(AN_HOUR):
        responses = [ask_reset(client, "editor@example.org") for _ in range(5)]

        assert all(reset_done(response) for response in responses)
        assert len(mail_to("editor@example.org")) == 3

        assert reset_done(ask_reset(client, "other@example.org"))
        assert len(mail_to("other@example.org")) == 1


@pytest.mark.django_db
def test_the_email_limit_ignores_case_and_spaces(client, editor):
    with clock_at(AN_HOUR):
        for email in ("editor@example.org", "Editor@Example.org", " EDITOR@example.org ", "editor@EXAMPLE.ORG"):
            ask_reset(client, email, address="10.0.4.1")

    assert len(mail_to("editor@example.org")) == 3


@pytest.mark.django_db
def test_an_unknown_address_gets_the_same_answer_as_a_known_one(client, editor):
    with clock_at(AN_HOUR):
        known = [ask_reset(client, "editor@example.org") for _ in range(4)]
        unknown = [ask_reset(client, "nobody@example.org") for _ in range(4)]

    assert [reset_done(response) for response in known] == [True] * 4
    assert [reset_done(response) for response in unknown] == [True] * 4


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_client_over_its_limit_is_told_so_in_its_language_and_sends_nothing(client, editor, language):
    with clock_at(AN_HOUR + 15 * 60):
        for n in range(10):
            assert reset_done(ask_reset(client, f"someone{n}@example.org", address="10.0.5.1"))

        response = ask_reset(client, "editor@example.org", address="10.0.5.1", language=language)

        assert response.status_code == 429
        assert response["Retry-After"] == str(45 * 60)
        assert RESET_THROTTLED_MESSAGE[language] in error_messages(response)
        assert mail_to("editor@example.org") == []

        assert reset_done(ask_reset(client, "editor@example.org", address="10.0.5.2"))
        assert len(mail_to("editor@example.org")) == 1


@pytest.mark.django_db
def test_resets_are_sent_again_after_the_window(client, editor):
    with clock_at(AN_HOUR + 59 * 60):
        for _ in range(5):
            ask_reset(client, "editor@example.org")
    assert len(mail_to("editor@example.org")) == 3

    with clock_at(AN_HOUR + 60 * 60):
        assert reset_done(ask_reset(client, "editor@example.org"))
    assert len(mail_to("editor@example.org")) == 4


@pytest.mark.django_db
def test_the_reset_form_is_wagtails_and_is_never_cached(client):
    response = client.get(reverse("wagtailadmin_password_reset"))

    assert response.status_code == 200
    assert "wagtailadmin/account/password_reset/form.html" in [template.name for template in response.templates]
    assert "no-cache" in response["Cache-Control"]


# --- The counter ---


def test_a_rate_limit_counts_each_value_apart_and_starts_again_each_window():
    limit = RateLimit("test", limit=2, window=60)
    with clock_at(AN_HOUR + 10):
        assert [limit.hit("a"), limit.hit("a"), limit.hit("a")] == [True, True, False]
        assert limit.hit("b")
        assert limit.seconds_left() == 50
        assert RateLimit("other purpose", limit=2, window=60).hit("a")
    with clock_at(AN_HOUR + 60):
        assert limit.hit("a")


def test_a_rate_limit_keeps_no_value_in_clear_in_the_cache():
    RateLimit("test", limit=2, window=60).hit("someone@example.org")

    keys = list(cache._cache.keys())  # the memory cache of the test settings
    assert keys
    assert not any("someone" in key for key in keys)


def test_a_rate_limit_counts_from_one_when_its_counter_expired_between_add_and_incr():
    limit = RateLimit("test", limit=1, window=60)
    with mock.patch.object(cache, "incr", side_effect=ValueError):
        assert limit.hit("a")
