"""The vocabulary the demo content is written in: bilingual texts, media, pages and body blocks.

Every text is a pair ``T(ar, en)``. A page's body is a list of block specs that build the Arabic source
and, with the same block ids, the English values its wagtail-localize translation is filled with.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date

LANGUAGES = ("ar", "en")
BLOCK_ID_NAMESPACE = uuid.UUID("6d1f0c84-5a8e-4b61-9f0e-3f7f5c2a9b10")


@dataclass(frozen=True)
class T:
    """One text in Arabic and English."""

    ar: str
    en: str

    def get(self, language):
        return getattr(self, language)


def in_language(value, language):
    return value.get(language) if isinstance(value, T) else value


@dataclass(frozen=True)
class ImageSpec:
    key: str
    title: str
    motif: str
    alt_text: T
    caption: T


@dataclass(frozen=True)
class DocumentSpec:
    key: str
    title: str
    filename: str
    description: T
    text: str


@dataclass(frozen=True)
class ImageRef:
    """A page field that points at one of the demo images, by key."""

    key: str


class Refs:
    """Resolves the keys used in specs to database ids, per language."""

    def __init__(self, images, documents, pages):
        self.images = images  # key -> CustomImage
        self.documents = documents  # key -> CustomDocument
        self.pages = pages  # (key, language) -> Page
        self.missing_pages = set()

    def image(self, key):
        return self.images[key].pk

    def document(self, key):
        return self.documents[key].pk

    def page(self, key, language):
        """The page's id in ``language``; the Arabic one while its translation does not exist yet."""
        page = self.pages.get((key, language))
        if page is None:
            self.missing_pages.add((key, language))
            if (key, "ar") not in self.pages:
                raise MissingPageError(key)
            page = self.pages[(key, "ar")]
        return page.pk


class MissingPageError(LookupError):
    """A block links to a demo page that is not created yet."""


# Body blocks. Each has the block type name of pages.core.blocks.BaseStreamBlock and builds its value.


@dataclass(frozen=True)
class Heading:
    text: T
    level: str = "h2"
    type = "heading"

    def value(self, language, refs):
        return {"text": self.text.get(language), "level": self.level}


@dataclass(frozen=True)
class Paragraph:
    html: T
    type = "paragraph"

    def value(self, language, refs):
        return self.html.get(language)


@dataclass(frozen=True)
class Image:
    image: str
    caption: T | None = None
    type = "image"

    def value(self, language, refs):
        return {"image": refs.image(self.image), "caption": self.caption.get(language) if self.caption else ""}


@dataclass(frozen=True)
class Quote:
    text: T
    attribution: T
    type = "quote"

    def value(self, language, refs):
        return {"text": self.text.get(language), "attribution": self.attribution.get(language)}


@dataclass(frozen=True)
class CallToAction:
    title: T
    text: T
    button_label: T
    page: str
    type = "call_to_action"

    def value(self, language, refs):
        return {
            "title": self.title.get(language),
            "text": self.text.get(language),
            "page": refs.page(self.page, language),
            "url": "",
            "button_label": self.button_label.get(language),
        }


@dataclass(frozen=True)
class Table:
    caption: T
    header: tuple[T, ...]
    rows: tuple[tuple[T, ...], ...]
    type = "table"

    def value(self, language, refs):
        return {
            "data": [[cell.get(language) for cell in row] for row in (self.header, *self.rows)],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_header_choice": "row",
            "table_caption": self.caption.get(language),
        }


@dataclass(frozen=True)
class Document:
    document: str
    title: T
    type = "document"

    def value(self, language, refs):
        return {"document": refs.document(self.document), "title": self.title.get(language)}


@dataclass(frozen=True)
class ChildSpec:
    """An orderable, translatable child of a page (an ISOC board member, a working group): translated
    fields as ``T``, synchronised ones plain or ``ImageRef``. ``key`` fixes the child's translation_key, by
    which wagtail-localize pairs the Arabic child's strings with the English child's."""

    key: str
    fields: dict

    @property
    def translation_key(self):
        return uuid.uuid5(BLOCK_ID_NAMESPACE, f"child/{self.key}")


@dataclass(frozen=True)
class PageSpec:
    """One demo page. ``key`` identifies it among the specs; the page itself is found by its parent and
    Arabic slug. ``fields`` maps a model field to a ``T`` (translated), an ``ImageRef`` or a plain value
    (both synchronised to the translation)."""

    key: str
    model: str
    parent: str | None
    title: T
    slug: T
    fields: dict = field(default_factory=dict)
    body: tuple = ()
    tags: tuple[T, ...] = ()
    children: dict = field(default_factory=dict)  # child relation name -> tuple of ChildSpec

    def block_id(self, index):
        return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{self.key}/{index}"))

    def stream_data(self, language, refs):
        """The body as StreamField data, without the blocks that link to pages not created yet."""
        data = []
        for index, block in enumerate(self.body):
            try:
                data.append({"type": block.type, "value": block.value(language, refs), "id": self.block_id(index)})
            except MissingPageError:
                continue
        return data

    def tag_names(self, language):
        return sorted(tag.get(language) for tag in self.tags)


def article(key, *, day: date, title: T, summary: T, image: str, body, tags) -> PageSpec:
    return PageSpec(
        key=key,
        model="news.NewsArticlePage",
        parent="news",
        title=title,
        slug=T(key, key),
        fields={"date": day, "summary": summary, "main_image": ImageRef(image)},
        body=tuple(body),
        tags=tuple(tags),
    )


# Institutions. Their data lives on pages.institutions models (not on pages), so it has specs of its own;
# their chapter pages and the pages inside them are PageSpecs like the others.


@dataclass(frozen=True)
class MemberSpec:
    """A liaison member. The name is written once, in Arabic, as the person writes it; ``name_latin`` only
    spells it for the email address and the English alt text of the photo."""

    name: str
    name_latin: str
    role: T
    term_start: date
    term_end: date | None
    extension: str
    phone: str = ""


@dataclass(frozen=True)
class InstitutionSpec:
    slug: str
    name: T
    kind: str  # an InstitutionKind value
    governorate: str  # a Governorate value
    abbreviation: str  # drawn on the generated logo
    color: tuple[int, int, int]  # the logo's main colour
    it_head_name: str
    it_phone: str
    it_extension: str
    members: tuple[MemberSpec, ...]
    introduction: T
    body: tuple = ()
    parent: str | None = None  # the slug of the parent body
    hostname: str | None = None  # served as a Site of its own, on the main Site's port
    confirmed_days_ago: int | None = 30  # when its contacts were last confirmed; None: never
    cmc_review_required: bool = False  # its publishers' approval then waits for a CMC moderator's

    @property
    def domain(self):
        """A mail domain under the reserved .example top-level domain (RFC 2606)."""
        return f"{self.slug}.gov.example"

    @property
    def it_email(self):
        return f"it@{self.domain}"

    def member_email(self, member):
        return f"{member.name_latin.lower().replace(' ', '.')}@{self.domain}"

    @property
    def chapter_key(self):
        return f"chapter-{self.slug}"

    def chapter_page(self):
        """The chapter home: onboarding creates it, the demo fills in its about text."""
        return PageSpec(
            key=self.chapter_key,
            model="chapters.InstitutionChapterPage",
            parent="institutions",
            title=self.name,
            slug=T(self.slug, self.slug),
            fields={"introduction": self.introduction},
            body=self.body,
        )
