"""Uploaded files served by Django itself: in development, or on a server without a bucket
(``DJANGO_SERVE_MEDIA=true``). With a bucket, pages link to signed URLs that expire.

Every file is checked before it is served: an app registers, per upload folder, who may see a
file in it (:func:`guard_uploads`: the photo of a profile to those who may see the profile, the
image of a story to those who may read the story). A file no app claims is not served. With
``DJANGO_MEDIA_ACCEL_REDIRECT`` set (``/protected-media/``), the view only decides and nginx
sends the file from an ``internal`` location (``X-Accel-Redirect``).

The content type comes from the file's first bytes, never from its name: a stored JPEG, PNG or
WebP is shown inline, anything else is offered as a download and sandboxed, so a file that
somehow is HTML or SVG can never run a script on the site's origin.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.views.decorators.http import require_safe

from lpb.images import image_type_of

# A stored upload can only be pixels: no scripts, styles, frames or plugins, and no framing.
MEDIA_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"
HEAD_BYTES = 16

# Upload folder ("avatars/") -> may(user, name): whether ``user`` may see the file ``name``.
_guards: dict[str, Callable[[object, str], bool]] = {}


def guard_uploads(folder: str, may_view: Callable[[object, str], bool]) -> None:
    """Let ``may_view(user, name)`` decide who sees the files in ``folder`` (apps call this)."""
    _guards[folder] = may_view


def may_view(user, name: str) -> bool:
    """Whether ``user`` may see the stored file ``name``; a file no app claims: nobody."""
    for folder, check in _guards.items():
        if name.startswith(folder):
            return check(user, name)
    return False


@require_safe
def serve_media(request, path: str):
    if not settings.SERVE_MEDIA:
        raise Http404
    name = posixpath.normpath(path).lstrip("/")
    # Someone who may not see the file learns nothing, not even that it exists.
    if not may_view(request.user, name):
        raise Http404
    try:
        upload = default_storage.open(name, "rb")
    except (OSError, SuspiciousFileOperation) as exc:
        raise Http404 from exc
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    content_type = image_type_of(head)
    if settings.MEDIA_ACCEL_REDIRECT:
        # nginx sends the file from its internal location; the headers below still apply.
        upload.close()
        response = HttpResponse(content_type=content_type or "application/octet-stream")
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_REDIRECT + quote(name)
        if content_type is None:
            response["Content-Disposition"] = "attachment"
    else:
        response = FileResponse(
            upload,
            content_type=content_type or "application/octet-stream",
            as_attachment=content_type is None,
            filename=posixpath.basename(name),
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_POLICY
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    # Private: a shared cache must never keep a members-only image; the browser keeps it an
    # hour, so a profile made hidden stops showing its photo elsewhere soon.
    response["Cache-Control"] = "private, max-age=3600"
    response["Vary"] = "Cookie"
    return response
