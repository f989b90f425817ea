"""The coordinators' group and the permissions it holds.

Data migrations call :func:`grant` so that each app that adds models also states what
coordinators may do with them, in the migration that creates them.
"""

from __future__ import annotations

COORDINATORS_GROUP = "Coördinatoren"


def grant(apps, schema_editor, permissions: list[str]) -> None:
    """Give the coordinators' group ``app_label.codename`` permissions, creating both if needed.

    Permissions are normally created after ``migrate`` finishes; create them now so that a
    fresh database gets a complete group in one run.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    for dotted in permissions:
        app_label, codename = dotted.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
