"""Arabic normalisation, light stemming and roots for full-text search, the same on SQLite and PostgreSQL.

PostgreSQL's stock ``arabic`` configuration does not find الوزارات for the query وزارة (it reads the
leading و of وزارة as "and", and keeps ة apart from ات), nor خدمات for خدمة, and SQLite's FTS5 only
matches exact words. So both search backends (``pages.search.backend`` on PostgreSQL,
``pages.search.fts5`` on SQLite) pass every indexed text through :func:`index_text` and
:func:`root_text`, and every query through :func:`query_terms`, before the database sees them. The
database then only cuts words (PostgreSQL's ``multaqa`` configuration, a copy of ``english``, also
stems the already stemmed English words again, the same way at index and query time).

How a word is reduced, in order:

1. Spelling (:func:`normalise`): Unicode NFKC (presentation forms and ligatures such as ﻻ become
   letters); short vowels and other marks (tashkeel, U+064B–U+065F, U+0670, Quranic marks), tatweel
   (U+0640) and invisible bidi/joiner characters are removed; أ إ آ ٱ become ا, ى becomes ي, ة becomes
   ه, Persian ی and ک become ي and ك; Arabic-Indic digits become 0-9 and Arabic punctuation its ASCII
   twin (، becomes ,).
2. Stop words: a short list of particles and pronouns (في، من، إلى، هذا ...) is dropped, from the
   index and from queries alike, so that "خدمات في بغداد" does not require في to be on the page.
   على is deliberately not in the list: once ى becomes ي it is the name علي.
3. Prefix (:func:`stem`): one definite article ال، وال، بال، كال، فال or لل is removed when at
   least 2 letters remain; then a second ال, so that a word that itself begins with ال (التزام,
   or ألعاب once أ became ا) gives the same stem with and without the article.
4. Suffixes (:func:`stem`): ها، ان، ات، ون، ين، يه، ه، ي are tried in this order (Larkey's light10
   order, with ية and ة already folded into يه and ه) and each one found at the end is removed. The
   list is walked again while a walk removed something. The first removal must leave at least 2
   letters, every later one at least 3: المعلوماتية → معلومات → معلوم like معلومة, and قانونية →
   قانون → قان like قانون, while مدينة stops at مدين instead of becoming مد.
5. Proclitics (:func:`readings`): وزارة begins with a root و, والخدمات with "and". A word starting
   with و whose remainder has at least 3 letters, or with ف، ب، ل، ك (after an optional و or ف)
   whose remainder has at least 4, therefore has more than one form: the stem of the whole word and
   the stem of each remainder (لوزارة: لوزار and وزار). The index holds them all, as consecutive
   words; a query term holds them as alternatives (``وزار | زار``). In a phrase, a term may therefore
   cover one place or more in the index (:func:`indexed_sequences`): وزارة becomes
   ``(وزار <-> زار | وزار | زار)`` and الوزارة becomes ``(وزار <-> زار | وزار)``.
6. Possessives (:func:`possessive_forms`): a ة before a pronoun suffix is written ت; شبكتنا and
   وزارتها also give the stems of شبكة and وزارة when that stem has at least 3 letters.
7. Roots (:func:`root_form`): NLTK's ISRI root stemmer gives each word (and each remainder without
   proclitics) a root, marked with a leading ة, which normalisation removes from every other word, so
   a root never meets a light stem: مدارس and مدرسة both give ةدرس, مراكز and مركز ةركز, قواعد and
   قاعدة ةقعد. ISRI is given a final ة back, and the singular of broken plurals it misreads
   (:func:`root_reading`: the مفاعيل and فعلاء patterns, and a short list such as برامج → برنامج), so
   الأنظمة meets نظام, مشاريع مشروع, مدراء مدير and برامج برنامج. The roots are indexed after the
   text's words (:func:`root_text`) and offered as further alternatives of each query word
   (``query_terms(..., roots=True)``); the backends rank a page that only shares roots below every
   page that matches a light stem (a thousandth of the weight on
   PostgreSQL, after them on SQLite). Autocomplete and negated queries use no roots.

Latin words are reduced to their Snowball English stem (:func:`english`, NLTK's ``EnglishStemmer``,
the algorithm of PostgreSQL's ``english``), and a, an, the, of, and, or, in, on, for, to, with, by, at
are dropped: ministry and ministries both reach ministri, on both databases.

So وزارة, الوزارات, وزارات, لوزارة, وزارتها and والوزارة all reach وزار; خدمة, خدمات, الخدمات,
بخدمات and بالخدمات reach خدم; مدارس finds مدرسة through the root.

Limits:

- Broken plurals that ISRI does not reduce to the singular's root, and that neither a pattern of
  :func:`root_reading` nor ``IRREGULAR_PLURALS`` covers, are not related to it: خطط/خطة (a doubled
  radical), مبادئ/مبدأ and مسئول/مسؤول (hamza seats), نساء/امرأة (a different word).
- A root joins words of different meanings: مكتب (office) and كتاب (book), عامل and معمل, مدرسة and
  دراسة. They are found, but after every page holding the word itself or its light stem.
- Different words can share a light stem: تأمين (insurance) reaches تام (complete), حسين reaches حس;
  with the proclitic readings, a query for وزارة also finds زار (visited), بطاقة (card) is also read
  as ب + طاقة (energy), فعاليات as ف + عاليات; a page that holds the word itself holds more of the
  query's forms and ranks higher.
- A stem letter that looks like a suffix can be removed from one form and kept in another:
  بيان reaches بي, while بيانات stops at بيان (the second removal would leave 2 letters).
- A ت before a pronoun is kept when the noun's stem would have fewer than 3 letters (خطتهم does not
  find خطة) or when ات precedes it (حياتنا, read as a plural, does not find حياة).
- Hamza seats other than alef (ؤ، ئ) are kept: مسؤول and مسئول are different words.
- English function words other than the few listed are kept (PostgreSQL's ``english`` drops more, on
  PostgreSQL only); English irregular plurals (children/child) are not joined.
- Words of Arabic script are all treated as Arabic; Kurdish or Persian words get the same
  spelling rules and stemming, which is harmless but not linguistically right.
"""

import re
import unicodedata
from functools import lru_cache

from nltk.stem.isri import ISRIStemmer
from nltk.stem.snowball import EnglishStemmer

# Letters of the Arabic script (after normalisation): the Arabic block's letters and the
# extended letters used by Persian and Kurdish. Marks, tatweel, digits and punctuation are not letters.
ARABIC_LETTERS = "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}]+")
# A query is cut into Arabic words and runs of other characters; spaces and hyphens separate them.
QUERY_TOKEN = re.compile(f"[{ARABIC_LETTERS}]+|[^\\s\\-{ARABIC_LETTERS}]+")

REMOVED_MARKS = re.compile(
    "["
    "\u0610-\u061a"  # Quranic honorifics and small high letters
    "\u064b-\u065f"  # tashkeel: fathatan to wavy hamza below
    "\u0670"  # superscript alef
    "\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"  # Quranic annotation marks
    "\u0640"  # tatweel
    "\u061c\u200c-\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, zero-width (non-)joiner
    "]"
)

SPELLING = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",  # Persian yeh, common from Persian and Kurdish keyboards
        "ک": "ك",  # Persian keheh
        "،": ",",
        "؛": ";",
        "؟": "?",
        "٪": "%",
        "٫": ".",
        "٬": ",",
        "۔": ".",
        "\u200b": " ",  # zero-width space separates words
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # Persian digits
    }
)

# Written as they are after normalise(): ى as ي, أ and إ as ا.
STOP_WORDS = frozenset(
    {
        *("و", "في", "من", "الي", "عن", "مع", "او", "ثم", "قد", "لا", "لم", "لن", "ما"),  # particles
        *("هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "هو", "هي", "هم"),  # demonstratives, pronouns
        *("ان", "كان", "كانت", "حتي", "بين", "عند"),
    }
)

ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
CONJUNCTION = "و"
# Proclitics read as separate words when enough letters follow: the conjunctions و and ف, then one of
# the prepositions ب، ل، ك (وبخدمات، لوزارة، كمركز، فخدمات).
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
# Pronoun suffixes after which a ة is written ت: شبكتنا is شبكة + نا, وزارتها is وزارة + ها.
POSSESSIVE_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "نا", "كم", "كن")
# Marks a root (``root_form``): ة never survives ``normalise``, so no light stem can begin with it.
ROOT_MARKER = "ة"
# Broken plurals whose root ISRI gets wrong, written as after normalise() and without the article: each is
# given its singular's root. Four radicals (برامج), a doubled radical (قوانين), فواعيل (حواسيب), أفعال of a weak
# root (أعضاء) and hamza seats (أسئلة). Words of the portal's subjects; add to it when a pair is found missing.
IRREGULAR_PLURALS = {
    "برامج": "برنامج",
    "قوانين": "قانون",
    "حواسيب": "حاسوب",
    "اعضاء": "عضو",
    "اماكن": "مكان",
    "اسئله": "سؤال",
}
# مفاعيل and its kin (مشاريع، مواضيع، مفاتيح، معايير، أساليب): ISRI keeps the long vowels, so the root is read
# from the word without them (مشرع → شرع, like مشروع).
MAFAEEL = re.compile(r"^(.)(.)ا(.)ي(.)$")
# فُعَلاء, the plural of فَعِيل (مدراء، وزراء): read as the singular (مدير، وزير).
FUALAA = re.compile(r"^([^ا])(.)(.)اء$")

MIN_STEM_AFTER_ARTICLE = 2
MIN_STEM_AFTER_FIRST_SUFFIX = 2
MIN_STEM_AFTER_MORE_SUFFIXES = 3
MIN_REST_AFTER_CONJUNCTION = 3  # و: وزارة is و + زارة as well as وزارة
MIN_REST_AFTER_PROCLITIC = 4  # ف، ب، ل، ك: a shorter rest is too often part of the word (كتاب، بيان، لجنة)
MIN_STEM_OF_POSSESSIVE = 3  # بيتنا is not بيه + نا: its stem بي would be too short

# Latin words are stemmed with the Snowball English stemmer (the algorithm of PostgreSQL's english
# configuration), on both databases; a few function words are dropped like the Arabic stop words.
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
ENGLISH_STOP_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "by", "at"})
ENGLISH = EnglishStemmer()
ROOTS = ISRIStemmer()


def normalise(text):
    """``text`` with one spelling for each Arabic letter, no marks, ASCII digits and punctuation."""
    text = unicodedata.normalize("NFKC", text)
    return REMOVED_MARKS.sub("", text).translate(SPELLING)


def stem(word):
    """The light stem of one normalised Arabic word: without its definite article and suffixes."""
    word = _strip_article(word)
    removed_any = False
    while True:
        removed_in_walk = False
        for suffix in SUFFIXES:
            minimum = MIN_STEM_AFTER_MORE_SUFFIXES if removed_any else MIN_STEM_AFTER_FIRST_SUFFIX
            if word.endswith(suffix) and len(word) - len(suffix) >= minimum:
                word = word[: -len(suffix)]
                removed_any = removed_in_walk = True
        if not removed_in_walk:
            return word


def _strip_article(word):
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= MIN_STEM_AFTER_ARTICLE:
            word = word[len(article) :]
            break
    if word.startswith("ال") and len(word) - 2 >= MIN_STEM_AFTER_ARTICLE:
        word = word[2:]
    return word


def word_forms(word):
    """The light stems that stand for one normalised Arabic word: none for a stop word, more than one
    when it may begin with a conjunction or preposition, or end in a possessive (:func:`readings`)."""
    forms = []
    for reading in readings(word):
        if reading in STOP_WORDS:
            return ()
        forms.append(stem(reading))
    forms.extend(possessive_forms(word))
    return tuple(dict.fromkeys(forms))


def readings(word):
    """``word``, then what is left of it without a leading conjunction (و، ف) and preposition (ب، ل، ك).

    و is taken off when 3 letters remain (وزارة is also و + زارة), the others when 4 remain.
    """
    found = [word]
    rest = word
    if rest[:1] in CONJUNCTIONS:
        minimum = MIN_REST_AFTER_CONJUNCTION if rest[0] == CONJUNCTION else MIN_REST_AFTER_PROCLITIC
        if len(rest) - 1 >= minimum:
            rest = rest[1:]
            found.append(rest)
    if rest[:1] in PREPOSITIONS and len(rest) - 1 >= MIN_REST_AFTER_PROCLITIC and not rest.startswith("لل"):
        found.append(rest[1:])
    return found


def possessive_forms(word):
    """The stem of ``word`` read as a noun ending in ة followed by a pronoun: شبكتنا gives شبك like الشبكة."""
    for suffix in POSSESSIVE_SUFFIXES:
        body = _strip_article(word)[: -len(suffix)]
        if word.endswith(suffix) and body.endswith("ت") and not body.endswith("ات"):
            form = stem(body[:-1] + "ه")
            return (form,) if len(form) >= MIN_STEM_OF_POSSESSIVE else ()
    return ()


@lru_cache(maxsize=50_000)
def root_form(word):
    """The marked root of one normalised Arabic word (NLTK's ISRI root stemmer): مدارس and مدرسة give
    ةدرس, مراكز and مركز give ةركز. A second, lower-ranked index term: it also joins words that only share
    a root (مكتب، كتاب)."""
    return ROOT_MARKER + ROOTS.stem(root_reading(word))


def root_reading(word):
    """What ISRI is given for ``word``: the singular of a broken plural it misreads, and a final ة (which
    normalise writes ه, and which ISRI only removes as ة) restored in a word of 4 letters or more: الأنظمة
    reaches نظم like نظام, مكتبة كتب like مكتب."""
    bare = _strip_article(word)
    if bare in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[bare]
    if MAFAEEL.match(bare):
        return MAFAEEL.sub(r"\1\2\3\4", bare)
    if FUALAA.match(bare):
        return FUALAA.sub(r"\1\2ي\3", bare)
    if len(word) >= 4 and word.endswith("ه"):
        return word[:-1] + "ة"
    return word


def word_roots(word):
    """The marked roots of a normalised Arabic word and of its readings without proclitics."""
    if word in STOP_WORDS:
        return ()
    return tuple(dict.fromkeys(root_form(reading) for reading in readings(word)))


def indexed_sequences(alternatives):
    """The sequences of consecutive index words that a query term (a tuple from :func:`query_terms`) can match.

    A word with more than one form is indexed as its forms, one after the other, so a phrase must also
    accept that run where the query has one word: الوزارة (``("وزار",)``) meets وزارة indexed as
    ``وزار زار``. Without the run, the next word of the phrase would be one place too far.
    """
    first = alternatives[0]
    if len(alternatives) > 1:
        return [tuple(alternatives), *((alternative,) for alternative in alternatives)]
    if first.startswith(CONJUNCTION) and len(first) - len(CONJUNCTION) >= MIN_STEM_AFTER_FIRST_SUFFIX:
        return [(first, first[len(CONJUNCTION) :]), (first,)]
    return [(first,)]


def english(word):
    """A Latin word as indexed and searched for: its Snowball English stem, or nothing for a function word."""
    word = word.lower()
    return "" if word in ENGLISH_STOP_WORDS else ENGLISH.stem(word)


def index_text(text):
    """``text`` as it is indexed: normalised, every Arabic word replaced by its light stems, every Latin
    word by its English stem; digits and other characters unchanged."""
    text = ARABIC_WORD.sub(lambda match: " " + " ".join(word_forms(match.group())) + " ", normalise(text))
    return LATIN_WORD.sub(lambda match: english(match.group()), text)


def root_text(text):
    """The marked roots of the Arabic words of ``text``, indexed after its light stems (and, on PostgreSQL,
    with a lower weight)."""
    roots = (root for word in ARABIC_WORD.findall(normalise(text)) for root in word_roots(word))
    return " ".join(dict.fromkeys(roots))


def query_terms(text, roots=False):
    """The terms of a search query, each a tuple of alternatives: ``[("وزار", "زار"), ("خدم",), ("ministri",)]``.

    Arabic words are reduced like the index, Latin words stemmed; with ``roots``, each Arabic term also
    offers its marked roots (``("وزار", "زار", "ةوزر", "ةزور")``). Stop words and runs of punctuation
    are dropped.
    """
    terms = []
    for token in QUERY_TOKEN.findall(normalise(text)):
        if ARABIC_WORD.fullmatch(token):
            forms = word_forms(token)
            if forms:
                terms.append(forms + word_roots(token) if roots else forms)
        elif any(character.isalnum() for character in token):
            token = LATIN_WORD.sub(lambda match: english(match.group()), token)
            if any(character.isalnum() for character in token):
                terms.append((token,))
    return terms
