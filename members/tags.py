"""Free tags (taggit) shared by profiles and stories: usage counts and merging.

Members may not import practices, so this module finds every "tagged item" model through the
``Tag`` model's reverse relations (``TaggedMember`` here, ``TaggedCase`` in practices, whatever
comes next) instead of naming them.
"""

from __future__ import annotations

from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.db import models, transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from taggit.models import Tag


def tagged_item_models() -> list[type[models.Model]]:
    """The through models that attach tags to objects (one row per object and tag)."""
    return [
        rel.related_model
        for rel in Tag._meta.related_objects
        if rel.field.name == "tag" and _has_foreign_key(rel.related_model, "content_object")
    ]


def _has_foreign_key(model: type[models.Model], name: str) -> bool:
    # taggit's own generic TaggedItem (unused here) has a GenericForeignKey instead.
    return any(f.name == name and f.many_to_one and f.concrete for f in model._meta.get_fields())


def with_usage(queryset: models.QuerySet) -> models.QuerySet:
    """Annotate ``usage`` (and ``usage_<model>`` per kind) with a subquery each: no row queries."""
    total = Value(0, output_field=IntegerField())
    annotations = {}
    for model in tagged_item_models():
        counts = (
            model.objects.filter(tag=OuterRef("pk"))
            .order_by()
            .values("tag")
            .annotate(n=Count("pk"))
            .values("n")
        )
        name = f"usage_{model._meta.model_name}"
        annotations[name] = Coalesce(Subquery(counts, output_field=IntegerField()), 0)
        total = total + models.F(name)
    return queryset.annotate(**annotations).annotate(usage=total)


@transaction.atomic
def merge_tags(*, tags: list[Tag], into: Tag, by) -> int:
    """Move every object tagged with one of ``tags`` to ``into`` and delete those tags.

    An object that carried several of them (or ``into`` already) keeps one tag; nothing loses
    its tag. Search documents are rebuilt. Returns how many tagged objects were moved.
    """
    sources = [tag for tag in tags if tag.pk != into.pk]
    moved = 0
    for model in tagged_item_models():
        has_target = set(model.objects.filter(tag=into).values_list("content_object_id", flat=True))
        keep, drop = [], []
        rows = model.objects.filter(tag__in=sources).order_by("pk")
        for pk, object_id in rows.values_list("pk", "content_object_id"):
            if object_id in has_target:
                drop.append(pk)
            else:
                has_target.add(object_id)
                keep.append(pk)
        model.objects.filter(pk__in=drop).delete()
        moved += model.objects.filter(pk__in=keep).update(tag=into)
    for tag in sources:
        LogEntry.objects.log_actions(
            user_id=by.pk,
            queryset=[tag],
            action_flag=DELETION,
            change_message=f"Merged into “{into.name}”",
        )
    Tag.objects.filter(pk__in=[tag.pk for tag in sources]).delete()
    LogEntry.objects.log_actions(
        user_id=by.pk,
        queryset=[into],
        action_flag=CHANGE,
        change_message="Merged in: " + ", ".join(f"“{tag.name}”" for tag in sources),
    )
    return moved
