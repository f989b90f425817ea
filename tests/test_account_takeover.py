"""Coordinators cannot take over accounts (issue 14, point 2; issue 16, point 10).

An account's e-mail address and password belong to its owner: a coordinator who could change
the address could send the password reset to themselves. Imports never change an existing
account's identity, and only administrators manage staff accounts.
"""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from members.models import User
from tests.conftest import make_user
from tests.test_admin_import import confirm, preview

pytestmark = pytest.mark.django_db


def change_data(user: User, **changes) -> dict:
    data = {
        "email": user.email,
        "name": user.name,
        "language": user.language,
        "status": user.status,
        "is_active": "on",
    }
    return {**data, **changes}


def test_a_coordinator_cannot_change_a_members_email_address(client, coordinator, member):
    client.force_login(coordinator)

    response = client.post(
        f"/beheer/members/user/{member.pk}/change/",
        change_data(member, email="aanvaller@example.org", name="Merel van Hulst-Bos"),
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.email == "merel.member@example.org"
    assert member.name == "Merel van Hulst-Bos"  # the rest of the form still saves


def test_a_coordinator_sees_the_email_address_read_only(client, coordinator, member):
    client.force_login(coordinator)

    html = client.get(f"/beheer/members/user/{member.pk}/change/").content.decode()

    assert 'name="email"' not in html
    assert member.email in html


def test_the_user_page_shows_only_whether_a_password_is_set(client, superuser, member):
    client.force_login(superuser)

    html = client.get(f"/beheer/members/user/{member.pk}/change/").content.decode()

    algorithm, *_, salt, hashed = member.password.split("$")
    assert "Er is een wachtwoord ingesteld" in html
    for secret in (f"{algorithm}<", salt[:6], hashed[:6], "algoritme", "salt"):
        assert secret not in html


def test_a_coordinator_gets_no_password_link(client, coordinator, member, superuser):
    client.force_login(coordinator)
    html = client.get(f"/beheer/members/user/{member.pk}/change/").content.decode()
    assert f"/beheer/members/user/{member.pk}/password/" not in html
    assert "Er is een wachtwoord ingesteld" in html

    client.force_login(superuser)
    html = client.get(f"/beheer/members/user/{member.pk}/change/").content.decode()
    assert f"/beheer/members/user/{member.pk}/password/" in html


def test_an_account_without_a_password_says_so(client, coordinator, member):
    member.set_unusable_password()
    member.save()
    client.force_login(coordinator)

    html = client.get(f"/beheer/members/user/{member.pk}/change/").content.decode()

    assert "Er is geen wachtwoord ingesteld" in html


def test_a_superuser_still_changes_email_addresses(client, superuser, member):
    client.force_login(superuser)

    response = client.post(
        f"/beheer/members/user/{member.pk}/change/",
        change_data(member, email="merel.nieuw@example.org"),
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.email == "merel.nieuw@example.org"


def test_a_coordinator_cannot_edit_another_coordinator(client, coordinator):
    colleague = make_user("cas.collega@example.org", name="Cas Collega", is_staff=True)
    client.force_login(coordinator)

    page = client.get(f"/beheer/members/user/{colleague.pk}/change/")
    response = client.post(
        f"/beheer/members/user/{colleague.pk}/change/",
        change_data(colleague, name="Overgenomen", status="alumni"),
    )

    assert page.status_code == 200  # view only
    assert 'name="name"' not in page.content.decode()
    assert response.status_code == 403
    colleague.refresh_from_db()
    assert colleague.name == "Cas Collega"
    assert client.get(f"/beheer/members/user/{colleague.pk}/delete/").status_code == 403


def test_a_superuser_edits_coordinators(client, superuser, coordinator):
    client.force_login(superuser)

    response = client.post(
        f"/beheer/members/user/{coordinator.pk}/change/",
        change_data(coordinator, name="Corrie de Coördinator", is_staff="on"),
    )

    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.name == "Corrie de Coördinator"


def test_an_import_never_renames_an_existing_account(client, coordinator, member):
    client.force_login(coordinator)
    rows = "Naam;E-mail;Organisatie\r\nIemand Anders;merel.member@example.org;Gemeente Zeist\r\n"

    html = preview(client, rows).content.decode()
    confirm(client, preview(client, rows))

    assert "houdt zijn eigen naam" in html
    member.refresh_from_db()
    assert member.name == "Merel van Hulst"
    assert member.email == "merel.member@example.org"
    assert member.member.organisation == "Gemeente Zeist"  # profile fields are updated


def test_an_import_skips_staff_accounts_for_coordinators(client, coordinator, superuser):
    client.force_login(coordinator)
    rows = "Naam;E-mail;Organisatie\r\nOvergenomen;ada.admin@example.org;Elders\r\n"

    html = preview(client, rows).content.decode()
    confirm(client, preview(client, rows))

    assert 'class="import-skip"' in html
    assert "alleen een beheerder" in html
    superuser.refresh_from_db()
    assert superuser.name == "Ada Admin"
    assert not hasattr(superuser, "member") or superuser.member.organisation != "Elders"


def test_a_member_changes_their_own_address_with_verification(client, member):
    client.force_login(member)

    page = client.get("/account/email/")
    response = client.post(
        "/account/email/", {"action_add": "", "email": "merel.nieuw@example.org"}
    )

    assert page.status_code == 200
    assert response.status_code == 302
    address = EmailAddress.objects.get(email="merel.nieuw@example.org")
    assert address.user == member
    assert not address.verified
    assert mail.outbox[-1].to == ["merel.nieuw@example.org"]
    member.refresh_from_db()
    assert member.email == "merel.member@example.org"  # until verified and made primary
