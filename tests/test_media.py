"""Uploads: the type comes from the bytes, SVG and disguised files are refused, sizes are
limited, and what Django serves from MEDIA_ROOT goes out with safe headers."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from lpb.images import MAX_PIXELS, MAX_UPLOAD_BYTES, image_type_of
from lpb.media import MEDIA_POLICY
from practices.models import PracticeCase
from tests.test_practice_cases import story_data

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


def image_bytes(fmt: str = "JPEG", size=(40, 30)) -> bytes:
    output = io.BytesIO()
    Image.new("RGB", size, (20, 120, 90)).save(output, format=fmt)
    return output.getvalue()


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path


# What a stored file is, from its first bytes


@pytest.mark.parametrize(
    ("fmt", "content_type"), [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp")]
)
def test_the_type_of_an_image_comes_from_its_bytes(fmt, content_type):
    assert image_type_of(image_bytes(fmt)[:16]) == content_type


@pytest.mark.parametrize("content", [SVG, HTML, b"GIF89a....", b"%PDF-1.4", b"", b"RIFF0000WAVE"])
def test_anything_else_is_no_image(content):
    assert image_type_of(content[:16]) is None


# Uploads are refused by their bytes, with a clear message and the form kept


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("logo.svg", SVG, "image/svg+xml"),
        ("photo.jpg", SVG, "image/jpeg"),  # an SVG in disguise
        ("photo.png", HTML, "image/png"),
    ],
)
def test_a_profile_photo_that_is_svg_or_html_is_refused(
    client, member, name, content, content_type
):
    client.force_login(member)

    response = client.post(
        reverse("members:profile_edit"),
        {
            "name": "Merel van Hulst",
            "job_title": "Wijkregisseur",
            "visibility": "members",
            "photo_upload": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "geen JPEG-, PNG- of WebP-foto" in html
    assert 'value="Wijkregisseur"' in html
    member.refresh_from_db()
    assert not member.member.photo


def story_with_image(upload: SimpleUploadedFile, caption: str = "De buurtkamer") -> dict:
    return story_data(
        **{
            "images-TOTAL_FORMS": "1",
            "images-0-caption": caption,
            "images-0-order": "0",
            "images-0-upload": upload,
        }
    )


def test_a_story_image_that_is_svg_is_refused_and_the_story_kept(client, member):
    client.force_login(member)

    response = client.post(
        reverse("practices:create"),
        story_with_image(SimpleUploadedFile("kaart.svg", SVG, content_type="image/svg+xml")),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "geen JPEG-, PNG- of WebP-foto" in html
    assert "Buurtkamer in De Reit" in html
    assert not PracticeCase.objects.exists()


def test_a_story_image_over_the_size_limit_is_refused(client, member):
    client.force_login(member)
    too_big = image_bytes() + b"\0" * MAX_UPLOAD_BYTES

    response = client.post(
        reverse("practices:create"),
        story_with_image(SimpleUploadedFile("groot.jpg", too_big, content_type="image/jpeg")),
    )

    assert response.status_code == 200
    assert "5 MB" in response.content.decode()
    assert not PracticeCase.objects.exists()


def test_a_story_image_over_the_pixel_limit_is_refused(client, member):
    client.force_login(member)
    side = int(MAX_PIXELS**0.5) + 10
    output = io.BytesIO()
    Image.new("1", (side, side)).save(output, format="PNG")  # small file, many pixels

    response = client.post(
        reverse("practices:create"),
        story_with_image(
            SimpleUploadedFile("bom.png", output.getvalue(), content_type="image/png")
        ),
    )

    assert response.status_code == 200
    assert "megapixel" in response.content.decode()
    assert not PracticeCase.objects.exists()


def test_a_stored_story_image_is_a_reencoded_jpeg(client, member, settings):
    client.force_login(member)

    client.post(
        reverse("practices:create"),
        story_with_image(SimpleUploadedFile("b.png", image_bytes("PNG"), content_type="image/png")),
    )

    image = PracticeCase.objects.get().images.get()
    assert image.image.name.endswith(".jpg")
    assert image_type_of(image.image.open("rb").read(16)) == "image/jpeg"


# Serving what is stored


@pytest.fixture
def served(settings, tmp_path):
    settings.SERVE_MEDIA = True
    (tmp_path / "avatars").mkdir()
    return tmp_path


def public_photo(served, name: str, content: bytes) -> None:
    """``avatars/<name>`` as the photo of a public profile (files nobody owns are not served)."""
    from members.services import ensure_profile
    from tests.conftest import make_user

    (served / "avatars" / name).write_bytes(content)
    member = ensure_profile(user=make_user(f"{name}@example.org", name="Publiek Profiel"))
    member.visibility = "public"
    member.photo = f"avatars/{name}"
    member.save(update_fields=["visibility", "photo"])


def test_a_stored_photo_is_served_inline_with_safe_headers(client, db, served):
    public_photo(served, "a1.jpg", image_bytes())

    response = client.get("/media/avatars/a1.jpg")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"] == 'inline; filename="a1.jpg"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == MEDIA_POLICY
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert b"".join(response.streaming_content) == image_bytes()


@pytest.mark.parametrize("name", ["evil.jpg", "evil.svg", "evil.html"])
def test_a_stored_file_that_is_no_image_is_only_a_sandboxed_download(client, db, served, name):
    public_photo(served, name, SVG)

    response = client.get(f"/media/avatars/{name}")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "/media/avatars/",
        "/media/avatars/nope.jpg",
        "/media/../tests/settings.py",
        "/media/%2e%2e/manage.py",
    ],
)
def test_missing_files_directories_and_paths_outside_media_are_404(client, db, served, path):
    assert client.get(path).status_code == 404


def test_media_is_not_served_by_django_unless_configured(client, db, settings, tmp_path):
    settings.SERVE_MEDIA = False
    (tmp_path / "a1.jpg").write_bytes(image_bytes())

    assert client.get("/media/a1.jpg").status_code == 404


def test_media_answers_only_reads(client, db, served):
    public_photo(served, "a1.jpg", image_bytes())

    assert client.post("/media/avatars/a1.jpg").status_code == 405
    assert client.head("/media/avatars/a1.jpg").status_code == 200
