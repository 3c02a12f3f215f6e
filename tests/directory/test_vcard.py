"""vCards of the IT directory: RFC 6350 text that a real parser (vobject) reads back, Arabic intact."""

import vobject
from django.utils import translation

from pages.chapters.factories import InstitutionFactory, LiaisonMemberFactory
from pages.directory.vcard import escape_text, extension_uri, fold, institution_cards, tel_uri


def parse_all(text):
    return list(vobject.readComponents(text))


def test_escaping_and_folding_follow_rfc_6350():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert escape_text("x\x00\x0by") == "xy"
    line = "NOTE:" + "ملاحظة " * 40
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join(piece[1:] if i else piece for i, piece in enumerate(pieces)) == line  # no octet lost


def test_telephone_numbers_are_tel_uris():
    assert tel_uri("+964 1 234-5678") == "tel:+96412345678"
    assert tel_uri("0770 123 4567") == "tel:07701234567;phone-context=+964"
    assert tel_uri("") == ""
    assert extension_uri("5050", "123") == "tel:5050;ext=123;phone-context=+964"
    assert extension_uri("", "123") == ""


def test_an_institutions_cards_parse_with_arabic_intact(db):
    institution = InstitutionFactory(
        slug="moc", name_ar="وزارة الاتصالات، قسم; التقنية", name_en="Ministry of Communications", it_extension="321"
    )
    LiaisonMemberFactory(institution=institution, name="زينب كاظم", role_ar="منسقة", extension="45")
    with translation.override("ar"):
        text = institution_cards(institution, "5050")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    cards = parse_all(text)
    assert len(cards) == 2
    department, member = cards
    assert department.version.value == "4.0"
    assert department.fn.value == "علي حسين"
    assert department.org.value[0] == "وزارة الاتصالات، قسم; التقنية"  # comma and semicolon escaped, then read back
    assert len(department.org.value) == 2  # the organisation, then its unit (the IT department)
    tels = sorted(tel.value for tel in department.contents["tel"])
    assert tels == ["tel:+96412345678", "tel:5050;ext=321;phone-context=+964"]
    assert department.email.value == "it@moc.gov.iq"
    assert member.fn.value == "زينب كاظم"
    assert member.title.value == "منسقة"
    assert "tel:5050;ext=45;phone-context=+964" in [tel.value for tel in member.contents["tel"]]
    assert len({department.uid.value, member.uid.value}) == 2


def test_the_public_vcard_of_an_entry(client, chapters):
    response = client.get("/ar/chapters/directory/moi/vcard/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert 'filename="moi.vcf"' in response["Content-Disposition"]
    cards = parse_all(response.content.decode("utf-8"))
    names = [card.fn.value for card in cards]
    assert names == ["علي حسين", "زينب كاظم"]  # not حيدر جاسم, whose term is over
    assert cards[0].org.value[0] == "وزارة الداخلية"
    english = parse_all(client.get("/en/chapters/directory/moi/vcard/").content.decode())
    assert english[0].org.value[0] == "Ministry of Interior"
    assert english[1].title.value == "Liaison coordinator"


def test_unknown_or_suspended_entries_have_no_vcard(client, chapters):
    assert client.get("/ar/chapters/directory/nobody/vcard/").status_code == 404
    chapters["basra"].status = "suspended"
    chapters["basra"].save()
    assert client.get("/ar/chapters/directory/basra-gov/vcard/").status_code == 404
