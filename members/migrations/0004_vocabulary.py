from django.db import migrations
from django.utils.text import slugify

from members.coordinators import grant
from members.vocabulary_data import (
    ORGANISATION_TYPES,
    QUALITIES,
    ROLE_IMAGES,
    THEMES,
    WORK_PRACTICES,
    municipalities,
)


def create_vocabulary(apps, schema_editor):
    Quality = apps.get_model("members", "Quality")
    for order, (code, nl, en, d_nl, d_en, colour, icon) in enumerate(QUALITIES):
        Quality.objects.update_or_create(
            code=code,
            defaults=dict(
                name_nl=nl, name_en=en, description_nl=d_nl, description_en=d_en,
                colour=colour, icon=icon, order=order,
            ),
        )
    for model_name, rows in [("WorkPractice", WORK_PRACTICES), ("RoleImage", ROLE_IMAGES)]:
        model = apps.get_model("members", model_name)
        for order, (code, nl, en, d_nl, d_en) in enumerate(rows):
            model.objects.update_or_create(
                code=code,
                defaults=dict(
                    name_nl=nl, name_en=en, description_nl=d_nl, description_en=d_en, order=order
                ),
            )
    for model_name, rows in [("Theme", THEMES), ("OrganisationType", ORGANISATION_TYPES)]:
        model = apps.get_model("members", model_name)
        for order, (code, nl, en) in enumerate(rows):
            model.objects.update_or_create(
                code=code, defaults=dict(name_nl=nl, name_en=en, order=order)
            )

    Province = apps.get_model("members", "Province")
    Municipality = apps.get_model("members", "Municipality")
    provinces = {}
    for row in municipalities():
        if row["province_code"] not in provinces:
            provinces[row["province_code"]], _ = Province.objects.update_or_create(
                code=row["province_code"],
                defaults=dict(name=row["province_name"], slug=slugify(row["province_name"])),
            )
        Municipality.objects.update_or_create(
            cbs_code=row["cbs_code"],
            defaults=dict(
                cbs_name=row["cbs_name"], name=row["name"], aliases=row["aliases"],
                province=provinces[row["province_code"]],
            ),
        )


def grant_coordinators(apps, schema_editor):
    models = ["quality", "workpractice", "roleimage", "theme", "organisationtype"]
    grant(
        apps,
        schema_editor,
        [f"members.{action}_{m}" for m in models for action in ("view", "change", "add")]
        + ["members.view_province", "members.view_municipality", "members.change_municipality"]
        + ["members.view_member", "members.change_member", "members.view_memberquality"]
        + ["members.change_memberquality", "members.add_memberquality"]
        + ["members.delete_memberquality", "members.view_taggedmember"]
        + ["taggit.view_tag", "taggit.change_tag", "taggit.add_tag"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_profiles_and_vocabulary"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.RunPython(create_vocabulary, migrations.RunPython.noop),
        migrations.RunPython(grant_coordinators, migrations.RunPython.noop),
    ]
