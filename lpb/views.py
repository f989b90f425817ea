"""Site-wide pages that compose the apps."""

from __future__ import annotations

import logging
import sys

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache

from lpb.middleware import database_unavailable, is_database_outage
from members import contact
from members.models import Member, User
from members.models.contact import RETENTION
from practices.models import PracticeCase

error_log = logging.getLogger("lpb.errors")


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


def privacy_statement(request):
    """The privacy statement; its figures come from the code that applies them."""
    return render(
        request,
        "privacy_statement.html",
        {
            "contact_limit": contact.DAILY_LIMIT,
            "contact_retention_days": RETENTION.days,
            "session_days": settings.SESSION_COOKIE_AGE // (24 * 60 * 60),
        },
    )


@never_cache
def healthz(request):
    """200 when the database answers, 503 otherwise; never any detail."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return HttpResponse("unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def bad_request(request, exception):
    """The 400 page, unless the request failed because the database went away after the view
    had run (saving the session then raises ``SessionInterrupted``): that is the 503 page."""
    if is_database_outage(exception):
        return database_unavailable(request, exception)
    return error_page("400.html", status=400)


def server_error(request):
    """The 500 page, or the 503 page for a database outage outside a view (a middleware, a
    template tag): Django calls this while handling the exception, so it is still current."""
    exception = sys.exc_info()[1]
    if is_database_outage(exception):
        return database_unavailable(request, exception)
    return error_page("500.html", status=500)


def error_page(template_name: str, *, status: int) -> HttpResponse:
    """A standalone error page that cannot fail in turn.

    Django's own handlers check the CSRF token first (``requires_csrf_token``), which reads
    ``request.POST`` again; for a body that could not be read (a form in UTF-16) that raised
    once more, and the visitor got the server's bare error. These pages need neither the
    request nor a token, and if even the template fails, a plain line answers.
    """
    try:
        body = render_to_string(template_name)
    except Exception:
        error_log.exception("The %s error page could not be rendered", status)
        body = f"<!DOCTYPE html><title>{status}</title><h1>{status}</h1>"
    return HttpResponse(body, status=status)
