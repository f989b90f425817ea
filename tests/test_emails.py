"""Every e-mail the site sends speaks as LPB Netwerk, in the member's language, with links to
SITE_URL (never to the host a request came in on, never to example.com)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from digests.models import DigestSubscription
from digests.services import send_digests
from lpb.checks import check_site_url
from members import contact, imports, privacy, services
from members.models import Municipality
from tests.conftest import PASSWORD, make_user
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db

SITE_URL = "https://netwerk.example"
# What each language's greeting or closing looks like: the mail really is in that language.
IN_LANGUAGE = {"nl": ("Hallo", "Beste"), "en": ("Hello",)}


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE_URL


def sole_mail():
    assert len(mail.outbox) == 1, [m.subject for m in mail.outbox]
    return mail.outbox[0]


def assert_speaks_as_the_site(message, language: str) -> None:
    text = message.subject + "\n" + message.body
    assert "LPB Netwerk" in text
    assert SITE_URL in message.body
    for stranger in ("127.0.0.1", "testserver", "example.com", "localhost"):
        assert stranger not in text, f"{stranger!r} in:\n{text}"
    assert any(word in message.body for word in IN_LANGUAGE[language]), message.body
    other = "en" if language == "nl" else "nl"
    assert not any(message.body.startswith(word) for word in IN_LANGUAGE[other]), message.body


def signup_data(email: str) -> dict:
    return {
        "name": "Fatima de Vries",
        "email": email,
        "job_title": "Wijkregisseur",
        "organisation": "Gemeente Utrecht",
        "municipality": str(Municipality.objects.get(cbs_code="GM0344").pk),
        "password1": PASSWORD,
        "password2": PASSWORD,
    }


LANGUAGES = pytest.mark.parametrize("language", ["nl", "en"])


# allauth's account e-mails


@LANGUAGES
def test_the_signup_confirmation(client, language):
    client.cookies["django_language"] = language

    client.post("/account/signup/", signup_data("fatima@example.org"))

    message = sole_mail()
    assert_speaks_as_the_site(message, language)
    assert f"{SITE_URL}/account/confirm-email/" in message.body


@LANGUAGES
def test_the_confirmation_of_another_address_is_in_the_members_language(client, language):
    user = make_user("merel@example.org", name="Merel van Hulst", language=language)
    client.force_login(user)
    client.cookies["django_language"] = "en" if language == "nl" else "nl"  # not the member's

    client.post("/account/email/", {"action_add": "", "email": "merel.werk@example.org"})

    message = sole_mail()
    assert message.to == ["merel.werk@example.org"]
    assert_speaks_as_the_site(message, language)
    assert f"{SITE_URL}/account/confirm-email/" in message.body


@LANGUAGES
def test_the_password_reset_is_in_the_members_language(client, language):
    make_user("merel@example.org", name="Merel van Hulst", language=language)
    client.cookies["django_language"] = "en" if language == "nl" else "nl"

    client.post("/account/password/reset/", {"email": "merel@example.org"})

    message = sole_mail()
    assert_speaks_as_the_site(message, language)
    assert f"{SITE_URL}/account/password/reset/key/" in message.body
    assert "Merel" in message.body


@LANGUAGES
def test_a_password_reset_for_an_unknown_address(client, language):
    client.cookies["django_language"] = language

    client.post("/account/password/reset/", {"email": "nobody@example.org"})

    message = sole_mail()
    assert_speaks_as_the_site(message, language)
    assert f"{SITE_URL}/account/signup/" in message.body


@LANGUAGES
def test_signing_up_with_an_address_that_has_an_account(client, language):
    make_user("merel@example.org", name="Merel van Hulst", language=language)
    client.cookies["django_language"] = "en" if language == "nl" else "nl"

    client.post("/account/signup/", signup_data("merel@example.org"))

    message = sole_mail()
    assert_speaks_as_the_site(message, language)
    assert f"{SITE_URL}/account/password/reset/" in message.body


def test_links_follow_site_url_whatever_host_the_request_used(client):
    """The Sites framework is not installed: allauth would name the request's host."""
    client.post("/account/signup/", signup_data("fatima@example.org"), HTTP_HOST="127.0.0.1")

    message = sole_mail()
    assert "127.0.0.1" not in message.body
    assert "Hallo van" not in message.body


# The project's own e-mails


@LANGUAGES
def test_approval_and_decline(coordinator, language, django_capture_on_commit_callbacks):
    one = make_user("anouk@example.org", name="Anouk", status="pending", language=language)
    two = make_user("bram@example.org", name="Bram", status="pending", language=language)

    with django_capture_on_commit_callbacks(execute=True):
        services.approve_member(user=one, by=coordinator)
        services.decline_member(user=two, by=coordinator)

    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert_speaks_as_the_site(message, language)


@LANGUAGES
def test_the_invitation(language):
    user = make_user("anouk@example.org", name="Anouk", language=language)

    imports.send_invitation(user)

    assert_speaks_as_the_site(sole_mail(), language)


@LANGUAGES
def test_a_contact_message(language):
    sender = make_member("Omar Bouzid")
    recipient = make_user("anouk@example.org", name="Anouk", language=language)

    contact.send_contact_message(
        sender=sender.user, recipient=recipient, subject="Buurtbudget", body="Even bellen?"
    )

    assert_speaks_as_the_site(sole_mail(), language)


@LANGUAGES
def test_the_digest(language):
    user = make_user("anouk@example.org", name="Anouk", language=language)
    make_member("Anouk", user=user, themes=["wonen"])
    DigestSubscription.objects.create(user=user, frequency="weekly")
    make_case(
        make_member("Omar Bouzid"),
        title="Wonen boven winkels",
        themes=["wonen"],
        published_at=timezone.now() - timedelta(days=2),
    )

    send_digests(now=timezone.now())

    assert_speaks_as_the_site(sole_mail(), language)


@LANGUAGES
def test_the_notices_after_an_account_is_deleted(coordinator, language):
    coordinator.language = language
    coordinator.save()
    user = make_user("anouk@example.org", name="Anouk", language=language)
    report = privacy.DeletionReport(
        name="Anouk", email="anouk@example.org", works_deleted=0, works_kept=0
    )

    privacy._send_notices(user, report)

    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert_speaks_as_the_site(message, language)


# Configuration


@pytest.mark.parametrize(
    "site_url, warned",
    [
        ("http://127.0.0.1:8000", True),
        ("https://localhost", True),
        ("http://netwerk.lpb.nl", True),
        ("https://netwerk.lpb.nl", False),
    ],
)
def test_the_deployment_check_warns_about_a_site_url_that_is_not_public(settings, site_url, warned):
    settings.SITE_URL = site_url

    assert [warning.id for warning in check_site_url(None)] == (["lpb.W001"] if warned else [])
