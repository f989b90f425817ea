"""A member edits their profile in a real browser and sees it on their profile page."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from members.models import Member
from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.conftest import make_user

pytestmark = pytest.mark.browser


def jpeg_bytes() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (600, 400), (200, 80, 40)).save(output, format="JPEG")
    return output.getvalue()


@pytest.mark.parametrize("width", [1280, 375])
def test_a_member_edits_the_profile_and_sees_it(new_page, live_server, settings, tmp_path, width):
    settings.MEDIA_ROOT = tmp_path
    member = make_user("merel@example.org", name="Merel van Hulst")
    page = new_page(width)
    log_in_as(page, live_server, member)

    page.goto("/profiel/bewerken/")
    assert_no_axe_violations(page)
    page.get_by_label("Functie").fill("Wijkregisseur")
    page.get_by_label(re.compile(r"^Organisatie")).fill("Gemeente Utrecht")
    page.get_by_label(re.compile(r"^Gemeente waar je werkt")).select_option(label="Utrecht")
    page.get_by_label("Wijken").fill("Kanaleneiland, Overvecht")
    page.get_by_role("checkbox", name="Verbindend").check()
    page.get_by_label("Hoe zie je “Verbindend” terug in je werk?").fill(
        "Ik breng corporatie en bewoners aan tafel."
    )
    page.get_by_role("checkbox", name="Wonen").check()
    page.get_by_label("Expertise").fill("buurtbudget, portiekgesprekken")
    page.locator("input[name=photo_upload]").set_input_files(
        {"name": "merel.jpg", "mimeType": "image/jpeg", "buffer": jpeg_bytes()}
    )
    page.get_by_role("button", name="Mijn profiel opslaan").click()

    profile = Member.objects.get(user=member)
    page.wait_for_url(f"**{profile.get_absolute_url()}")
    main = page.locator("main").inner_text()
    for shown in [
        "Wijkregisseur",
        "Gemeente Utrecht",
        "Kanaleneiland",
        "Ik breng corporatie en bewoners aan tafel.",
        "Wonen",
        "buurtbudget",
    ]:
        assert shown in main, shown
    assert page.locator("img.avatar").count() == 1
    assert page.get_by_role("img", name="Kwaliteiten van Merel van Hulst").count() == 1
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert_no_axe_violations(page)


def test_a_bad_photo_keeps_everything_typed(new_page, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    member = make_user("merel@example.org", name="Merel van Hulst")
    page = new_page(1280)
    log_in_as(page, live_server, member)
    page.goto("/profiel/bewerken/")
    page.get_by_label("Functie").fill("Wijkregisseur")
    page.locator("input[name=photo_upload]").set_input_files(
        {"name": "cv.jpg", "mimeType": "image/jpeg", "buffer": b"%PDF-1.4 geen foto"}
    )
    page.get_by_role("button", name="Mijn profiel opslaan").click()
    page.wait_for_load_state()
    assert page.get_by_label("Functie").input_value() == "Wijkregisseur"
    assert "geen JPEG-, PNG- of WebP-foto" in page.locator(".field--error").inner_text()
    assert not Member.objects.get(user=member).job_title
