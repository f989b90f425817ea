"""Uploaded images: checked from their bytes, resized, and re-encoded without metadata.

Re-encoding is what strips EXIF (GPS positions, camera serials): only pixels survive.
"""

from __future__ import annotations

import io
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
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


def _open_checked(upload) -> Image.Image:
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The photo is %(size).1f MB; at most 5 MB is allowed.")
            % {"size": upload.size / 1024 / 1024},
            code="too_large",
        )
    upload.seek(0)
    try:
        image = Image.open(upload)
        # The format comes from the file's bytes, never from its name or content type.
        if image.format not in ALLOWED_FORMATS:
            raise ValidationError(
                _("This file is not a JPEG, PNG or WebP photo."), code="invalid_type"
            )
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ValidationError(
                _("The photo is %(megapixels)d megapixels; at most 40 megapixels is allowed.")
                % {"megapixels": width * height // 1_000_000},
                code="too_many_pixels",
            )
        image.load()
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as exc:
        raise ValidationError(
            _("This file is not a JPEG, PNG or WebP photo, or it is damaged."),
            code="invalid_image",
        ) from exc
    return image


def square_avatar(upload, *, size: int = 400) -> ContentFile:
    """A checked upload as a square JPEG of ``size`` pixels, without any metadata."""
    image = _open_checked(upload)
    image = ImageOps.exif_transpose(image)  # keep the orientation the camera meant
    image = ImageOps.fit(image.convert("RGB"), (size, size), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=85, optimize=True)
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.jpg")


def web_image(upload, *, max_side: int = 1600) -> ContentFile:
    """A checked upload scaled to fit ``max_side`` pixels, as a JPEG without any metadata."""
    image = _open_checked(upload)
    image = ImageOps.exif_transpose(image).convert("RGB")
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=85, optimize=True)
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.jpg")
