from django.db import migrations

from members.thesaurus_data import WORD_GROUPS_2026_12


def add_second_edition(apps, schema_editor):
    """The second edition of the thesaurus (members/thesaurus_data.py): residents' words for a
    situation joined to the terms colleagues write. A group whose words already exist exactly
    (a coordinator may have added it in /beheer/) is not added twice; groups coordinators
    edited or deleted since 0012 stay as they are."""
    WordGroup = apps.get_model("members", "WordGroup")
    existing = set(WordGroup.objects.values_list("words", flat=True))
    WordGroup.objects.bulk_create(
        WordGroup(words=words) for words in WORD_GROUPS_2026_12 if words not in existing
    )


def remove_second_edition(apps, schema_editor):
    WordGroup = apps.get_model("members", "WordGroup")
    WordGroup.objects.filter(words__in=WORD_GROUPS_2026_12).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0013_drop_search_vector"),
    ]

    operations = [
        migrations.RunPython(add_second_edition, remove_second_edition),
    ]
