"""Image work cannot be used to tie up the server (issue 14, point 5), and empty image slots
ask for nothing (point 8)."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from lpb import images
from practices.models import PracticeCase
from tests.test_media import image_bytes
from tests.test_practice_cases import story_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path


def bomb(width: int = 6000, height: int = 5000) -> SimpleUploadedFile:
    """A PNG of 30 megapixels in a few kilobytes: one bit per pixel, all zero."""
    output = io.BytesIO()
    Image.new("1", (width, height)).save(output, format="PNG")
    return SimpleUploadedFile("bom.png", output.getvalue(), content_type="image/png")


@pytest.fixture
def decodes(monkeypatch) -> list:
    """Every image Pillow decodes (``Image.load`` on a file), recorded."""
    calls = []
    original = Image.Image.load

    def load(self):
        if getattr(self, "fp", None) is not None:
            calls.append(self.size)
        return original(self)

    monkeypatch.setattr(Image.Image, "load", load)
    return calls


def story_with_images(*uploads, caption="De buurtkamer", **overrides) -> dict:
    data = {"images-TOTAL_FORMS": str(len(uploads))}
    for number, upload in enumerate(uploads):
        data |= {
            f"images-{number}-caption": f"{caption} {number}",
            f"images-{number}-order": str(number),
            f"images-{number}-upload": upload,
        }
    return story_data(**data, **overrides)


def test_a_small_file_with_huge_dimensions_is_refused_on_its_header(decodes):
    upload = bomb()
    assert upload.size < 100_000

    with pytest.raises(ValidationError) as error:
        images.web_image(upload)

    assert error.value.code == "too_many_pixels"
    assert "24 megapixel" in str(error.value.messages)
    assert decodes == []  # not one pixel decoded


def test_the_pixel_cap_is_far_below_pillows_bomb_limit():
    assert images.MAX_PIXELS <= 24_000_000 < Image.MAX_IMAGE_PIXELS


def test_a_story_with_a_pixel_bomb_answers_with_the_form(client, member, decodes):
    client.force_login(member)

    response = client.post(reverse("practices:create"), story_with_images(bomb()))

    assert response.status_code == 200
    assert "megapixel" in response.content.decode()
    assert decodes == []
    assert not PracticeCase.objects.exists()


def test_a_preview_decodes_no_image(client, member, decodes):
    client.force_login(member)
    photos = [
        SimpleUploadedFile(f"f{n}.png", image_bytes("PNG"), content_type="image/png")
        for n in range(3)
    ]

    response = client.post(
        reverse("practices:create"), story_with_images(*photos, action="preview")
    )

    assert response.status_code == 200
    assert decodes == []
    assert not PracticeCase.objects.exists()


def test_a_preview_still_refuses_a_file_that_is_no_image(client, member):
    client.force_login(member)
    fake = SimpleUploadedFile("x.png", b"<svg onload=alert(1)>", content_type="image/png")

    response = client.post(reverse("practices:create"), story_with_images(fake, action="preview"))

    assert "geen JPEG-, PNG- of WebP-foto" in response.content.decode()


def test_image_work_is_limited_per_member_per_minute(client, member, other_member):
    for _ in range(images.IMAGE_WORK_PER_MINUTE):
        images.reserve_image_work(member)

    with pytest.raises(ValidationError) as error:
        images.web_image(SimpleUploadedFile("f.jpg", image_bytes()), owner=member)
    images.web_image(SimpleUploadedFile("f.jpg", image_bytes()), owner=other_member)

    assert error.value.code == "rate_limited"


def test_a_member_over_the_image_limit_gets_a_clear_message(client, member):
    client.force_login(member)
    for _ in range(images.IMAGE_WORK_PER_MINUTE):
        images.reserve_image_work(member)
    photo = SimpleUploadedFile("f.jpg", image_bytes(), content_type="image/jpeg")

    response = client.post(reverse("practices:create"), story_with_images(photo))

    assert response.status_code == 200
    assert "Wacht een minuut" in response.content.decode()
    assert not PracticeCase.objects.exists()


def test_an_empty_extra_image_slot_needs_no_caption(client, member):
    client.force_login(member)
    photo = SimpleUploadedFile("f.jpg", image_bytes(), content_type="image/jpeg")
    data = story_with_images(photo)
    # Two empty extra slots next to the chosen image, as the browser sends them.
    data |= {"images-TOTAL_FORMS": "3", "images-1-order": "0", "images-1-caption": ""}
    data |= {"images-2-order": "0", "images-2-caption": ""}

    response = client.post(reverse("practices:create"), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert PracticeCase.objects.get().images.count() == 1
