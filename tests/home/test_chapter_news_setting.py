"""The home page's choice to list the institution chapters' news too (issue 9): off unless an editor ticks it,
and editable in the admin. What it lists is tested on two sites in tests/sites/test_scoped_listings.py."""

from wagtail.admin.panels import get_edit_handler

from home.models import HomePage


def test_chapters_news_is_left_out_by_default(home):
    assert HomePage._meta.get_field("include_chapter_news").default is False
    assert home.include_chapter_news is False


def test_editors_can_change_it(home):
    form_class = get_edit_handler(HomePage).get_form_class()
    assert "include_chapter_news" in form_class.base_fields
