"""Practice stories shown on other apps' pages (the profile), without those apps importing us."""

from __future__ import annotations

from django import template

from practices.models import PracticeCase

register = template.Library()


@register.simple_tag(takes_context=True)
def craft_shown(context, member) -> dict[int, list[PracticeCase]]:
    """Per quality id, the published stories (by ``member``, readable by the viewer) showing it.

    "Craft shown, not only claimed": two queries, however many stories and qualities.
    """
    viewer = context["request"].user
    cases = (
        PracticeCase.objects.visible_to(viewer)
        .published()
        .authored_by(member.pk)
        .prefetch_related("qualities")
        .order_by("-published_at")
    )
    shown: dict[int, list[PracticeCase]] = {}
    for case in cases:
        for quality in case.qualities.all():
            shown.setdefault(quality.pk, []).append(case)
    return shown
