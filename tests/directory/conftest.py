"""The directory tests use the chapters tree (``tests/chapters/tree.py``)."""

import pytest

from tests.chapters.tree import build_chapters, set_short_number


@pytest.fixture
def short_number(home):
    return set_short_number()


@pytest.fixture
def chapters(home, home_en, short_number):
    return build_chapters(home)
