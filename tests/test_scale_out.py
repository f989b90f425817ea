"""The app is stateless: several app servers behind a load balancer serve one visitor in turn.

Two gunicorn processes on different ports share one database (and, in the Redis variant, one
Redis). A visitor logs in on server A and carries on on server B with the same cookies: B knows
who they are, accepts a CSRF-protected POST with a token that A handed out, and A sees its
effect. Nothing a request needs lives in one process's memory or on its disk.
"""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from django.core.management.utils import get_random_secret_key
from django.db import connection

from members.models import User
from tests.conftest import PASSWORD
from tests.live_servers import (
    csrf_token_in,
    database_url_for_other_processes,
    fetch,
    running_gunicorns,
)

# The servers see only committed data.
pytestmark = pytest.mark.django_db(transaction=True)

# Where the servers keep sessions and the cache: the database (no REDIS_URL) or Redis. A Redis
# database of its own, so other users of the local Redis do not share our rate limits.
# (The Redis is the local one, or one started for the test run: the ``redis_url`` fixture.)
SHARED_STORES = ("database", "redis")


@pytest.fixture
def shared_store(store, request) -> dict[str, str]:
    """The environment that puts the servers' sessions and cache in ``store``."""
    if store == "redis":
        return {"REDIS_URL": request.getfixturevalue("redis_url")}
    return {}


@pytest.fixture
def live_database_url(member, tmp_path) -> str:
    """The test database, with the member and the cache table, as the servers will see it."""
    # The servers use production's password hasher; the tests' fast one is not in their list.
    hasher = PBKDF2PasswordHasher()
    User.objects.filter(pk=member.pk).update(password=hasher.encode(PASSWORD, hasher.salt()))
    # The servers' database cache (lpb.settings); the tests' own settings cache in memory.
    call_command("createcachetable", "lpb_cache", verbosity=0)
    return database_url_for_other_processes(connection, tmp_path)


def log_in(server_url: str, email: str) -> dict[str, str]:
    """Log in through the real login form; the cookies the visitor's browser now holds."""
    form_page = fetch(server_url, "/account/login/")
    cookies = form_page.cookies
    response = fetch(
        server_url,
        "/account/login/",
        method="POST",
        cookies=cookies,
        form={
            "login": email,
            "password": PASSWORD,
            "csrfmiddlewaretoken": csrf_token_in(form_page.body),
        },
    )
    assert response.status == 302, response.body[:2000]
    return {**cookies, **response.cookies}


@pytest.mark.parametrize("store", SHARED_STORES)
def test_a_visitor_logged_in_on_one_server_continues_on_another(
    shared_store, live_database_url, member, tmp_path
):
    environment = {
        "DATABASE_URL": live_database_url,
        "DJANGO_SECRET_KEY": get_random_secret_key(),
        **shared_store,
    }
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    with running_gunicorns(logs, **environment) as (server_a, server_b):
        cookies = log_in(server_a.url, member.email)
        assert "sessionid" in cookies

        # B recognises the session that A started.
        on_b = fetch(server_b.url, "/profiel/bewerken/", cookies=cookies)
        assert on_b.status == 200, on_b.headers.get("Location")
        assert member.name in on_b.body

        # A CSRF-protected POST on B, with the token from a form that A rendered: log out.
        token_from_a = csrf_token_in(
            fetch(server_a.url, "/profiel/bewerken/", cookies=cookies).body
        )
        logged_out = fetch(
            server_b.url,
            "/account/logout/",
            method="POST",
            cookies=cookies,
            form={"csrfmiddlewaretoken": token_from_a},
        )
        assert logged_out.status == 302

        # A sees that the session is gone: the same cookies no longer open the profile form.
        back_on_a = fetch(server_a.url, "/profiel/bewerken/", cookies=cookies)
        assert back_on_a.status == 302
        assert "/account/login/" in back_on_a.headers["Location"]

    # Each server logged the requests it handled, B the member's visit by their id.
    b_requests = [
        json.loads(line) for line in server_b.log().splitlines() if '"lpb.request"' in line
    ]
    assert {"path": "/profiel/bewerken/", "status": 200, "user_id": member.pk} in [
        {key: entry[key] for key in ("path", "status", "user_id")} for entry in b_requests
    ]


@pytest.mark.parametrize("store", SHARED_STORES)
def test_an_admin_edit_on_one_server_shows_in_the_directory_of_the_other(
    shared_store, superuser, tmp_path
):
    """Each server keeps its own facet index in memory and updates it in place from the change
    log in the shared cache: a coordinator renames, deactivates and reactivates a member in
    server A's admin, and each time server B's next listing shows it."""
    from members.models import Member
    from tests.factories import make_member
    from tests.live_servers import form_fields, with_values

    bert = make_member("Bert Bakker", visibility=Member.Visibility.PUBLIC, themes=["jeugd"])
    make_member("Anna Akkermans", visibility=Member.Visibility.PUBLIC, themes=["jeugd"])
    hasher = PBKDF2PasswordHasher()
    User.objects.filter(pk=superuser.pk).update(password=hasher.encode(PASSWORD, hasher.salt()))
    call_command("createcachetable", "lpb_cache", verbosity=0)
    environment = {
        "DATABASE_URL": database_url_for_other_processes(connection, tmp_path),
        "DJANGO_SECRET_KEY": get_random_secret_key(),
        **shared_store,
    }
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    with running_gunicorns(logs, **environment) as (server_a, server_b):
        on_a, on_b = log_in(server_a.url, superuser.email), log_in(server_b.url, superuser.email)

        def listing(query: str = "") -> str:
            page = fetch(server_b.url, "/leden/" + query, cookies=on_b)
            assert page.status == 200
            return page.body

        def edit_on_a(**changes) -> None:
            url = f"/beheer/members/user/{bert.user_id}/change/"
            form = fetch(server_a.url, url, cookies=on_a)
            fields = with_values(form_fields(form.body, "user_form"), **changes)
            saved = fetch(server_a.url, url, method="POST", cookies=on_a, form=fields)
            assert saved.status == 302, saved.body[:3000]

        # B builds its index and keeps these searches.
        assert "Bert Bakker" in listing("?thema=jeugd")
        assert "Bert" not in listing("?zoek=Zwaan")

        edit_on_a(name="Bert Zwaan")
        assert "Bert Zwaan" in listing("?zoek=Zwaan")
        assert "Bert Zwaan" in listing("?thema=jeugd")

        edit_on_a(is_active=None)
        shown = listing("?thema=jeugd")
        assert "Anna Akkermans" in shown
        assert "Bert Zwaan" not in shown

        edit_on_a(is_active="on")  # back in the directory, after Anna in the name order
        shown = listing("?thema=jeugd")
        assert shown.index("Anna Akkermans") < shown.index("Bert Zwaan")
