"""A trigram index on the text index's terms (PostgreSQL only): ``lpb.search.widen`` looks up
the terms that start with or resemble a word the index does not know ("wijkreg",
"dementei") through it, instead of reading every term."""

from django.db import migrations

from lpb.search import postgresql_only


class Migration(migrations.Migration):
    dependencies = [
        ("lpb", "0002_posting_first_line"),
    ]

    operations = [
        postgresql_only(
            [
                "CREATE EXTENSION IF NOT EXISTS pg_trgm",
                "CREATE INDEX IF NOT EXISTS lpb_termfrequency_term_trgm "
                "ON lpb_termfrequency USING gin (term gin_trgm_ops)",
            ],
            ["DROP INDEX IF EXISTS lpb_termfrequency_term_trgm"],
        ),
    ]
