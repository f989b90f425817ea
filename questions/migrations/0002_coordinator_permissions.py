"""Coordinators curate questions and answers in the admin: hide, close, merge, forward."""

from django.db import migrations

from members.coordinators import grant


def grant_coordinators(apps, schema_editor):
    grant(
        apps,
        schema_editor,
        [
            "questions.view_question",
            "questions.change_question",
            "questions.view_answer",
            "questions.change_answer",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [("questions", "0001_questions"), ("members", "0004_vocabulary")]

    operations = [migrations.RunPython(grant_coordinators, migrations.RunPython.noop)]
