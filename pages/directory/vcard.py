"""vCards (RFC 6350, version 4.0, UTF-8) of the IT directory, written here rather than with ``vobject``.

``vobject`` (installed, and what the tests parse the output with) escapes the ``;`` of a URI value, so
``TEL;VALUE=uri:tel:5050;ext=12`` came out as ``tel:5050\\;ext=12``: not a ``tel:`` URI any more. The
rules this module follows instead, each from RFC 6350:

- lines end in CRLF and are folded at 75 octets, a fold never splitting a UTF-8 sequence (3.2);
- in text values ``\\``, ``,``, ``;`` and newlines are escaped (3.4); URIs are written as they are;
- ``VERSION`` comes right after ``BEGIN``, ``FN`` is always present (6.1.3, 6.2.1);
- telephone numbers are ``tel:`` URIs (RFC 3966): a number with ``+`` is global, any other number and the
  extension on the IT short number carry ``phone-context=+964`` (Iraq).

Arabic is written as it is: a vCard 4.0 is UTF-8 and needs no charset parameter.
"""

import re
import uuid
from datetime import UTC

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

CRLF = "\r\n"
MAX_LINE_OCTETS = 75
COUNTRY_CONTEXT = "+964"
UID_NAMESPACE = uuid.UUID("0d5b1c3e-2f43-4c71-9a53-4d1f6c3b9e21")  # fixed: a card's UID never changes
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
NOT_PHONE_DIGIT = re.compile(r"[^0-9]")


def escape_text(value):
    """A text value (RFC 6350 3.4): backslash, comma, semicolon and newlines escaped, control
    characters dropped."""
    value = CONTROL.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\n", "\\n").replace("\t", " ")


def fold(line):
    """``line`` cut into lines of at most 75 octets, each continuation starting with one space."""
    pieces, current, size = [], [], 0
    for character in line:
        octets = len(character.encode())
        limit = MAX_LINE_OCTETS if not pieces else MAX_LINE_OCTETS - 1  # the continuation's space
        if size + octets > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(character)
        size += octets
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def tel_uri(phone):
    """A phone number as written by an institution ("+964 1 234 5678", "0770 123 4567") as a ``tel:`` URI,
    or ``""`` when it holds no digit."""
    digits = NOT_PHONE_DIGIT.sub("", phone or "")
    if not digits:
        return ""
    if phone.strip().startswith("+"):
        return f"tel:+{digits}"
    return f"tel:{digits};phone-context={COUNTRY_CONTEXT}"


def extension_uri(short_number, extension):
    """The extension on the IT short number as a ``tel:`` URI, ``""`` without a short number or extension."""
    short = NOT_PHONE_DIGIT.sub("", short_number or "")
    extension = NOT_PHONE_DIGIT.sub("", extension or "")
    if not short or not extension:
        return ""
    return f"tel:{short};ext={extension};phone-context={COUNTRY_CONTEXT}"


class Card:
    """One vCard, built property by property."""

    def __init__(self, kind, uid):
        self.lines = ["BEGIN:VCARD", "VERSION:4.0", f"KIND:{kind}", f"UID:urn:uuid:{uid}"]

    def text(self, name, value, params=""):
        if value:
            self.lines.append(f"{name}{params}:{escape_text(value)}")

    def structured(self, name, components):
        if any(components):
            self.lines.append(f"{name}:" + ";".join(escape_text(component) for component in components))

    def uri(self, name, value, params=""):
        if value:
            self.lines.append(f"{name}{params}:{value}")

    def serialize(self):
        return "".join(fold(line) + CRLF for line in [*self.lines, "END:VCARD"])


def uid_for(*parts):
    return uuid.uuid5(UID_NAMESPACE, ":".join(str(part) for part in parts))


def revision(moment):
    """``REV``: the moment in UTC, basic format (RFC 6350 4.3.5)."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if moment else ""


def confirmed_note(institution):
    if institution.contacts_confirmed_at:
        day = date_format(timezone.localtime(institution.contacts_confirmed_at), "DATE_FORMAT")
        return _("Last confirmed by the institution: %(date)s") % {"date": day}
    return _("Not yet confirmed by the institution")


def extension_note(short_number, extension):
    if not extension:
        return ""
    if short_number:
        return _("Extension %(extension)s on the IT short number %(short_number)s") % {
            "extension": extension,
            "short_number": short_number,
        }
    return _("Extension %(extension)s") % {"extension": extension}


def note(institution, short_number, extension):
    """The card's note: the extension on the short number, and when the institution last confirmed it."""
    return " · ".join(filter(None, [extension_note(short_number, extension), confirmed_note(institution)]))


def it_department_card(institution, short_number):
    """The institution's IT department: its head as a person when named, else the department itself."""
    department = _("IT department")
    if institution.it_head_name:
        card = Card("individual", uid_for(institution.slug, "it"))
        card.text("FN", institution.it_head_name)
        card.text("TITLE", _("Head of the IT department"))
    else:
        card = Card("org", uid_for(institution.slug, "it"))
        card.text("FN", f"{department} – {institution.name}")
    card.structured("ORG", [institution.name, department])
    add_contacts(card, institution.it_email, institution.it_phone, short_number, institution.it_extension)
    card.text("NOTE", note(institution, short_number, institution.it_extension))
    card.uri("REV", revision(institution.updated_at))
    return card


def member_card(institution, member, short_number):
    card = Card("individual", uid_for(institution.slug, "member", member.pk))
    card.text("FN", member.name)
    card.text("TITLE", member.role)
    card.structured("ORG", [institution.name])
    add_contacts(card, member.email, member.phone, short_number, member.extension)
    card.text("NOTE", note(institution, short_number, member.extension))
    card.uri("REV", revision(institution.updated_at))
    return card


def add_contacts(card, email, phone, short_number, extension):
    card.text("EMAIL", email, ";TYPE=work")
    card.uri("TEL", tel_uri(phone), ";VALUE=uri;TYPE=work,voice")
    card.uri("TEL", extension_uri(short_number, extension), ";VALUE=uri;TYPE=work,voice;PREF=1")


def institution_cards(institution, short_number):
    """The vCards of one directory entry: its IT department, then each liaison member in order."""
    cards = [it_department_card(institution, short_number)]
    cards += [member_card(institution, member, short_number) for member in institution.liaison_members.all()]
    return "".join(card.serialize() for card in cards)


def directory_cards(institutions, short_number):
    """One file with the vCards of every entry (``institutions`` from ``queries.directory_entries``)."""
    return "".join(institution_cards(institution, short_number) for institution in institutions)
