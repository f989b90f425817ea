"""Coordinators curate the network in the admin: they merge tags and delete unused terms.

(This grant spans members and taggit; it lives in practices, the app that composes them.)
"""

from django.db import migrations

from members.coordinators import grant


def grant_coordinators(apps, schema_editor):
    vocabulary = ["quality", "workpractice", "roleimage", "theme", "organisationtype"]
    grant(
        apps,
        schema_editor,
        ["taggit.delete_tag"] + [f"members.delete_{model}" for model in vocabulary],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0002_coordinator_permissions"),
        ("members", "0005_member_search"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(grant_coordinators, migrations.RunPython.noop)]
