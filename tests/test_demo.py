"""Demo data: deterministic, realistic, and with known passwords only in development."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from members import demo
from members.coordinators import COORDINATORS_GROUP
from members.models import User

pytestmark = pytest.mark.django_db


def seed_demo(**options) -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out, **options)
    return out.getvalue()


def snapshot() -> list[tuple[str, str, str]]:
    return list(User.objects.order_by("email").values_list("email", "name", "status"))


def test_it_creates_a_coordinator_a_member_and_the_requested_members():
    seed_demo(members=20, seed=3)

    assert User.objects.count() == 22
    coordinator = User.objects.get(email=demo.DEMO_COORDINATOR_EMAIL)
    assert coordinator.is_staff and not coordinator.is_superuser
    assert coordinator.groups.filter(name=COORDINATORS_GROUP).exists()
    assert User.objects.get(email=demo.DEMO_MEMBER_EMAIL).status == User.Status.ACTIVE


def test_the_same_seed_gives_the_same_people():
    seed_demo(members=20, seed=3)
    first = snapshot()
    User.objects.all().delete()

    seed_demo(members=20, seed=3)

    assert snapshot() == first


def test_another_seed_gives_other_people():
    seed_demo(members=20, seed=3)
    first = snapshot()
    User.objects.all().delete()

    seed_demo(members=20, seed=4)

    assert snapshot() != first


def test_every_demo_address_is_verified_and_unique():
    seed_demo(members=20, seed=3)

    emails = [user.email for user in User.objects.all()]
    assert len(set(emails)) == 22
    for user in User.objects.prefetch_related("emailaddress_set"):
        assert [(a.email, a.verified) for a in user.emailaddress_set.all()] == [(user.email, True)]


def test_if_empty_adds_nothing_to_a_database_with_users(member):
    output = seed_demo(members=20, seed=3, if_empty=True)

    assert User.objects.count() == 1
    assert "no demo data added" in output


def test_demo_accounts_have_no_password_in_production(client, settings):
    settings.DEBUG = False

    output = seed_demo(members=5, seed=3)

    assert demo.DEMO_PASSWORD not in output
    assert not any(user.has_usable_password() for user in User.objects.all())
    response = client.post(
        "/account/login/", {"login": demo.DEMO_MEMBER_EMAIL, "password": demo.DEMO_PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_demo_accounts_can_log_in_in_development(client, settings):
    settings.DEBUG = True

    output = seed_demo(members=5, seed=3)

    assert demo.DEMO_PASSWORD in output
    response = client.post(
        "/account/login/", {"login": demo.DEMO_MEMBER_EMAIL, "password": demo.DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/leden/").status_code == 200
