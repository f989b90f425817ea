"""The peer directory: ``/leden/``. The work is in ``members.directory``."""

from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from members.access import member_required
from members.directory import browse

PARTIAL = "members/includes/directory.html"


@member_required
def member_list(request):
    """The faceted directory; an htmx request from the page gets only the swapped part."""
    listing = browse(viewer=request.user, params=request.GET)
    htmx = request.htmx
    partial = htmx and htmx.target == "directory" and not htmx.history_restore_request
    response = render(
        request,
        PARTIAL if partial else "members/directory.html",
        {"listing": listing, "id": "directory", "list_url": reverse("members:list")},
    )
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response
