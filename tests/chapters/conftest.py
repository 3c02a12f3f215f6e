"""Fixtures of the chapter tests: the chapters tree of ``tree.py`` and the IT short number."""

import pytest

from .tree import build_chapters, set_short_number


@pytest.fixture
def short_number(home):
    return set_short_number()


@pytest.fixture
def chapters(home, home_en, short_number):
    return build_chapters(home)
