"""Smaller hardening points of issue 14 (point 8): Permissions-Policy, tags of hidden profiles,
what the privacy statement says about contact messages."""

from __future__ import annotations

import re

import pytest

from members.models import Member
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db


def test_every_page_denies_powerful_browser_features(client):
    response = client.get("/")

    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy


def without(html: str, slug: str) -> str:
    html = html.replace(slug, "SLUG")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


@pytest.mark.parametrize("persona", ["anonymous", "member"])
def test_the_story_listing_does_not_reveal_tags_only_hidden_profiles_carry(client_as, persona):
    make_member("Verborgen Lid", visibility=Member.Visibility.HIDDEN, tags=["geheimproject"])
    make_case(make_member("Auteur"), title="Open verhaal", visibility="public", tags=["open"])
    client = client_as(persona)

    carried = client.get("/praktijken/?tag=geheimproject").content.decode()
    unknown = client.get("/praktijken/?tag=bestaatnietxx").content.decode()

    # The same answer as for a tag that does not exist at all: nothing to learn.
    assert 'value="geheimproject" checked' not in carried
    assert without(carried, "geheimproject") == without(unknown, "bestaatnietxx")


def test_a_tag_on_a_published_story_still_filters(client):
    make_case(make_member("Auteur"), title="Open verhaal", visibility="public", tags=["open"])

    html = client.get("/praktijken/?tag=open").content.decode()

    assert "Open verhaal" in html


def test_the_privacy_statement_says_coordinators_see_no_message_bodies(client):
    html = client.get("/privacy/").content.decode()

    assert "maar nooit het onderwerp of de tekst" in html
    assert "90 dagen" in html


def test_coordinators_see_who_wrote_to_whom_but_not_the_message(
    client, coordinator, member, other_member
):
    from members.models import ContactMessage

    message = ContactMessage.objects.create(
        sender=member, recipient=other_member, subject="Vertrouwelijk", body="Geheime tekst"
    )
    client.force_login(coordinator)

    listing = client.get("/beheer/members/contactmessage/").content.decode()
    page = client.get(f"/beheer/members/contactmessage/{message.pk}/change/").content.decode()

    assert member.name in listing and other_member.name in page
    for html in (listing, page):
        assert "Vertrouwelijk" not in html
        assert "Geheime tekst" not in html


def test_the_member_directory_does_not_reveal_tags_only_hidden_profiles_carry(client, member):
    make_member("Verborgen Lid", visibility=Member.Visibility.HIDDEN, tags=["geheimproject"])
    client.force_login(member)

    carried = client.get("/leden/?tag=geheimproject").content.decode()
    unknown = client.get("/leden/?tag=bestaatnietxx").content.decode()

    assert without(carried, "geheimproject") == without(unknown, "bestaatnietxx")
