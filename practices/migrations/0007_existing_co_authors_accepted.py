"""Co-authors added before invitations existed were already shown on their stories: they
become accepted invitations (invited by the story's author), so that they can leave later.
Coordinators may see (not change) invitations in the admin."""

from django.db import migrations
from django.utils import timezone

from members.coordinators import grant


def accept_existing(apps, schema_editor):
    PracticeCase = apps.get_model("practices", "PracticeCase")
    CoAuthorInvitation = apps.get_model("practices", "CoAuthorInvitation")
    through = PracticeCase.co_authors.through
    authors = dict(PracticeCase.objects.values_list("pk", "author__user_id"))
    now = timezone.now()
    CoAuthorInvitation.objects.bulk_create(
        [
            CoAuthorInvitation(
                case_id=case_id,
                member_id=member_id,
                invited_by_id=authors.get(case_id),
                status="accepted",
                answered_at=now,
            )
            for case_id, member_id in through.objects.values_list("practicecase_id", "member_id")
        ],
        batch_size=1000,
        ignore_conflicts=True,
    )


def grant_coordinators(apps, schema_editor):
    grant(apps, schema_editor, ["practices.view_coauthorinvitation"])


class Migration(migrations.Migration):
    dependencies = [("practices", "0006_co_author_invitations")]

    operations = [
        migrations.RunPython(accept_existing, migrations.RunPython.noop),
        migrations.RunPython(grant_coordinators, migrations.RunPython.noop),
    ]
