"""The directory tests use the chapters tree and its fixtures (``tests/chapters``)."""

from tests.chapters.conftest import chapters, short_number  # noqa: F401
