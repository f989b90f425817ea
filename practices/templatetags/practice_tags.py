"""Practice stories shown on other apps' pages (the profile), without those apps importing us."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

from lpb.links import slug_urls
from practices.models import PracticeCase

register = template.Library()


@dataclass(frozen=True)
class StoryLink:
    """A story as a link (its title to its page): all a profile's list of stories shows."""

    title: str
    url: str

    def get_absolute_url(self) -> str:
        return self.url


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
    story_url = slug_urls("practices:detail")
    for pk, title, slug, quality_id in rows:
        if pk not in links:  # a story showing several qualities: its address is made once
            links[pk] = StoryLink(title, story_url(slug))
        link = links[pk]
        shown.setdefault(quality_id, []).append(link)
    return shown


@register.filter(is_safe=True)
def story_links(links: list[StoryLink]) -> SafeString:
    """``{{ links|story_links }}``: the stories as links, separated by commas (one string
    instead of a template loop: a busy author's profile lists fifty)."""
    return mark_safe(  # every value is escaped
        ", ".join(f'<a href="{escape(link.url)}">{escape(link.title)}</a>' for link in links)
    )
