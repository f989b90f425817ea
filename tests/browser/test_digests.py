"""The e-mail digest in a real browser: a member chooses one, anyone with the link stops it."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from digests.models import DigestSubscription
from digests.services import unsubscribe_token
from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.conftest import make_user
from tests.factories import make_member

pytestmark = pytest.mark.browser

WIDTHS = [1280, 375]
LANGUAGES = ["nl", "en"]


def browse_in(page, live_server, language: str) -> None:
    """The language cookie the footer's switcher sets."""
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )


def assert_fits(page, width: int) -> None:
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_a_member_chooses_a_weekly_digest(new_page, live_server, width, language):
    user = make_user("merel@example.org", name="Merel van Hulst", language=language)
    make_member("Merel van Hulst", user=user, themes=["wonen"], municipality="GM0344")
    page = new_page(width)
    log_in_as(page, live_server, user)
    browse_in(page, live_server, language)

    page.goto("/account/samenvatting/")
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator("main h1")).to_be_visible()
    expect(page.locator("nav.tabs a[aria-current=page]")).to_have_attribute(
        "href", "/account/samenvatting/"
    )
    expect(page.locator(".digest-basis .chip")).to_have_count(1)
    assert page.locator("input[name=frequency][value=off]").is_checked()
    assert_fits(page, width)
    assert_no_axe_violations(page)

    if language == "en":
        page.get_by_label("Weekly: at most one e-mail a week").check()
        page.get_by_role("button", name="Save my choice").click()
    else:
        page.locator("input[name=frequency][value=weekly]").check()
        page.locator("main form.form button[type=submit]").click()

    expect(page.locator(".messages .alert--success")).to_be_visible()
    assert page.locator("input[name=frequency][value=weekly]").is_checked()
    assert DigestSubscription.objects.get(user=user).frequency == "weekly"
    assert_fits(page, width)
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_pending_member_reads_why_there_is_no_choice_yet(new_page, live_server, width):
    user = make_user("petra@example.org", name="Petra Pending", status="pending")
    page = new_page(width)
    log_in_as(page, live_server, user)

    page.goto("/account/samenvatting/")

    expect(page.locator("main .alert--info")).to_be_visible()
    assert page.locator("input[name=frequency]").count() == 0
    assert_fits(page, width)
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_link_in_the_e_mail_stops_the_digest_without_logging_in(
    new_page, live_server, width, language
):
    user = make_user("merel@example.org", name="Merel van Hulst")
    DigestSubscription.objects.create(user=user, frequency="weekly")
    page = new_page(width)
    browse_in(page, live_server, language)

    response = page.goto(reverse("digests:unsubscribe", kwargs={"token": unsubscribe_token(user)}))
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert_fits(page, width)
    assert_no_axe_violations(page)
    assert DigestSubscription.objects.get(user=user).frequency == "weekly"  # asking changes nothing

    if language == "en":
        page.get_by_role("button", name="Stop the digest").click()
        expect(page.locator("main h1")).to_have_text("The e-mail digest is off")
    else:
        page.locator("main form button[type=submit]").click()
        expect(page.locator("main [role=status]")).to_be_visible()

    assert DigestSubscription.objects.get(user=user).frequency == "off"
    assert_fits(page, width)
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_a_broken_link_explains_itself(new_page, live_server, width, language):
    page = new_page(width)
    browse_in(page, live_server, language)

    response = page.goto("/digest/afmelden/half-gekopieerd/")

    assert response.status == 400
    expect(page.locator("main h1")).to_be_visible()
    if language == "en":
        expect(page.locator("main h1")).to_have_text("This link does not work")
    assert_fits(page, width)
    assert_no_axe_violations(page)
