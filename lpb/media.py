"""Uploaded files served by Django itself: in development, or on a small single server
(``DJANGO_SERVE_MEDIA=true``). In production a web server or S3 normally serves them, with the
headers the README's Security section lists; this view sets the same ones.

The content type comes from the file's first bytes, never from its name: a stored JPEG, PNG or
WebP is shown inline, anything else is offered as a download and sandboxed, so a file that
somehow is HTML or SVG can never run a script on the site's origin.
"""

from __future__ import annotations

import posixpath

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from lpb.images import image_type_of

# A stored upload can only be pixels: no scripts, styles, frames or plugins, and no framing.
MEDIA_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"
HEAD_BYTES = 16


@require_safe
def serve_media(request, path: str):
    if not settings.SERVE_MEDIA:
        raise Http404
    name = posixpath.normpath(path).lstrip("/")
    try:
        upload = default_storage.open(name, "rb")
    except (OSError, SuspiciousFileOperation) as exc:
        raise Http404 from exc
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    content_type = image_type_of(head)
    response = FileResponse(
        upload,
        content_type=content_type or "application/octet-stream",
        as_attachment=content_type is None,
        filename=posixpath.basename(name),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_POLICY
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = "private, max-age=86400"
    return response
