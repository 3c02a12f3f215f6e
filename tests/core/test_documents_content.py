"""A document's bytes must be what its extension says, through every upload path of the admin."""

import codecs
import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from pages.core.models import CustomDocument
from pages.core.uploads import check_document_content

from .admin_uploads import post_file

ARABIC_TEXT = "تقرير اللجنة الفنية\nالبند الأول: الشبكة الحكومية\n"


def minimal_pdf():
    """A one-page PDF, written by hand with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def zip_of(members, *, odf_mimetype=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if odf_mimetype:
            archive.writestr(zipfile.ZipInfo("mimetype"), odf_mimetype, compress_type=zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def office(folder, part):
    return zip_of(
        {
            "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
            "_rels/.rels": '<?xml version="1.0"?><Relationships/>',
            f"{folder}/{part}": '<?xml version="1.0"?><document/>',
        }
    )


DOCX = office("word", "document.xml")
PLAIN_ZIP = zip_of({"notes.txt": "ملاحظات"})
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 100
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"

ACCEPTED = [
    ("report.pdf", minimal_pdf()),
    ("report.docx", DOCX),
    ("sheet.xlsx", office("xl", "workbook.xml")),
    ("slides.pptx", office("ppt", "presentation.xml")),
    ("letter.odt", zip_of({"content.xml": "<office/>"}, odf_mimetype="application/vnd.oasis.opendocument.text")),
    ("sheet.ods", zip_of({"content.xml": "<office/>"}, odf_mimetype="application/vnd.oasis.opendocument.spreadsheet")),
    ("archive.zip", PLAIN_ZIP),
    ("notes.txt", ARABIC_TEXT.encode()),
    ("notes.txt", codecs.BOM_UTF8 + ARABIC_TEXT.encode()),
    ("notes.txt", codecs.BOM_UTF16_LE + ARABIC_TEXT.encode("utf-16-le")),
    ("notes.txt", ARABIC_TEXT.encode("cp1256")),
    ("budget.csv", "الوزارة,المبلغ\r\nالاتصالات,<مليون>\r\n".encode()),
    ("notes.txt", b"   less-than first: < 3 items\n"),
    ("empty.txt", b""),
]

REFUSED = [
    ("page.pdf", HTML),
    ("program.pdf", ELF),
    ("report.docx", PLAIN_ZIP),  # a ZIP without Word's parts
    ("report.docx", office("xl", "workbook.xml")),  # a workbook named as a Word document
    (
        "letter.odt",
        zip_of({"content.xml": "<office/>"}, odf_mimetype="application/vnd.oasis.opendocument.spreadsheet"),
    ),
    ("letter.odt", DOCX),
    ("archive.zip", HTML + PLAIN_ZIP),  # an archive appended to a web page still opens as a ZIP
    ("archive.zip", b"PK\x03\x04 not really"),
    ("notes.txt", b"text\x00with a NUL"),
    ("notes.txt", ELF),
    ("notes.txt", b"\n  " + HTML),
    ("data.csv", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
    ("data.csv", b"<?xml version='1.0'?><x/>"),
    ("notes.txt", codecs.BOM_UTF16_LE + b"\x00\xd8"),  # an unpaired surrogate: not UTF-16
]


@pytest.mark.parametrize(("name", "content"), ACCEPTED, ids=[f"{i}-{name}" for i, (name, _) in enumerate(ACCEPTED)])
def test_content_matching_the_extension_is_accepted(name, content):
    check_document_content(io.BytesIO(content), name.rsplit(".", 1)[1])


@pytest.mark.parametrize(("name", "content"), REFUSED, ids=[f"{i}-{name}" for i, (name, _) in enumerate(REFUSED)])
def test_content_not_matching_the_extension_is_refused(name, content):
    with pytest.raises(ValidationError):
        check_document_content(io.BytesIO(content), name.rsplit(".", 1)[1])


def test_text_is_read_to_the_end():
    content = ("سطر\n" * 40_000).encode() + b"\x00"
    assert len(content) > 200_000
    with pytest.raises(ValidationError):
        check_document_content(io.BytesIO(content), "txt")


def test_the_check_leaves_the_file_at_its_start():
    file = io.BytesIO(DOCX)
    check_document_content(file, "docx")
    assert file.tell() == 0


def add_document(client, name, content):
    return post_file(client, "wagtaildocs:add", name, content, title="وثيقة")


def add_documents(client, name, content):
    return post_file(client, "wagtaildocs:add_multiple", name, content)


def file_errors(response):
    if response.headers["Content-Type"].startswith("application/json"):
        data = response.json()
        return [] if data["success"] else data["error_message"].split("\n")
    if response.status_code == 302:
        return []
    return response.context["form"].errors.get("file", [])


VIEW_CASES = {
    "html-as-pdf": ("page.pdf", HTML, False),
    "elf-as-pdf": ("program.pdf", ELF, False),
    "pdf": ("report.pdf", minimal_pdf(), True),
    "docx": ("report.docx", DOCX, True),
    "zip-as-docx": ("report.docx", PLAIN_ZIP, False),
    "arabic-txt": ("notes.txt", ARABIC_TEXT.encode(), True),
    "nul-txt": ("notes.txt", b"text\x00with a NUL", False),
}


@pytest.mark.parametrize("send", [add_document, add_documents], ids=["add", "multiple"])
@pytest.mark.parametrize("case", VIEW_CASES)
def test_the_admin_upload_views_check_the_content(admin_client, send, case):
    name, content, accepted = VIEW_CASES[case]
    response = send(admin_client, name, content)

    assert response.status_code in (200, 302)
    errors = file_errors(response)
    if accepted:
        assert errors == []
        document = CustomDocument.objects.get()
        with document.file.open("rb") as stored:
            assert stored.read() == content
    else:
        assert len(errors) == 1, errors
        assert not CustomDocument.objects.exists()


def test_replacing_a_document_checks_the_new_file(admin_client):
    assert add_document(admin_client, "report.pdf", minimal_pdf()).status_code == 302
    document = CustomDocument.objects.get()
    original = document.file.name

    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "وثيقة", "file": SimpleUploadedFile("report.pdf", HTML), "collection": document.collection_id},
    )

    assert response.status_code == 200
    assert len(response.context["form"].errors["file"]) == 1
    document.refresh_from_db()
    assert document.file.name == original


def test_the_error_names_the_format_in_the_editors_language(admin_client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ar"
    profile.save()

    errors = file_errors(add_document(admin_client, "page.pdf", HTML))

    with translation.override("ar"):
        expected = gettext("This file is not in %(format)s format, although its name ends in .%(extension)s.") % {
            "format": "PDF",
            "extension": "pdf",
        }
    assert errors == [expected]
