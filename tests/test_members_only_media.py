"""Members-only uploads reach only those who may see their story or profile (issue 14,
point 7): a checked view locally (optionally nginx's X-Accel-Redirect), signed expiring URLs
with a bucket."""

from __future__ import annotations

import pytest

from members.models import Member
from members.services import ensure_profile
from practices.models import CaseImage
from tests.practice_factories import make_case
from tests.test_media import image_bytes
from tests.test_settings import run_python

pytestmark = pytest.mark.django_db

OK, HIDDEN = 200, 404
PERSONAS = ["anonymous", "member", "other_member", "coordinator"]  # other_member: the owner


@pytest.fixture
def served(settings, tmp_path):
    settings.SERVE_MEDIA = True
    settings.MEDIA_ROOT = tmp_path
    for folder in ("avatars", "cases"):
        (tmp_path / folder).mkdir()
    return tmp_path


def photo_of(owner, served, visibility: str) -> str:
    member = ensure_profile(user=owner)
    name = f"avatars/{visibility}.jpg"
    (served / name).write_bytes(image_bytes())
    member.visibility = visibility
    member.photo = name
    member.save(update_fields=["visibility", "photo"])
    return f"/media/{name}"


def image_of_story(owner, served, **fields) -> str:
    case = make_case(ensure_profile(user=owner), title="Verhaal met beeld", **fields)
    name = f"cases/{case.slug}.jpg"
    (served / name).write_bytes(image_bytes())
    CaseImage.objects.create(case=case, image=name, caption="Beeld")
    return f"/media/{name}"


def answers(client_as, url: str) -> list[int]:
    # Anonymous first: client_as logs in, never out.
    return [client_as(persona).get(url).status_code for persona in PERSONAS]


def test_a_hidden_members_photo_reaches_only_the_owner_and_coordinators(
    client_as, served, other_member
):
    url = photo_of(other_member, served, Member.Visibility.HIDDEN)

    assert answers(client_as, url) == [HIDDEN, HIDDEN, OK, OK]


def test_a_members_only_photo_reaches_members(client_as, served, other_member):
    url = photo_of(other_member, served, Member.Visibility.MEMBERS)

    assert answers(client_as, url) == [HIDDEN, OK, OK, OK]


def test_a_public_photo_reaches_everyone(client_as, served, other_member):
    url = photo_of(other_member, served, Member.Visibility.PUBLIC)

    assert answers(client_as, url) == [OK, OK, OK, OK]


def test_an_image_of_a_members_only_story_reaches_members(client_as, served, other_member):
    url = image_of_story(other_member, served, visibility="members")

    assert answers(client_as, url) == [HIDDEN, OK, OK, OK]


def test_an_image_of_a_draft_reaches_its_author_and_coordinators(client_as, served, other_member):
    url = image_of_story(other_member, served, status="draft")

    assert answers(client_as, url) == [HIDDEN, HIDDEN, OK, OK]


def test_an_image_of_a_public_story_reaches_everyone(client_as, served, other_member):
    url = image_of_story(other_member, served, visibility="public")

    assert answers(client_as, url) == [OK, OK, OK, OK]


def test_a_file_nobody_owns_is_not_served(client, served):
    (served / "avatars" / "wees.jpg").write_bytes(image_bytes())

    assert client.get("/media/avatars/wees.jpg").status_code == 404


def test_pages_do_not_link_a_photo_the_viewer_may_not_see(client, served, other_member):
    url = photo_of(other_member, served, Member.Visibility.MEMBERS)
    make_case(ensure_profile(user=other_member), title="Openbaar verhaal", visibility="public")

    html = client.get("/praktijken/openbaar-verhaal/").content.decode()

    assert url not in html


def test_behind_nginx_the_view_only_decides(client_as, served, settings, other_member):
    settings.MEDIA_ACCEL_REDIRECT = "/protected-media/"
    url = photo_of(other_member, served, Member.Visibility.MEMBERS)

    refused = client_as("anonymous").get(url)
    allowed = client_as("member").get(url)

    assert allowed.status_code == 200
    assert allowed["X-Accel-Redirect"] == "/protected-media/avatars/members.jpg"
    assert allowed["Content-Type"] == "image/jpeg"
    assert allowed["X-Content-Type-Options"] == "nosniff"
    assert allowed.content == b""
    assert refused.status_code == 404
    assert "X-Accel-Redirect" not in refused


def test_with_a_bucket_uploads_are_private_and_reached_by_expiring_signed_urls():
    code = (
        "import json, lpb.settings as s; o = s.STORAGES['default']['OPTIONS']; "
        "print(json.dumps([o['querystring_auth'], o['querystring_expire'], o['default_acl']]))"
    )
    result = run_python(code, DJANGO_SECRET_KEY="x", AWS_STORAGE_BUCKET_NAME="lpb-uploads")

    assert result.stdout.strip() == "[true, 3600, null]", result.stderr
