"""What an uploaded file must be, beyond its name: checked by the image and document models' ``clean``.

Wagtail's image form runs every upload through ``full_clean`` (single upload, multiple upload, the
chooser's upload, replacing the file), and so does its document form: the models' ``clean`` is the one
place every path goes through.

- Images: Wagtail counts the frames of an animation through Willow, whose Pillow plugin always answers 1,
  so a 20-frame 2000×2000 GIF passed a 40-megapixel limit. Pillow's ``n_frames`` reads the count from the
  file's structure (GIF block headers, the APNG, WebP or AVIF container) without decoding a frame.
- Documents: the bytes must be what the extension says: a PDF header, a ZIP container with the parts of
  its Office or OpenDocument format, or text. Only the first bytes and the ZIP central directory are read
  (ODF's ``mimetype`` member at most 100 bytes); nothing is extracted. Text is read to the end, since a
  file that turns binary after its first kilobytes is not text.
"""

import codecs
import re
import zipfile

from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage

ZIP_HEADERS = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or the end record of an empty archive
OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
FORMAT_NAMES = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "pptx": "PowerPoint (PPTX)",
    "odt": "OpenDocument (ODT)",
    "ods": "OpenDocument (ODS)",
    "zip": "ZIP",
}
TEXT_EXTENSIONS = {"csv", "txt"}

# Text may hold tabs, line breaks and form feeds; any other C0 control character, or DEL, means binary.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# What a browser that sniffs would take for HTML (the WHATWG MIME Sniffing standard's HTML patterns,
# each followed by a space or ">"), plus XML and SVG, which can also carry script.
MARKUP_START = re.compile(
    r"<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)[ >]|<!--|<\?xml|<svg",
    re.IGNORECASE,
)
TEXT_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
TEXT_ENCODINGS = ("utf-8", "cp1256")  # without a byte-order mark: UTF-8, else Windows Arabic
CHUNK_SIZE = 64 * 1024
SNIFF_LENGTH = 1024


def is_new_upload(field_file):
    """A file just uploaded through a form, not yet written to storage."""
    return bool(field_file) and not getattr(field_file, "_committed", True)


def check_image_pixels(file, max_pixels):
    """Raise ``ValidationError`` if width × height × frames of the image in ``file`` exceeds ``max_pixels``."""
    try:
        file.seek(0)
        with PILImage.open(file) as image:
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError) as error:
        raise ValidationError(_("This image file could not be read."), code="unreadable_image") from error
    finally:
        file.seek(0)
    pixels = width * height * frames
    if max_pixels is not None and pixels > max_pixels:
        raise ValidationError(
            _(
                "This image has %(frames)s frames of %(width)s×%(height)s pixels, %(pixels)s pixels in all; "
                "an image may have at most %(max_pixels)s."
            )
            % {
                "frames": number_format(frames),
                "width": number_format(width),
                "height": number_format(height),
                "pixels": number_format(pixels, force_grouping=True),
                "max_pixels": number_format(max_pixels, force_grouping=True),
            },
            code="too_many_frame_pixels",
        )


def check_document_content(file, extension):
    """Raise ``ValidationError`` unless the bytes of ``file`` are a document of type ``extension``."""
    extension = extension.lower()
    try:
        if extension in TEXT_EXTENSIONS:
            check_text(file)
        elif extension in FORMAT_NAMES and not _has_format(file, extension):
            raise ValidationError(
                _("This file is not in %(format)s format, although its name ends in .%(extension)s.")
                % {"format": FORMAT_NAMES[extension], "extension": extension},
                code="content_does_not_match_extension",
            )
    finally:
        file.seek(0)


def _has_format(file, extension):
    file.seek(0)
    head = file.read(8)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if not head.startswith(ZIP_HEADERS):  # also refuses an archive appended to something else
        return False
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
            if extension in OOXML_FOLDERS:
                folder = OOXML_FOLDERS[extension]
                return "[Content_Types].xml" in names and any(name.startswith(folder) for name in names)
            if extension in ODF_MIMETYPES:
                if "mimetype" not in names:
                    return False
                with archive.open("mimetype") as member:
                    return member.read(100).strip() == ODF_MIMETYPES[extension].encode("ascii")
            return True  # zip: any archive Python can read
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError):
        return False


def check_text(file):
    """Text in UTF-8, UTF-16 (with its byte-order mark) or Windows Arabic (cp1256), without control
    characters, and not starting as HTML, XML or SVG."""
    file.seek(0)
    head = file.read(4)
    encodings = next(((encoding,) for bom, encoding in TEXT_BOMS if head.startswith(bom)), TEXT_ENCODINGS)
    for encoding in encodings:
        try:
            start = _decoded_start(file, encoding)
        except UnicodeDecodeError:
            continue
        if MARKUP_START.match(start.lstrip()):
            raise ValidationError(
                _("This text file holds web page markup (HTML, SVG or XML), which is not accepted as a document."),
                code="markup_in_text",
            )
        return
    raise ValidationError(
        _("This text file is in an unknown encoding; save it as UTF-8."), code="unknown_text_encoding"
    )


def _decoded_start(file, encoding):
    """Decode all of ``file``; return its first characters. Raises ``UnicodeDecodeError`` if it is not
    ``encoding``, ``ValidationError`` if it holds control characters."""
    file.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)()
    start = ""
    while True:
        chunk = file.read(CHUNK_SIZE)
        text = decoder.decode(chunk, final=not chunk)
        if CONTROL_CHARACTERS.search(text):
            raise ValidationError(
                _("This file is not plain text: it holds binary data or control characters."),
                code="binary_in_text",
            )
        if len(start) < SNIFF_LENGTH:
            start += text[: SNIFF_LENGTH - len(start)]
        if not chunk:
            return start
