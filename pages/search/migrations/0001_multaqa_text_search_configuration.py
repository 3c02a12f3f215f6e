"""The PostgreSQL text search configuration named by WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"].

A copy of ``english``: English words are stemmed (ministries -> ministri). Arabic reaches it already
normalised and stemmed by pages/search/arabic.py; the english snowball stemmer and stop list leave
Arabic letters alone (to_tsvector('multaqa', 'وزار خدم') = 'خدم':2 'وزار':1). Nothing on other databases.
"""

from django.db import migrations

CONFIGURATION = "multaqa"


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}")
    schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = pg_catalog.english)")


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configuration, drop_configuration, elidable=False)]
