"""Practice stories shown on other apps' pages (the profile), without those apps importing us."""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.urls import reverse

from practices.models import PracticeCase

register = template.Library()


@dataclass(frozen=True)
class StoryLink:
    """A story as a link (its title to its page): all a profile's list of stories shows."""

    title: str
    slug: str

    def get_absolute_url(self) -> str:
        return reverse("practices:detail", kwargs={"slug": self.slug})


@register.simple_tag(takes_context=True)
def craft_shown(context, member) -> dict[int, list[StoryLink]]:
    """Per quality id, the published stories (by ``member``, readable by the viewer) showing it,
    newest first.

    "Craft shown, not only claimed": one query, a row per story and quality, however many
    stories and qualities (titles and addresses only, no story objects).
    """
    rows = (
        PracticeCase.objects.visible_to(context["request"].user)
        .published()
        .authored_by(member.pk)
        .filter(qualities__isnull=False)
        .order_by("-published_at", "pk")
        .values_list("pk", "title", "slug", "qualities")
    )
    links: dict[int, StoryLink] = {}
    shown: dict[int, list[StoryLink]] = {}
    for pk, title, slug, quality_id in rows:
        link = links.setdefault(pk, StoryLink(title, slug))
        shown.setdefault(quality_id, []).append(link)
    return shown
