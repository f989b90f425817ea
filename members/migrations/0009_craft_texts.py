from django.db import migrations

from members.coordinators import grant
from members.craft_texts import CONTEXT_TRENDS, EXPLANATIONS, TENSIONS


def write_craft_texts(apps, schema_editor):
    """The explanations of the craft model's terms, the lasting tensions and the changing
    context. An explanation a coordinator already wrote is kept."""
    for (model_name, code), (nl, en) in EXPLANATIONS.items():
        model = apps.get_model("members", model_name)
        model.objects.filter(code=code, explanation_nl="").update(explanation_nl=nl)
        model.objects.filter(code=code, explanation_en="").update(explanation_en=en)
    for model_name, rows in [("Tension", TENSIONS), ("ContextTrend", CONTEXT_TRENDS)]:
        model = apps.get_model("members", model_name)
        for order, (code, nl, en, d_nl, d_en, e_nl, e_en) in enumerate(rows):
            model.objects.get_or_create(
                code=code,
                defaults=dict(
                    name_nl=nl, name_en=en, description_nl=d_nl, description_en=d_en,
                    explanation_nl=e_nl, explanation_en=e_en, order=order,
                ),
            )


def grant_coordinators(apps, schema_editor):
    grant(
        apps,
        schema_editor,
        [f"members.{action}_{m}" for m in ("tension", "contexttrend")
         for action in ("view", "change", "add", "delete")],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0008_tension_context_explanations"),
    ]

    operations = [
        migrations.RunPython(write_craft_texts, migrations.RunPython.noop),
        migrations.RunPython(grant_coordinators, migrations.RunPython.noop),
    ]
