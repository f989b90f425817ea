from django import template

from questions.dashboard import question_stats
from questions.notifications import cached_unread

register = template.Library()


@register.inclusion_tag("questions/includes/notifications_link.html", takes_context=True)
def notifications_link(context):
    """The header's link to the notifications, with the unread count (no query: the cache)."""
    user = context["request"].user
    return {"unread": cached_unread(user.pk)}


@register.inclusion_tag("questions/includes/dashboard.html", takes_context=True)
def questions_dashboard(context):
    """Questions without an answer after three days; the median time to a first answer."""
    if not context["request"].user.has_perm("questions.view_question"):
        return {"show": False}
    return {"show": True, "stats": question_stats()}
