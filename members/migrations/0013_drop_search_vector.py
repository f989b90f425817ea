"""The directory searches the BM25 text index on every database (lpb.search): the PostgreSQL
tsvector of members, its trigger, function and GIN index go. The trigram index on names stays
(a misspelt name's second try)."""

from django.db import migrations

from lpb.search import postgresql_teardown


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0012_thesaurus"),
    ]

    operations = [
        postgresql_teardown(table="members_member"),
        migrations.RemoveField(model_name="member", name="search_vector"),
    ]
