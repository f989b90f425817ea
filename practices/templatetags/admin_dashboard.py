"""``{% network_dashboard %}`` and ``{% pending_signups %}`` on the admin index.

The numbers come from ``practices.dashboard`` (see there why it lives in practices).
"""

from __future__ import annotations

from django import template
from django.utils.translation import gettext as _

from members.models import User
from practices.dashboard import ROW_HEIGHT, network_stats

register = template.Library()


@register.inclusion_tag("admin/includes/network_dashboard.html", takes_context=True)
def network_dashboard(context) -> dict:
    if not context["request"].user.has_perm("members.view_user"):
        return {"show": False}
    stats = network_stats()
    charts = [
        ("members-by-status", _("Members by status"), _("Status"), stats["by_status"]),
        ("members-per-month", _("New members per month"), _("Month"), stats["members_per_month"]),
        ("stories-per-month", _("New stories per month"), _("Month"), stats["stories_per_month"]),
        ("members-per-province", _("Members per province"), _("Province"), stats["per_province"]),
        ("qualities", _("How often each quality is chosen"), _("Quality"), stats["qualities"]),
        ("themes", _("How often each theme is chosen"), _("Theme"), stats["themes"]),
        (
            "tensions",
            _("Published stories per lasting tension"),
            _("Tension"),
            stats["tensions"],
        ),
    ]
    return {
        "show": True,
        "charts": [
            {
                "id": id,
                "title": title,
                "label_heading": heading,
                "bars": bars,
                "height": max(len(bars), 1) * ROW_HEIGHT,
            }
            for id, title, heading, bars in charts
        ],
    }


@register.simple_tag(takes_context=True)
def pending_signups(context) -> int:
    """How many sign-ups wait for a decision (0 for who may not see users)."""
    if not context["request"].user.has_perm("members.view_user"):
        return 0
    return User.objects.pending().count()
