"""A real browser walks sign-up, e-mail confirmation, approval, logout and login."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from members import services
from members.models import User
from tests.browser.conftest import assert_no_axe_violations
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.browser

# "Afmelden" is Django's own Dutch for "Log out", used until the site's translation exists.
LOGOUT = re.compile("Uitloggen|Afmelden|Log out")


def submit(page) -> None:
    """Press the main form's submit button (the header and footer have forms too)."""
    page.locator("main form [type=submit]").first.click()


def log_in(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/account/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    submit(page)


def test_signup_confirmation_approval_and_login_in_a_browser(new_page, live_server, settings):
    settings.SITE_URL = live_server.url  # the links in the e-mails
    page = new_page(1280)
    coordinator = make_user("corrie@example.org", name="Corrie Coördinator", is_staff=True)

    page.goto("/account/signup/")
    page.get_by_label("Je naam").fill("Fatima de Vries")
    page.fill("#id_email", "fatima.devries@example.org")
    page.get_by_label("Je functie").fill("Wijkregisseur")
    page.get_by_label("Organisatie").fill("Gemeente Utrecht")
    page.get_by_label("Gemeente waar je werkt").select_option(label="Utrecht")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    assert_no_axe_violations(page, "main")
    submit(page)
    page.wait_for_url("**/account/confirm-email/")

    assert len(mail.outbox) == 1
    assert "LPB Netwerk" in mail.outbox[0].body
    link = re.search(r"https?://\S+/account/confirm-email/\S+", mail.outbox[0].body).group(0)
    assert link.startswith(live_server.url)
    page.goto(link)
    submit(page)
    page.wait_for_url("**/account/wachten/")
    assert "Fatima" in page.locator("main").inner_text()
    assert_no_axe_violations(page, "main")
    page.get_by_role("link", name="Mijn profiel aanvullen").click()
    page.wait_for_url("**/profiel/bewerken/")
    expect(page.locator("#id_organisation")).to_have_value("Gemeente Utrecht")

    user = User.objects.get(email="fatima.devries@example.org")
    services.approve_member(user=user, by=coordinator)
    assert mail.outbox[-1].to == [user.email]

    page.get_by_role("button", name=LOGOUT).click()
    page.wait_for_url(live_server.url + "/")
    assert page.get_by_role("button", name=LOGOUT).count() == 0

    log_in(page, "fatima.devries@example.org")
    page.wait_for_url(live_server.url + "/")
    response = page.goto("/leden/")
    assert response.status == 200
    assert page.url == live_server.url + "/leden/"
    assert "Fatima de Vries" in page.locator("main").inner_text()


def test_login_works_without_horizontal_scrolling_on_a_phone(new_page, live_server):
    make_user("merel@example.org", name="Merel van Hulst")
    page = new_page(375, 740)

    page.goto("/account/login/")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    log_in(page, "merel@example.org")
    page.wait_for_url(live_server.url + "/")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375

    response = page.goto("/leden/")
    assert response.status == 200
    assert page.url == live_server.url + "/leden/"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375


def test_a_wrong_password_shows_a_message_next_to_the_form_in_a_browser(new_page):
    make_user("merel@example.org", name="Merel van Hulst")
    page = new_page(1280)

    log_in(page, "merel@example.org", "niet-het-wachtwoord")

    assert page.url.endswith("/account/login/")
    assert page.locator("main [role=alert]").count() >= 1
    assert page.input_value("#id_login") == "merel@example.org"
