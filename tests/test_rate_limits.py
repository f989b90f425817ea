"""Rate limits answer with a clear message, never a server error."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD

LOGIN_URL = "/account/login/"
TOO_MANY = {
    "en": "Too many failed login attempts. Try again later.",
    "nl": "Te veel inlogpogingen. Probeer het later nogmaals.",
}

pytestmark = pytest.mark.django_db


def fail_to_log_in(client, email: str, times: int) -> None:
    for _ in range(times):
        response = client.post(LOGIN_URL, {"login": email, "password": "wrong-password"})
        assert response.status_code == 200


@pytest.mark.parametrize("language", ["nl", "en"])
def test_too_many_failed_logins_give_a_clear_message(client, member, language):
    client.cookies["django_language"] = language
    fail_to_log_in(client, member.email, 5)

    response = client.post(LOGIN_URL, {"login": member.email, "password": "wrong-password"})

    assert response.status_code in (200, 429)
    html = response.content.decode()
    assert TOO_MANY[language] in html
    assert f'<html lang="{language}">' in html


def test_after_too_many_failures_even_the_right_password_is_refused(client, member):
    fail_to_log_in(client, member.email, 5)

    response = client.post(LOGIN_URL, {"login": member.email, "password": PASSWORD})

    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session


def test_the_limit_is_per_email_address(client, member, other_member):
    fail_to_log_in(client, member.email, 5)

    response = client.post(LOGIN_URL, {"login": other_member.email, "password": PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(other_member.pk)


def test_four_failures_do_not_lock_the_account_yet(client, member):
    fail_to_log_in(client, member.email, 4)

    response = client.post(LOGIN_URL, {"login": member.email, "password": PASSWORD})

    assert response.status_code == 302


def test_too_many_signups_from_one_address_get_the_styled_429_page(client, english):
    for number in range(10):
        client.post(
            "/account/signup/",
            {
                "name": f"Person {number}",
                "email": f"person{number}@example.org",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
        )

    response = client.post(
        "/account/signup/",
        {
            "name": "One Too Many",
            "email": "one.too.many@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many attempts" in html
    assert 'class="site-header"' in html
