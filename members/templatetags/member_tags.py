from __future__ import annotations

from django import template

from members.models import Quality

register = template.Library()

# The four quadrants of the quality wheel (centre 100,100, radius 90), clockwise from the
# top left, with where each label sits.
QUADRANTS = [
    ("M100,100 L10,100 A90,90 0 0,1 100,10 Z", 58, 66),
    ("M100,100 L100,10 A90,90 0 0,1 190,100 Z", 142, 66),
    ("M100,100 L190,100 A90,90 0 0,1 100,190 Z", 142, 142),
    ("M100,100 L100,190 A90,90 0 0,1 10,100 Z", 58, 142),
]


@register.inclusion_tag("members/includes/quality_wheel.html")
def quality_wheel(member, qualities=None):
    """The four qualities as an accessible SVG; the member's own are filled in their colour.

    ``member.member_qualities`` should be prefetched (``Member.objects.for_display()``).
    """
    qualities = list(qualities) if qualities is not None else list(Quality.objects.all())
    chosen = {mq.quality_id: mq for mq in member.member_qualities.all()}
    segments = [
        {"quality": q, "chosen": q.pk in chosen, "path": path, "x": x, "y": y}
        for q, (path, x, y) in zip(qualities[:4], QUADRANTS, strict=False)
    ]
    return {
        "member": member,
        "segments": segments,
        "chosen": [s["quality"] for s in segments if s["chosen"]],
        "not_chosen": [s["quality"] for s in segments if not s["chosen"]],
    }


@register.inclusion_tag("members/includes/avatar.html", takes_context=True)
def avatar(context, member, size: int = 96):
    """The member's photo if the viewer may see it (else their initials)."""
    request = context.get("request")
    viewer = getattr(request, "user", None)
    shown = bool(member.photo) and viewer is not None and member.photo_visible_to(viewer)
    return {"member": member, "size": size, "show_photo": shown}
