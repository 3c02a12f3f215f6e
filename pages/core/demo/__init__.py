"""Bilingual demo content for ``manage.py seed_demo``."""
