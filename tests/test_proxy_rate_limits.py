"""Rate limits count real visitors, behind a proxy too (issue 14, point 3).

Behind the README's nginx every request comes from 127.0.0.1; ``DJANGO_TRUSTED_PROXIES``
(allauth's ``ALLAUTH_TRUSTED_PROXY_COUNT``) says how many proxies append to X-Forwarded-For,
so the limits count the address the proxy saw. Without proxies the header is ignored.
"""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD
from tests.test_settings import run_python

LOGIN_URL = "/account/login/"
PROXY = "127.0.0.1"
ATTACKER, VISITOR = "203.0.113.5", "198.51.100.7"

pytestmark = pytest.mark.django_db


def log_in(client, email: str, password: str, *, ip: str = PROXY, forwarded: str | None = None):
    headers = {"REMOTE_ADDR": ip}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(LOGIN_URL, {"login": email, "password": password}, **headers)


def logged_in(client, response, user) -> bool:
    return response.status_code == 302 and client.session.get("_auth_user_id") == str(user.pk)


def attack(client, *, ip: str = PROXY, forwarded: str | None = None, times: int = 20) -> None:
    for number in range(times):
        log_in(client, f"gok{number}@example.org", "wrong", ip=ip, forwarded=forwarded)


@pytest.fixture
def client_factory():
    from django.test import Client

    return Client


@pytest.fixture
def behind_one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def proxy_count(**variables: str) -> str:
    code = "import lpb.settings as s; print(s.ALLAUTH_TRUSTED_PROXY_COUNT)"
    result = run_python(code, DJANGO_SECRET_KEY="x", **variables)
    return result.stdout.strip() or result.stderr


def test_the_proxy_count_comes_from_the_environment():
    assert proxy_count() == "0"
    assert proxy_count(DJANGO_TRUSTED_PROXIES="2") == "2"
    assert "whole number" in proxy_count(DJANGO_TRUSTED_PROXIES="nginx")


def test_behind_a_proxy_one_attacker_does_not_lock_out_everyone(
    client_factory, behind_one_proxy, member
):
    attacker, visitor = client_factory(), client_factory()
    attack(attacker, forwarded=ATTACKER)

    blocked = log_in(attacker, member.email, PASSWORD, forwarded=ATTACKER)
    response = log_in(visitor, member.email, PASSWORD, forwarded=VISITOR)

    assert not logged_in(attacker, blocked, member)
    assert logged_in(visitor, response, member)


def test_behind_a_proxy_a_forged_forwarded_for_entry_does_not_help(
    client_factory, behind_one_proxy, member
):
    attacker = client_factory()
    # nginx appends the address it saw; whatever the client wrote before it is not trusted.
    for number in range(20):
        log_in(attacker, f"gok{number}@example.org", "x", forwarded=f"10.0.0.{number}, {ATTACKER}")

    response = log_in(attacker, member.email, PASSWORD, forwarded=f"10.9.9.9, {ATTACKER}")

    assert not logged_in(attacker, response, member)


def test_without_a_proxy_the_forwarded_for_header_is_ignored(client_factory, member):
    attacker = client_factory()
    for number in range(20):
        log_in(attacker, f"gok{number}@example.org", "x", ip=ATTACKER, forwarded=f"10.0.0.{number}")

    response = log_in(attacker, member.email, PASSWORD, ip=ATTACKER, forwarded="10.1.1.1")
    visitor = client_factory()
    allowed = log_in(visitor, member.email, PASSWORD, ip=VISITOR)

    assert not logged_in(attacker, response, member)
    assert logged_in(visitor, allowed, member)


def test_a_short_forwarded_for_header_counts_the_direct_address(client_factory, settings, member):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    client = client_factory()

    response = log_in(client, member.email, PASSWORD, ip=VISITOR, forwarded=ATTACKER)

    assert logged_in(client, response, member)


@pytest.mark.parametrize("proxy", [False, True])
def test_a_targeted_member_still_logs_in_while_an_attacker_fails_on_their_address(
    client_factory, settings, member, proxy
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1 if proxy else 0
    attacker, owner = client_factory(), client_factory()
    where = {"forwarded": ATTACKER} if proxy else {"ip": ATTACKER}
    home = {"forwarded": VISITOR} if proxy else {"ip": VISITOR}
    for _ in range(10):
        log_in(attacker, member.email, "wrong-password", **where)

    stopped = log_in(attacker, member.email, PASSWORD, **where)
    response = log_in(owner, member.email, PASSWORD, **home)

    assert "Te veel inlogpogingen" in stopped.content.decode()  # the attacker is stopped
    assert logged_in(owner, response, member)  # the owner is not


def test_signups_are_limited_per_visitor_behind_a_proxy(client_factory, behind_one_proxy):
    def sign_up(client, number: int, forwarded: str):
        return client.post(
            "/account/signup/",
            {
                "name": f"Persoon {number}",
                "email": f"persoon{number}@example.org",
                "job_title": "Wijkregisseur",
                "organisation": "Gemeente Zwolle",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    for number in range(10):
        sign_up(client_factory(), number, ATTACKER)

    assert sign_up(client_factory(), 10, ATTACKER).status_code == 429
    assert sign_up(client_factory(), 11, VISITOR).status_code == 302
