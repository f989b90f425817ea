"""Photo uploads: only real JPEG/PNG/WebP, size and pixel limits, EXIF stripped, input kept."""

from __future__ import annotations

import io
import os
import shutil

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from members.models import Member

EDIT_URL = reverse("members:profile_edit")


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


def image_bytes(fmt: str = "JPEG", size=(800, 600), exif: bool = False) -> bytes:
    image = Image.new("RGB", size, (20, 120, 90))
    output = io.BytesIO()
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "CameraMaker"  # Make
        data[0x0131] = "Secret software 1.0"  # Software
        kwargs["exif"] = data
    image.save(output, format=fmt, **kwargs)
    return output.getvalue()


def post_photo(client, content: bytes, name: str = "me.jpg", content_type="image/jpeg"):
    return client.post(
        EDIT_URL,
        {
            "name": "Merel van Hulst",
            "job_title": "Wijkregisseur",
            "visibility": "members",
            "photo_upload": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_a_photo_becomes_a_square_jpeg_avatar(client, member, fmt):
    client.force_login(member)
    response = post_photo(client, image_bytes(fmt), name=f"me.{fmt.lower()}")
    assert response.status_code == 302
    photo = Member.objects.get(user=member).photo
    with Image.open(photo.path) as stored:
        assert stored.format == "JPEG"
        assert stored.size == (400, 400)


def test_exif_metadata_is_removed(client, member):
    original = image_bytes(exif=True)
    assert Image.open(io.BytesIO(original)).getexif()  # the test's input really has EXIF
    client.force_login(member)
    post_photo(client, original)
    with Image.open(Member.objects.get(user=member).photo.path) as stored:
        assert not stored.getexif()
        assert "exif" not in stored.info


def test_a_file_that_is_not_an_image_is_refused_and_the_form_kept(client, member):
    client.force_login(member)
    response = post_photo(client, b"%PDF-1.4 not a photo", name="cv.jpg")
    page = response.content.decode()
    assert response.status_code == 200
    assert "JPEG, PNG of WebP" in page or "JPEG, PNG or WebP" in page
    assert 'value="Wijkregisseur"' in page
    assert not Member.objects.get(user=member).photo


def test_a_gif_named_jpg_is_refused_by_its_bytes(client, member):
    client.force_login(member)
    response = post_photo(client, image_bytes("GIF"), name="me.jpg")
    assert response.status_code == 200
    assert not Member.objects.get(user=member).photo


def test_a_photo_over_5_mb_is_refused(client, member):
    client.force_login(member)
    too_big = image_bytes() + b"\0" * (5 * 1024 * 1024)
    response = post_photo(client, too_big)
    assert response.status_code == 200
    assert "5 MB" in response.content.decode()
    assert not Member.objects.get(user=member).photo


def test_a_decompression_bomb_is_refused_without_decoding_it(client, member):
    # 8000 x 8000 = 64 megapixels, but a tiny file: a PNG of one colour compresses to nothing.
    bomb = image_bytes("PNG", size=(8000, 8000))
    assert len(bomb) < 5 * 1024 * 1024
    client.force_login(member)
    response = post_photo(client, bomb, name="bomb.png", content_type="image/png")
    assert response.status_code == 200
    assert "40" in response.content.decode()
    assert not Member.objects.get(user=member).photo


def test_replacing_a_photo_deletes_the_old_file(client, member, django_capture_on_commit_callbacks):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        post_photo(client, image_bytes())
    first = Member.objects.get(user=member).photo.path
    with django_capture_on_commit_callbacks(execute=True):
        post_photo(client, image_bytes("PNG"), name="new.png", content_type="image/png")
    second = Member.objects.get(user=member).photo.path
    assert first != second
    assert not os.path.exists(first)
    assert os.path.exists(second)
