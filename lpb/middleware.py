from __future__ import annotations

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

database_log = logging.getLogger("lpb.database")


class DutchFirstMiddleware:
    """Dutch unless the visitor chose English with the language switcher.

    Browsers on Dutch municipal laptops often send ``Accept-Language: en-US``; the network's
    language is Dutch, so only the switcher's cookie changes it. Runs before LocaleMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Every response denies the browser features the site never uses (camera, microphone,
    location, payment, USB, sensors), so injected or framed content cannot ask for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class DatabaseUnavailableMiddleware:
    """A friendly 503 page, not a 500, while the database cannot be reached.

    PostgreSQL restarting or a lost connection raises ``OperationalError`` or ``InterfaceError``.
    The visitor gets a styled page that asks them to try again in a moment (and a ``Retry-After``
    header for machines); the exception goes to the log, never to the page. Nothing needs to be
    reset afterwards: with ``CONN_HEALTH_CHECKS`` Django drops a broken connection at the end of
    the request and checks a kept one before reusing it, so the next request reconnects.
    """

    RETRY_AFTER_SECONDS = 10

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        return database_unavailable(request, exception)


def is_database_outage(exception: BaseException | None) -> bool:
    """Whether ``exception`` is, or was caused by, the database being unreachable."""
    while exception is not None:
        if isinstance(exception, (OperationalError, InterfaceError)):
            return True
        exception = exception.__cause__ or exception.__context__
    return False


def database_unavailable(request, exception: BaseException) -> HttpResponse:
    """The friendly 503 page for a database outage (the exception goes to the log)."""
    database_log.error(
        "Database unavailable during %s %s", request.method, request.path, exc_info=exception
    )
    # Rendered without the request: its context processors would ask the database for the
    # user, and the database is what just failed.
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(DatabaseUnavailableMiddleware.RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
