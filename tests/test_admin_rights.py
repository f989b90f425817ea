"""Who may do what at /beheer/: coordinator vs superuser vs member (and anonymous)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from members.coordinators import COORDINATORS_GROUP
from members.models import Theme, User
from tests.factories import make_member

pytestmark = pytest.mark.django_db

OK, FORBIDDEN, LOGIN = 200, 403, "login"

# URL → expected answer for: anonymous, member, coordinator, superuser
MATRIX = {
    "/beheer/": [LOGIN, LOGIN, OK, OK],
    "/beheer/members/user/": [LOGIN, LOGIN, OK, OK],
    "/beheer/members/user/add/": [LOGIN, LOGIN, FORBIDDEN, OK],
    "/beheer/members/user/{member}/change/": [LOGIN, LOGIN, OK, OK],
    "/beheer/members/user/{member}/password/": [LOGIN, LOGIN, FORBIDDEN, OK],
    "/beheer/members/user/{member}/delete/": [LOGIN, LOGIN, FORBIDDEN, OK],
    "/beheer/members/user/import/": [LOGIN, LOGIN, OK, OK],
    "/beheer/members/member/": [LOGIN, LOGIN, OK, OK],
    "/beheer/members/theme/": [LOGIN, LOGIN, OK, OK],
    "/beheer/members/wordgroup/": [LOGIN, LOGIN, OK, OK],
    "/beheer/members/wordgroup/add/": [LOGIN, LOGIN, OK, OK],
    "/beheer/taggit/tag/": [LOGIN, LOGIN, OK, OK],
    "/beheer/practices/practicecase/": [LOGIN, LOGIN, OK, OK],
    "/beheer/auth/group/": [LOGIN, LOGIN, FORBIDDEN, OK],
    "/beheer/auth/group/add/": [LOGIN, LOGIN, FORBIDDEN, OK],
}


@pytest.mark.parametrize("persona", ["anonymous", "member", "coordinator", "superuser"])
@pytest.mark.parametrize("url", list(MATRIX))
def test_the_admin_rights_matrix(client, request, persona, url):
    user = request.getfixturevalue(persona)
    target = request.getfixturevalue("other_member")
    if user is not None:
        client.force_login(user)
    expected = MATRIX[url][["anonymous", "member", "coordinator", "superuser"].index(persona)]

    response = client.get(url.format(member=target.pk))

    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith("/beheer/login/")
    else:
        assert response.status_code == expected, url


def test_a_coordinator_cannot_change_a_password_by_post(client, coordinator, member):
    client.force_login(coordinator)
    old_hash = member.password

    response = client.post(
        f"/beheer/members/user/{member.pk}/password/",
        {"password1": "nieuw-Wachtwoord-123!", "password2": "nieuw-Wachtwoord-123!"},
    )

    assert response.status_code == 403
    member.refresh_from_db()
    assert member.password == old_hash


def test_a_coordinator_cannot_add_a_superuser(client, coordinator):
    client.force_login(coordinator)

    response = client.post(
        "/beheer/members/user/add/",
        {
            "email": "nieuw@example.org",
            "name": "Nieuw",
            "password1": "x-Wachtwoord-123!",
            "password2": "x-Wachtwoord-123!",
            "is_superuser": "on",
        },
    )

    assert response.status_code == 403
    assert not User.objects.filter(email="nieuw@example.org").exists()


def test_a_coordinator_cannot_change_an_administrators_account(client, coordinator, superuser):
    client.force_login(coordinator)

    response = client.post(
        f"/beheer/members/user/{superuser.pk}/change/",
        {"email": "overgenomen@example.org", "name": "X", "language": "nl", "status": "active"},
    )

    assert response.status_code == 403
    superuser.refresh_from_db()
    assert superuser.email == "ada.admin@example.org"


def test_a_coordinator_cannot_join_another_group(client, coordinator):
    other = Group.objects.create(name="Beheerders")
    client.force_login(coordinator)

    client.post(
        f"/beheer/members/user/{coordinator.pk}/change/",
        {
            "email": coordinator.email,
            "name": coordinator.name,
            "language": "nl",
            "status": "active",
            "is_active": "on",
            "groups": [str(other.pk)],
        },
    )

    assert list(coordinator.groups.values_list("name", flat=True)) == [COORDINATORS_GROUP]


def test_the_coordinators_may_merge_tags_and_delete_unused_terms():
    group = Group.objects.get(name=COORDINATORS_GROUP)
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }

    assert {"taggit.delete_tag", "members.delete_theme", "members.delete_quality"} <= granted
    assert "members.delete_user" not in granted
    assert not {p for p in granted if p.startswith("auth.")}


def test_a_term_in_use_cannot_be_deleted(client, coordinator):
    make_member("Wendy Wonen", themes=["wonen"])
    in_use = Theme.objects.get(code="wonen")
    unused = Theme.objects.create(code="test-ongebruikt", name_nl="Ongebruikt", name_en="Unused")
    client.force_login(coordinator)

    assert client.get(f"/beheer/members/theme/{in_use.pk}/delete/").status_code == 403
    assert (
        client.post(f"/beheer/members/theme/{in_use.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert Theme.objects.filter(pk=in_use.pk).exists()
    response = client.post(f"/beheer/members/theme/{unused.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Theme.objects.filter(pk=unused.pk).exists()


def test_a_term_code_is_read_only_after_creation(client, coordinator):
    client.force_login(coordinator)
    theme = Theme.objects.get(code="wonen")

    html = client.get(f"/beheer/members/theme/{theme.pk}/change/").content.decode()

    assert 'name="code"' not in html
