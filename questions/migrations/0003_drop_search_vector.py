"""The questions' search uses the BM25 text index on every database (lpb.search): their
PostgreSQL tsvector, its trigger, function and GIN index go, and (the last of the three) the
lpb_dutch text search configuration."""

from django.db import migrations

from lpb.search import postgresql_teardown


class Migration(migrations.Migration):
    dependencies = [
        ("questions", "0002_coordinator_permissions"),
        ("members", "0013_drop_search_vector"),
        ("practices", "0008_drop_search_vector"),
    ]

    operations = [
        postgresql_teardown(table="questions_question", last=True),
        migrations.RemoveField(model_name="question", name="search_vector"),
    ]
