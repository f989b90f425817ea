"""The members list at /leden/: members only, paged, in a constant number of queries."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members import services
from members.models import User
from tests.conftest import make_user

MEMBERS_URL = "/leden/"

pytestmark = pytest.mark.django_db


def add_members(count: int, *, by: User, start: int = 0) -> list[User]:
    """Members made the way the site makes them: a sign-up that a coordinator approves."""
    users = []
    for number in range(start, start + count):
        user = make_user(
            f"lid{number:03}@example.org", name=f"Lid {number:03} de Vries", status="pending"
        )
        services.approve_member(user=user, by=by)
        users.append(user)
    return users


def test_members_see_the_approved_members(client, member, coordinator, pending_member):
    add_members(3, by=coordinator)
    client.force_login(member)

    response = client.get(MEMBERS_URL)

    assert response.status_code == 200
    html = response.content.decode()
    for number in range(3):
        assert f"Lid {number:03} de Vries" in html


def test_it_hides_pending_declined_and_former_members(client, member, coordinator):
    make_user("pim@example.org", name="Pim Pending", status="pending")
    make_user("dora@example.org", name="Dora Declined", status="declined", is_active=False)
    make_user("arie@example.org", name="Arie Alumnus", status="alumni")
    client.force_login(member)

    html = client.get(MEMBERS_URL).content.decode()

    assert "Pim Pending" not in html
    assert "Dora Declined" not in html
    assert "Arie Alumnus" not in html


def test_the_number_of_queries_does_not_grow_with_the_members(
    client, member, coordinator, django_assert_num_queries
):
    add_members(3, by=coordinator)
    client.force_login(member)
    client.get(MEMBERS_URL)  # warm up: session, content types
    cache.clear()  # the facet counts are computed, not taken from the cache (both times)
    with CaptureQueriesContext(connection) as few:
        assert client.get(MEMBERS_URL).status_code == 200

    add_members(27, by=coordinator, start=3)

    cache.clear()
    with django_assert_num_queries(len(few.captured_queries)):
        assert client.get(MEMBERS_URL).status_code == 200


def test_the_second_page_shows_the_rest(client, member, coordinator):
    add_members(30, by=coordinator)
    client.force_login(member)

    first = client.get(MEMBERS_URL).content.decode()
    second = client.get(MEMBERS_URL, {"pagina": 2}).content.decode()

    assert 'rel="next"' in first
    assert 'rel="prev"' in second
    shown_first = {n for n in range(30) if f"Lid {n:03} de Vries" in first}
    shown_second = {n for n in range(30) if f"Lid {n:03} de Vries" in second}
    assert shown_first and shown_second
    assert not shown_first & shown_second


@pytest.mark.parametrize("page", ["abc", "999", "-1", ""])
def test_a_bad_page_number_is_not_an_error(client, member, page):
    client.force_login(member)

    assert client.get(MEMBERS_URL, {"pagina": page}).status_code == 200
