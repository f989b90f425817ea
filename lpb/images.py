"""Uploaded images: checked from their bytes, resized, and re-encoded without metadata.

Re-encoding is what strips EXIF (GPS positions, camera serials): only pixels survive.

Decoding is the expensive part (a 40-megapixel PNG of 129 KiB costs seconds and hundreds of
megabytes), so the pixel count is checked on the header, before a single pixel is decoded, the
limit is well below Pillow's bomb limit, and each member may have only so many images decoded
per minute (:func:`reserve_image_work`). :func:`check_header` checks an upload without decoding
it, for a preview that saves nothing.
"""

from __future__ import annotations

import io
import time
import uuid

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 24_000_000
# Images one member may have decoded per minute (a story has at most six; a profile one photo).
IMAGE_WORK_PER_MINUTE = 12
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}


# The first bytes of each image type we store, as browsers sniff them.
SIGNATURES = {
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
}


def image_type_of(head: bytes) -> str | None:
    """The content type of a stored image from its first bytes, or None if it is no JPEG, PNG or
    WebP (an SVG, an HTML page or anything else is never served as an image)."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for signature, content_type in SIGNATURES.items():
        if head.startswith(signature):
            return content_type
    return None


def reserve_image_work(owner) -> None:
    """Count one decoded image for ``owner`` (a user or its id) in the current minute; raises
    ValidationError once the member is over ``IMAGE_WORK_PER_MINUTE``."""
    owner_id = getattr(owner, "pk", owner)
    key = f"lpb:image-work:{owner_id}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted in between
        cache.set(key, 1, timeout=120)
        count = 1
    if count > IMAGE_WORK_PER_MINUTE:
        raise ValidationError(
            _("You uploaded many images in the last minute. Wait a minute and try again."),
            code="rate_limited",
        )


def check_header(upload) -> Image.Image:
    """Size, type and pixel count of an upload from its bytes and header, without decoding."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The photo is %(size).1f MB; at most 5 MB is allowed.")
            % {"size": upload.size / 1024 / 1024},
            code="too_large",
        )
    upload.seek(0)
    try:
        image = Image.open(upload)  # reads the header only
        # The format comes from the file's bytes, never from its name or content type.
        if image.format not in ALLOWED_FORMATS:
            raise ValidationError(
                _("This file is not a JPEG, PNG or WebP photo."), code="invalid_type"
            )
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ValidationError(
                _("The photo is %(megapixels)d megapixels; at most %(max)d megapixels is allowed.")
                % {"megapixels": width * height // 1_000_000, "max": MAX_PIXELS // 1_000_000},
                code="too_many_pixels",
            )
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as exc:
        raise ValidationError(
            _("This file is not a JPEG, PNG or WebP photo, or it is damaged."),
            code="invalid_image",
        ) from exc
    return image


def _open_checked(upload, *, owner=None, fit: int) -> Image.Image:
    image = check_header(upload)
    if owner is not None:
        reserve_image_work(owner)
    try:
        if image.format == "JPEG":
            # Let the JPEG decoder scale down while decoding (a fraction of the memory).
            image.draft("RGB", (fit, fit))
        image.load()
    except (Image.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("This file is not a JPEG, PNG or WebP photo, or it is damaged."),
            code="invalid_image",
        ) from exc
    return image


def square_avatar(upload, *, size: int = 400, owner=None) -> ContentFile:
    """A checked upload as a square JPEG of ``size`` pixels, without any metadata; counted as
    ``owner``'s image work when given."""
    image = _open_checked(upload, owner=owner, fit=size * 2)
    image = ImageOps.exif_transpose(image)  # keep the orientation the camera meant
    image = ImageOps.fit(image.convert("RGB"), (size, size), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=85, optimize=True)
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.jpg")


def web_image(upload, *, max_side: int = 1600, owner=None) -> ContentFile:
    """A checked upload scaled to fit ``max_side`` pixels, as a JPEG without any metadata;
    counted as ``owner``'s image work when given."""
    image = _open_checked(upload, owner=owner, fit=max_side)
    image = ImageOps.exif_transpose(image).convert("RGB")
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=85, optimize=True)
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.jpg")
