"""The stories' search uses the BM25 text index on every database (lpb.search): their
PostgreSQL tsvector, its trigger, function and GIN index go."""

from django.db import migrations

from lpb.search import postgresql_teardown


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0007_existing_co_authors_accepted"),
    ]

    operations = [
        postgresql_teardown(table="practices_practicecase"),
        migrations.RemoveField(model_name="practicecase", name="search_vector"),
    ]
