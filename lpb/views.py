"""Site-wide pages that compose the apps."""

from __future__ import annotations

from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from members.models import Member, User
from practices.models import PracticeCase


def home(request):
    """What the network is, and what is new in it: featured and recent stories, new members."""
    cases = PracticeCase.objects.visible_to(request.user).published().for_listing()
    featured = list(cases.filter(featured=True)[:3])
    recent = list(cases.exclude(pk__in=[c.pk for c in featured])[:6])
    new_members = (
        Member.objects.visible_to(request.user)
        .in_directory()
        .select_related("user", "municipality")
        .order_by("-user__status_changed_at", "-user__date_joined")[:6]
    )
    return render(
        request,
        "home.html",
        {
            "member_count": User.objects.active_members().count(),
            "featured_cases": featured,
            "recent_cases": recent,
            "new_members": new_members,
        },
    )


def about(request):
    return render(request, "about.html")


@never_cache
def healthz(request):
    """200 when the database answers, 503 otherwise; never any detail."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return HttpResponse("unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
