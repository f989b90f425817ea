"""A member who has done a bit of everything, for the data download and account deletion tests.

``leave_footprint(user, other=…)`` gives ``user`` a profile with a photo, vocabulary and tags,
stories (one alone, one with a co-author, one another member recognised), a story co-written
with ``other``, recognitions, messages both ways and entries in the admin history.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from PIL import Image

from members.models import ContactMessage, Member, User
from practices.models import CaseImage, PracticeCase, Recognition
from practices.search import refresh_case
from tests.factories import make_member
from tests.practice_factories import make_case

OWN_TAG = "merels eigen label"
SHARED_TAG = "buurtbudget"


def jpeg_bytes(colour=(20, 120, 90)) -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (40, 40), colour).save(output, format="JPEG")
    return output.getvalue()


@dataclass
class Footprint:
    member: Member
    other: Member
    own_case: PracticeCase  # nobody else involved: always deleted
    co_written_case: PracticeCase  # written with ``other`` as co-author
    recognised_case: PracticeCase  # ``other`` marked it as recognisable
    others_case: PracticeCase  # ``other``'s story, with the member as co-author
    image: CaseImage  # on ``own_case``
    shared_image: CaseImage  # on ``co_written_case``
    sent: ContactMessage
    received: ContactMessage


def leave_footprint(user: User, *, other: User) -> Footprint:
    member = make_member(
        user.name,
        user=user,
        themes=["wonen", "jeugd"],
        qualities=["verbindend"],
        work=["relatiewerk"],
        tags=[SHARED_TAG, OWN_TAG],
        job_title="Wijkregisseur",
        organisation="Gemeente Utrecht",
        municipality="GM0344",
        phone="030 123 45 67",
        bio="Ik werk in Kanaleneiland.",
    )
    member.photo.save("merel.jpg", ContentFile(jpeg_bytes()), save=True)
    other_member = make_member(other.name, user=other, tags=[SHARED_TAG])

    own_case = make_case(member, title="Alleen door Merel", tags=[OWN_TAG, SHARED_TAG])
    image = CaseImage(case=own_case, caption="Het buurthuis")
    image.image.save("buurthuis.jpg", ContentFile(jpeg_bytes((200, 40, 40))), save=True)
    co_written = make_case(member, title="Samen met Omar", co_authors=[other_member])
    shared_image = CaseImage(case=co_written, caption="De portiek")
    shared_image.image.save("portiek.jpg", ContentFile(jpeg_bytes((40, 40, 200))), save=True)
    recognised = make_case(member, title="Herkend door Omar")
    Recognition.objects.create(case=recognised, member=other_member, kind="herkenbaar")
    others_case = make_case(other_member, title="Verhaal van Omar", co_authors=[member])
    Recognition.objects.create(case=others_case, member=member, kind="nuttig")
    for case in (own_case, co_written, recognised, others_case):
        refresh_case(case)

    sent = ContactMessage.objects.create(
        sender=user, recipient=other, subject="Vraag over portiekgesprekken", body="Bel je me?"
    )
    received = ContactMessage.objects.create(
        sender=other, recipient=user, subject="Re: portiekgesprekken", body="Morgen!"
    )
    for obj, message in ((user, "Approved membership"), (own_case, "Changed title")):
        LogEntry.objects.log_actions(
            user_id=other.pk, queryset=[obj], action_flag=CHANGE, change_message=message
        )
    return Footprint(
        member=member,
        other=other_member,
        own_case=own_case,
        co_written_case=co_written,
        recognised_case=recognised,
        others_case=others_case,
        image=image,
        shared_image=shared_image,
        sent=sent,
        received=received,
    )


def references_to(*, user_pk: int, member_pk: int | None) -> dict[str, int]:
    """Every row, in every model (link tables included), that still points at the user or the
    profile: through a foreign key, a generic relation, or the admin history."""
    targets = {User: user_pk, Member: member_pk}
    found: dict[str, int] = {}
    for model in apps.get_models(include_auto_created=True):
        manager = model._base_manager
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model in targets:
                if not (field.many_to_one or field.one_to_one):
                    continue  # many-to-many: its link table is a model of its own here
                number = manager.filter(**{field.attname: targets[field.related_model]}).count()
                if number:
                    found[f"{model._meta.label}.{field.name}"] = number
        for generic in model._meta.private_fields:
            if isinstance(generic, GenericForeignKey):
                for target, pk in targets.items():
                    number = manager.filter(
                        **{
                            generic.ct_field: ContentType.objects.get_for_model(target),
                            generic.fk_field: pk,
                        }
                    ).count()
                    if number:
                        found[f"{model._meta.label}.{generic.name} → {target.__name__}"] = number
    for target, pk in targets.items():
        number = LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(target), object_id=str(pk)
        ).count()
        if number:
            found[f"admin history of {target.__name__}"] = number
    return found
