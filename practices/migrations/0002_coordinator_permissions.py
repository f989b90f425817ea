from django.db import migrations

from members.coordinators import grant


def grant_coordinators(apps, schema_editor):
    grant(
        apps,
        schema_editor,
        [
            "practices.view_practicecase",
            "practices.change_practicecase",
            "practices.view_caseimage",
            "practices.change_caseimage",
            "practices.delete_caseimage",
            "practices.view_recognition",
            "practices.view_taggedcase",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial"), ("members", "0004_vocabulary")]

    operations = [migrations.RunPython(grant_coordinators, migrations.RunPython.noop)]
