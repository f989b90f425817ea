"""Indexes for the story listing at 20,000 stories (see ``scripts/bench_directory.py``).

``case_order_idx`` serves the unfiltered page's order (featured, then newest) without a sort and,
as an index-only scan, the published stories and their municipalities that the facet counts
start from; ``case_newest_idx`` reads a filtered page newest first in index order.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0003_coordinator_admin_permissions"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="practicecase",
            index=models.Index(
                fields=["status", "-featured", "-published_at", "id", "municipality", "visibility"],
                name="case_order_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="practicecase",
            index=models.Index(fields=["status", "-published_at", "id"], name="case_newest_idx"),
        ),
    ]
