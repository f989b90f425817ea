"""The network dashboard on the admin index: how the network grows, in a few aggregate queries.

It lives in practices because it composes members and stories (members may not import
practices, and ``lpb`` holds only leaf modules); the admin index template shows it through the
``{% network_dashboard %}`` tag in ``practices.templatetags.admin_dashboard``.

What counts as a *member* here: an account with status "member" (active), as in the directory.
New stories are counted by the month they were published.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format

from members.models import Province, Quality, Tension, Theme, User
from practices.models import PracticeCase

MONTHS = 12


ROW_HEIGHT = 24  # SVG units per bar
BAR_WIDTH = 300  # SVG units of the longest bar


@dataclass
class Bar:
    label: str
    value: int
    width: int = 0  # in SVG units, relative to the chart's largest value
    y: int = 0


def _bars(pairs: list[tuple[str, int]]) -> list[Bar]:
    top = max((value for _, value in pairs), default=0) or 1
    return [
        Bar(str(label), value, round(BAR_WIDTH * value / top), i * ROW_HEIGHT)
        for i, (label, value) in enumerate(pairs)
    ]


def last_months(today: datetime.date, count: int = MONTHS) -> list[datetime.date]:
    """The first days of the last ``count`` months, oldest first, this month included."""
    year, month = today.year, today.month
    firsts = []
    for _ in range(count):
        firsts.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return firsts[::-1]


def _per_month(queryset, field: str, months: list[datetime.date]) -> list[Bar]:
    start = timezone.make_aware(datetime.datetime.combine(months[0], datetime.time.min))
    rows = (
        queryset.filter(**{f"{field}__gte": start})
        .annotate(month=TruncMonth(field))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = {}
    for row in rows:
        month = row["month"]
        if isinstance(month, datetime.datetime):
            month = timezone.localtime(month).date() if timezone.is_aware(month) else month.date()
        counts[month.replace(day=1)] = counts.get(month.replace(day=1), 0) + row["n"]
    return _bars([(date_format(m, "M Y"), counts.get(m, 0)) for m in months])


def network_stats(today: datetime.date | None = None) -> dict:
    """Every number on the dashboard, in seven queries whatever the size of the network."""
    months = last_months(today or timezone.localdate())
    active = Q(members__user__status=User.Status.ACTIVE)
    by_status = dict(User.objects.values_list("status").annotate(n=Count("pk")).order_by())
    provinces = Province.objects.annotate(
        n=Count(
            "municipalities__members",
            filter=Q(municipalities__members__user__status=User.Status.ACTIVE),
        )
    ).order_by("name")
    qualities = Quality.objects.annotate(n=Count("members", filter=active)).order_by("order")
    themes = Theme.objects.annotate(n=Count("members", filter=active)).order_by("-n", "name_nl")
    # The lasting tensions the published stories say they navigated.
    tensions = Tension.objects.annotate(
        n=Count(
            "practice_cases",
            filter=Q(practice_cases__status=PracticeCase.Status.PUBLISHED),
        )
    ).order_by("order")
    return {
        "by_status": _bars(
            [(label, by_status.get(value, 0)) for value, label in User.Status.choices]
        ),
        "members_per_month": _per_month(User.objects.all(), "date_joined", months),
        "stories_per_month": _per_month(
            PracticeCase.objects.filter(status=PracticeCase.Status.PUBLISHED),
            "published_at",
            months,
        ),
        "per_province": _bars([(p.name, p.n) for p in provinces]),
        "qualities": _bars([(str(q), q.n) for q in qualities]),
        "themes": _bars([(str(t), t.n) for t in themes]),
        "tensions": _bars([(str(t), t.n) for t in tensions]),
    }
