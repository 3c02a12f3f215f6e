#!/usr/bin/env python
"""Recall and ranking of the search on the language cases of tests/search/language_cases.py.

Builds a throw-away test database (SQLite, or PostgreSQL when DATABASE_URL points there), one Arabic
page per case text, and searches each query as the search page does:

    .venv/bin/python scripts/search_recall.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/multaqa_recall .venv/bin/python scripts/search_recall.py

Recall: the share of (query, text) pairs whose page is among the results (FINDS and KNOWN_MISSES).
Ranking: the share of RANKS cases whose page with the word or its light stem is found and listed
before the page that only shares the root. With --demo, it instead counts the results of the issue's
queries in the database DATABASE_URL names (the demo content of ``manage.py seed_demo``).
It only reads ``pages.search.results.matching_pages``, so it also runs on older trees of the project.
"""

import os
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

DEMO_QUERIES = [
    ("ar", "المعلومات"),
    ("ar", "معلومات"),
    ("ar", "امن"),
    ("ar", "اطلاق"),
    ("ar", "وزارات"),
    ("ar", "وزاره"),
    ("ar", "٥٠٥٠"),
    ("ar", "مدارس"),
    ("ar", "شبكتنا"),
    ("en", "ministry"),
    ("en", "ministries"),
]


def ranked_titles(locale, query):
    from pages.search.results import matching_pages

    found = matching_pages(locale.pk, query)
    return [page.title for page in found] if hasattr(found, "get_queryset") else []


def measure_cases():
    from django.test.utils import setup_test_environment
    from wagtail.models import Locale

    from pages.core.factories import english_locale
    from pages.standard.factories import StandardPageFactory
    from tests.conftest import make_home
    from tests.search.language_cases import FINDS, KNOWN_MISSES, RANKS

    setup_test_environment()
    from django.test.runner import DiscoverRunner

    runner = DiscoverRunner(verbosity=0)
    old_config = runner.setup_databases()
    try:
        english_locale()
        home = make_home()
        titles = {title for _query, title in FINDS + KNOWN_MISSES} | {t for _q, *pair in RANKS for t in pair}
        for number, title in enumerate(sorted(titles)):
            StandardPageFactory(parent=home, title=title, slug=f"case-{number}", introduction="", body=[])
        locale = Locale.objects.get(language_code="ar")
        pairs = FINDS + KNOWN_MISSES
        missed = [(query, title) for query, title in pairs if title not in ranked_titles(locale, query)]
        wrong = []
        for query, better, worse in RANKS:
            found = ranked_titles(locale, query)
            if better not in found or (worse in found and found.index(worse) < found.index(better)):
                wrong.append((query, better, worse))
        print(f"recall: {len(pairs) - len(missed)}/{len(pairs)}")
        print(f"ranking: {len(RANKS) - len(wrong)}/{len(RANKS)}")
        for query, title in missed:
            print(f"  missed: {query} -> {title}")
        for query, better, worse in wrong:
            print(f"  misranked: {query}: {better} should come before {worse}")
    finally:
        runner.teardown_databases(old_config)


def measure_demo():
    from wagtail.models import Locale

    for language, query in DEMO_QUERIES:
        locale = Locale.objects.get(language_code=language)
        print(f"{language} {query}: {len(ranked_titles(locale, query))}")


def main():
    import django

    django.setup()
    if "--demo" in sys.argv[1:]:
        measure_demo()
    else:
        measure_cases()


if __name__ == "__main__":
    main()
