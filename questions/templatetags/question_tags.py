from django import template

from questions.notifications import cached_unread

register = template.Library()


@register.inclusion_tag("questions/includes/notifications_link.html", takes_context=True)
def notifications_link(context):
    """The header's link to the notifications, with the unread count (no query: the cache)."""
    user = context["request"].user
    return {"unread": cached_unread(user.pk)}
