"""Whether a posting's term is in its row's first line (a name, a title: lpb.search ranks it
higher); filled when the rows are indexed again (``manage.py rebuild_search``)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lpb", "0001_text_index"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="termposting", name="posting_term"),
        migrations.AddField(
            model_name="termposting",
            name="first_line",
            field=models.BooleanField(default=False),
        ),
        migrations.AddIndex(
            model_name="termposting",
            index=models.Index(
                fields=["kind", "term"],
                include=("object_id", "count", "length", "first_line"),
                name="posting_term",
            ),
        ),
    ]
