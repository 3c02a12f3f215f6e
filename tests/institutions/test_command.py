"""``manage.py create_institution``: creates, completes, and refuses bad input without changing anything."""

import pytest
from django.core.management import CommandError, call_command

from pages.institutions.models import Institution

from .conftest import row_counts

pytestmark = pytest.mark.django_db

BASE = ["--slug", "moh", "--name-ar", "وزارة الصحة", "--name-en", "Ministry of Health", "--kind", "ministry"]


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("create_institution", *args, stdout=out)
    return out.getvalue()


def test_creates_then_completes(directory, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        output = run(
            *BASE,
            "--governorate",
            "baghdad",
            "--host",
            "moh.example.iq",
            "--editor",
            "e@example.org",
            "--publisher",
            "p@example.org",
            "--cmc-review",
        )
    institution = Institution.objects.get(slug="moh")
    assert output.startswith("Created moh") and "invited: e@example.org" in output
    assert institution.site.hostname == "moh.example.iq" and institution.cmc_review_required
    assert sorted(message.to[0] for message in mailoutbox) == ["e@example.org", "p@example.org"]
    before = row_counts()
    output = run(*BASE, "--governorate", "baghdad", "--host", "moh.example.iq", "--editor", "e@example.org")
    assert output.startswith("Completed moh") and "invited" not in output
    assert row_counts() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--governorate", "atlantis"], "governorate: Unknown governorate"),
        (["--governorate", "basra", "--editor", "nobody"], "editor_emails: “nobody” is not a valid e-mail address."),
        (["--governorate", "basra", "--host", "bad_host"], "hostname: “bad_host” is not a valid host name."),
        (["--governorate", "basra", "--parent", "ghost"], "parent: No institution has the slug “ghost”."),
    ],
)
def test_bad_input_is_a_command_error_and_changes_nothing(directory, args, message):
    before = row_counts()
    with pytest.raises(CommandError) as raised, __import__("django").utils.translation.override("en"):
        run(*BASE, *args)
    assert "Nothing was changed." in str(raised.value) and message in str(raised.value)
    assert row_counts() == before


def test_duplicate_slug_with_other_names(directory):
    run(*BASE, "--governorate", "baghdad")
    before = row_counts()
    with pytest.raises(CommandError, match="slug"):
        run(
            "--slug",
            "moh",
            "--name-ar",
            "أخرى",
            "--name-en",
            "Other",
            "--kind",
            "ministry",
            "--governorate",
            "baghdad",
        )
    assert row_counts() == before


def test_a_host_name_taken_by_another_site(directory):
    run(*BASE, "--governorate", "baghdad", "--host", "shared.example.iq")
    before = row_counts()
    with pytest.raises(CommandError, match="host"):
        run(
            "--slug",
            "mof",
            "--name-ar",
            "المالية",
            "--name-en",
            "Finance",
            "--kind",
            "ministry",
            "--governorate",
            "baghdad",
            "--host",
            "shared.example.iq",
        )
    assert row_counts() == before


def test_the_command_exits_non_zero_from_the_shell(directory, tmp_path):
    """Through ``manage.py``'s own error handling: a CommandError exits with status 1 and prints the text."""
    from django.core.management import ManagementUtility

    utility = ManagementUtility(["manage.py", "create_institution", *BASE, "--governorate", "nowhere"])
    with pytest.raises(SystemExit) as exited:
        utility.execute()
    assert exited.value.code == 1
