"""Deployment checks of our own (``manage.py check --deploy``)."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def check_site_url(app_configs, **kwargs) -> list[Warning]:
    """Every e-mail links to SITE_URL: in production it must be the site's public https address."""
    url = urlsplit(settings.SITE_URL)
    if url.scheme == "https" and url.hostname not in (None, "localhost", "127.0.0.1"):
        return []
    return [
        Warning(
            f"SITE_URL is {settings.SITE_URL!r}: e-mails would link there.",
            hint="Set SITE_URL to the site's public address, e.g. https://netwerk.lpb.nl.",
            id="lpb.W001",
        )
    ]
