from django.db import migrations

from members.coordinators import grant


def create_group(apps, schema_editor):
    grant(
        apps,
        schema_editor,
        ["members.view_user", "members.change_user", "admin.view_logentry"],
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Coördinatoren").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
