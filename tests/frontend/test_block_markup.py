"""Tables a phone can scroll and read, images whose alt text is the editor's or empty, credits labelled in
the page's language."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from pages.core.blocks import ImageBlock, TableContentBlock
from pages.core.factories import ImageFactory

PHONE = "+964 1 000 0000"


def render(block, value, language):
    with translation.override(language):
        return BeautifulSoup(block.render(block.to_python(value)), "html.parser")


def contact_table(caption="وسائل التواصل"):
    return {
        "data": [["الوسيلة", "التفاصيل"], ["الهاتف", PHONE], ["البريد", "multaqa@example.org"]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": caption,
    }


@pytest.mark.parametrize("caption", ["وسائل التواصل", ""])
def test_a_table_scrolls_in_a_named_region_a_keyboard_can_reach(caption):
    soup = render(TableContentBlock(), contact_table(caption), "ar")

    region = soup.find("div", class_="block-table")
    assert region["role"] == "region" and region["tabindex"] == "0"
    assert region["aria-label"] == (caption or "جدول")  # "Table" in Arabic
    assert [th.get_text(strip=True) for th in region.find("thead").find_all("th", scope="col")] == [
        "الوسيلة",
        "التفاصيل",
    ]


def test_a_phone_number_in_a_cell_reads_left_to_right_on_an_arabic_page():
    cells = render(TableContentBlock(), contact_table(), "ar").find("tbody").find_all("td")

    phone = cells[1].find("bdi")
    assert phone is not None and phone["dir"] == "ltr" and phone.get_text() == PHONE
    assert cells[0].find("bdi") is None  # Arabic text is left as it is


def test_cells_are_escaped_and_left_alone_on_an_english_page():
    value = contact_table()
    value["data"][2][1] = "<b>not markup</b>"
    soup = render(TableContentBlock(), value, "en")

    assert soup.find("bdi") is None
    assert soup.find("b") is None and "<b>not markup</b>" in soup.find("tbody").get_text()


@pytest.mark.parametrize(
    ("alt_ar", "expected"), [("نقاط مضيئة على خلفية زرقاء", "نقاط مضيئة على خلفية زرقاء"), ("", "")]
)
def test_an_image_keeps_the_editor_alt_text_or_says_it_is_decorative(db, alt_ar, expected):
    image = ImageFactory(alt_text_ar=alt_ar, alt_text_en="")
    soup = render(ImageBlock(), {"image": image.pk, "caption": ""}, "ar")

    images = soup.find_all("img")
    assert images and all(img.has_attr("alt") and img["alt"] == expected for img in images)


def test_the_credit_is_labelled_in_the_page_language_and_isolated(db):
    image = ImageFactory(credit_ar="ملتقى", credit_en="Multaqa")

    credit = render(ImageBlock(), {"image": image.pk, "caption": ""}, "en").find(class_="credit")

    assert credit.get_text() == "Photo: Multaqa"
    assert credit.find("bdi").get_text() == "Multaqa"
