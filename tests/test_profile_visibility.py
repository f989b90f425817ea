"""Who may see which profile: the viewer rules for every persona."""

from __future__ import annotations

import pytest

from members.models import Member
from members.services import ensure_profile
from tests.conftest import make_user


def profile_of(user, visibility: str) -> Member:
    member = ensure_profile(user=user)
    member.visibility = visibility
    member.save(update_fields=["visibility"])
    return member


@pytest.fixture
def profiles(db):
    """One active member per visibility, plus a pending member's public profile."""
    return {
        "public": profile_of(make_user("pub@example.org", name="Paula Publiek"), "public"),
        "members": profile_of(make_user("mem@example.org", name="Mo Leden"), "members"),
        "hidden": profile_of(make_user("hid@example.org", name="Hein Verborgen"), "hidden"),
        "pending_public": profile_of(
            make_user("pen@example.org", name="Piet Wacht", status="pending"), "public"
        ),
    }


# persona -> the profiles (by key) it may see; every other one is a 404
EXPECTED = {
    "anonymous": {"public"},
    "pending_member": set(),
    "member": {"public", "members"},
    "coordinator": {"public", "members", "hidden", "pending_public"},
}


@pytest.mark.parametrize("persona", EXPECTED)
def test_each_persona_sees_exactly_the_profiles_it_may(client_as, persona, profiles):
    client = client_as(persona)
    seen = {
        key
        for key, member in profiles.items()
        if client.get(member.get_absolute_url()).status_code == 200
    }
    assert seen == EXPECTED[persona]


@pytest.mark.parametrize("persona", ["anonymous", "pending_member", "member"])
def test_profiles_it_may_not_see_are_a_404_not_a_403(client_as, persona, profiles):
    response = client_as(persona).get(profiles["hidden"].get_absolute_url())
    assert response.status_code == 404


@pytest.mark.parametrize("visibility", ["public", "members", "hidden"])
def test_members_always_see_their_own_profile(client, member, visibility):
    own = profile_of(member, visibility)
    client.force_login(member)
    assert client.get(own.get_absolute_url()).status_code == 200


def test_a_pending_member_sees_their_own_profile(client, pending_member):
    own = profile_of(pending_member, "members")
    client.force_login(pending_member)
    assert client.get(own.get_absolute_url()).status_code == 200


def test_contact_details_show_only_to_members_and_only_when_chosen(client, member, profiles):
    public = profiles["public"]
    public.phone = "06-12345678"
    public.show_phone = True
    public.show_email = False
    public.save()

    anonymous_page = client.get(public.get_absolute_url()).content.decode()
    assert "06-12345678" not in anonymous_page
    assert "pub@example.org" not in anonymous_page

    client.force_login(member)
    member_page = client.get(public.get_absolute_url()).content.decode()
    assert "06-12345678" in member_page
    assert "pub@example.org" not in member_page


def test_only_public_profiles_are_open_to_search_engines(client, coordinator, profiles):
    assert 'name="robots"' not in client.get(profiles["public"].get_absolute_url()).content.decode()
    client.force_login(coordinator)
    page = client.get(profiles["members"].get_absolute_url()).content.decode()
    assert '<meta name="robots" content="noindex">' in page
