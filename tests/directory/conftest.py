import pytest

from tests.chapters.conftest import build_chapters, short_number  # noqa: F401  (fixtures)


@pytest.fixture
def chapters(home, home_en, short_number):  # noqa: F811
    return build_chapters(home)
