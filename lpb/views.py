"""Site-wide pages that compose the apps."""

from __future__ import annotations

from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from members.models import User


def home(request):
    return render(
        request,
        "home.html",
        {"member_count": User.objects.active_members().count()},
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
