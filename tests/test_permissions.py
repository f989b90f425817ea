"""Who may see what: a matrix over every page of the project's own urlconf, per persona."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from members.coordinators import COORDINATORS_GROUP
from members.models import User
from tests.conftest import PERSONAS

OK = "200"
LOGIN = "302 to login"
ADMIN_LOGIN = "302 to admin login"
WAITING = "302 to waiting page"
HOME = "302 to home"
NOT_FOUND = "404"
FORBIDDEN = "403"
NOT_ALLOWED = "405"

# Columns in the order of PERSONAS:
# anonymous, pending_member, member, declined_member, coordinator, superuser
MATRIX = {
    "home": [OK, OK, OK, OK, OK, OK],
    "about": [OK, OK, OK, OK, OK, OK],
    "healthz": [OK, OK, OK, OK, OK, OK],
    "members:list": [LOGIN, WAITING, OK, LOGIN, OK, OK],
    "members:waiting": [LOGIN, OK, HOME, LOGIN, HOME, HOME],
    # Another member's profile, visible to members (the default): private is a 404.
    "members:profile": [NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, OK, OK],
    # Pending members may fill in their profile while they wait.
    "members:profile_edit": [LOGIN, OK, OK, LOGIN, OK, OK],
    "admin:index": [ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, OK, OK],
    # Practice stories: the listing and feed show what each may read (tested elsewhere).
    "practices:list": [OK, OK, OK, OK, OK, OK],
    "practices:feed": [OK, OK, OK, OK, OK, OK],
    "practices:create": [LOGIN, WAITING, OK, LOGIN, OK, OK],
    "practices:who_to_call": [LOGIN, WAITING, OK, LOGIN, OK, OK],
    # Another member's published members-only story.
    "practices:detail": [NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, OK, OK],
    "practices:edit": [LOGIN, WAITING, FORBIDDEN, LOGIN, OK, OK],
    # Changes answer only a POST.
    "practices:status": [LOGIN, WAITING, NOT_ALLOWED, LOGIN, NOT_ALLOWED, NOT_ALLOWED],
    "practices:recognise": [LOGIN, WAITING, NOT_ALLOWED, LOGIN, NOT_ALLOWED, NOT_ALLOWED],
}


def other_members_profile(request) -> dict:
    from members.services import ensure_profile

    return {"slug": ensure_profile(user=request.getfixturevalue("other_member")).slug}


def other_members_story(request) -> dict:
    from members.services import ensure_profile
    from tests.practice_factories import make_case

    author = ensure_profile(user=request.getfixturevalue("other_member"))
    return {"slug": make_case(author, title="Verhaal van een ander lid").slug}


# How to build the URL of pages that take arguments: name -> f(request) -> kwargs.
URL_KWARGS = {
    "members:profile": other_members_profile,
    **dict.fromkeys(
        ("practices:detail", "practices:edit", "practices:status", "practices:recognise"),
        other_members_story,
    ),
}
# Names that are not pages: the language switcher only answers a POST (see test_pages).
NOT_PAGES = {"set_language"}
# Included urlconfs that are not ours to list: allauth (tested through the flows) and the
# admin (only its index is in the matrix; the model pages are tested below).
FOREIGN_MODULES = ("allauth.", "django.contrib.admin.")

CASES = [
    pytest.param(name, persona, expected, id=f"{name}-{persona}")
    for name, row in MATRIX.items()
    for persona, expected in zip(PERSONAS, row, strict=True)
]


def own_url_names(patterns=None, namespace: str = "") -> set[str]:
    """Every named URL in the project's own urlconf, with its namespace."""
    names = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLPattern) and pattern.name:
            names.add(namespace + pattern.name)
        elif isinstance(pattern, URLResolver):
            module = getattr(pattern.urlconf_module, "__name__", "")
            if pattern.namespace == "admin":
                names.add("admin:index")
            elif not module.startswith(FOREIGN_MODULES):
                prefix = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                names |= own_url_names(pattern.url_patterns, prefix)
    return names


def outcome(response) -> str:
    if response.status_code != 302:
        return str(response.status_code)
    location = response.url
    if location.startswith("/beheer/login/"):
        return ADMIN_LOGIN
    if location.startswith(reverse("account_login")):
        return LOGIN
    if location == reverse("members:waiting"):
        return WAITING
    if location == reverse("home"):
        return HOME
    return f"302 to {location}"


def test_the_matrix_covers_every_page_of_the_project():
    missing = own_url_names() - NOT_PAGES - set(MATRIX)
    stale = set(MATRIX) - own_url_names()

    assert not missing, f"add these URL names to MATRIX in {__name__}: {sorted(missing)}"
    assert not stale, f"these URL names in MATRIX no longer exist: {sorted(stale)}"


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "persona", "expected"), CASES)
def test_permission_matrix(client_as, request, name, persona, expected):
    kwargs = URL_KWARGS[name](request) if name in URL_KWARGS else {}
    client = client_as(persona)

    response = client.get(reverse(name, kwargs=kwargs))

    assert outcome(response) == expected


# The coordinators' group


@pytest.mark.django_db
def test_the_coordinators_group_holds_what_coordinators_need():
    group = Group.objects.get(name=COORDINATORS_GROUP)
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }

    assert granted >= {"members.view_user", "members.change_user", "admin.view_logentry"}
    assert not {p for p in granted if p.startswith("auth.")}
    assert "members.add_user" not in granted
    assert "members.delete_user" not in granted


@pytest.mark.django_db
def test_a_coordinator_is_staff_but_not_superuser(coordinator):
    assert coordinator.is_staff
    assert not coordinator.is_superuser
    assert coordinator.is_coordinator
    assert coordinator.has_perm("members.change_user")
    assert not coordinator.has_perm("members.delete_user")
    assert not coordinator.has_perm("auth.change_group")


@pytest.mark.django_db
def test_a_coordinator_sees_rights_read_only_in_the_admin(client, coordinator, member):
    client.force_login(coordinator)

    response = client.get(f"/beheer/members/user/{member.pk}/change/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="status"' in html
    assert 'name="name"' in html
    for field in ("is_superuser", "groups", "user_permissions", "is_staff"):
        assert f'name="{field}"' not in html
        assert f"field-{field}" in html  # still shown, as read-only text


@pytest.mark.django_db
def test_a_superuser_can_edit_rights_in_the_admin(client, superuser, member):
    client.force_login(superuser)

    response = client.get(f"/beheer/members/user/{member.pk}/change/")

    html = response.content.decode()
    for field in ("is_superuser", "groups", "user_permissions", "is_staff"):
        assert f'name="{field}"' in html


@pytest.mark.django_db
def test_a_coordinator_cannot_make_themselves_superuser(client, coordinator):
    client.force_login(coordinator)

    response = client.post(
        f"/beheer/members/user/{coordinator.pk}/change/",
        {
            "email": coordinator.email,
            "name": coordinator.name,
            "language": "nl",
            "status": "active",
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "groups": [str(g.pk) for g in Group.objects.all()],
            "user_permissions": [str(p.pk) for p in Permission.objects.all()[:5]],
        },
    )

    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert not coordinator.is_superuser
    assert not coordinator.user_permissions.exists()
    assert list(coordinator.groups.values_list("name", flat=True)) == [COORDINATORS_GROUP]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/beheer/members/user/add/", "/beheer/auth/group/", "/beheer/auth/group/add/"]
)
def test_a_coordinator_cannot_add_users_or_touch_groups(client, coordinator, url):
    client.force_login(coordinator)

    assert client.get(url).status_code == 403


@pytest.mark.django_db
def test_a_coordinator_cannot_delete_users(client, coordinator, member):
    client.force_login(coordinator)

    response = client.get(f"/beheer/members/user/{member.pk}/delete/")

    assert response.status_code == 403
    assert User.objects.filter(pk=member.pk).exists()


@pytest.mark.django_db
def test_the_admin_lists_pending_signups_first(client, coordinator, member, pending_member):
    client.force_login(coordinator)

    html = client.get("/beheer/members/user/").content.decode()

    assert html.index(pending_member.email) < html.index(member.email)
