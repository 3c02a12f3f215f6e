"""What an empty page of results offers instead: the words of the query that find pages on their own,
and the sections of the site to browse.

Every form of a word already matches (its spelling variants, article, prefixes, suffixes and root:
``pages.search.arabic``), so a query that finds nothing has a word the site does not hold, or words
that are never on one page together. The words that do find pages are offered as searches of their
own, with their number of results: at most ``MAX_SUGGESTED_WORDS`` of them, one query each. The
sections are the menu's pages of the reader's language, from the request's navigation query, which
the header has already made.
"""

from dataclasses import dataclass

from pages.core.templatetags.request_cache import navigation

from . import arabic
from .results import search_results

MAX_SUGGESTED_WORDS = 3


@dataclass
class Suggestion:
    query: str
    count: int


def word_suggestions(request, query, language_code):
    """The words of a query of several words that find pages on their own, each with its number of results."""
    words = list(dict.fromkeys(word for word in query.split() if arabic.query_terms(word)))
    if len(words) < 2:
        return []
    counted = (
        Suggestion(word, search_results(request, word, language_code, 1, "1").paginator.count)
        for word in words[:MAX_SUGGESTED_WORDS]
    )
    return [suggestion for suggestion in counted if suggestion.count]


def sections(request):
    """The sections of the site in the reader's language: the pages of the main menu."""
    return [page for page in navigation(request, None).menu_candidates if page.show_in_menus]
