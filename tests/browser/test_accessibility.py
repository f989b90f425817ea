"""axe-core finds no WCAG 2.1 A/AA violations on the site's main pages, at 1280 and 375 px."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.browser

WIDTHS = [1280, 375]


@pytest.fixture
def merel():
    """A member with a full profile and a published story, so the pages have content."""
    merel = make_member(
        "Merel van Hulst",
        job_title="Wijkregisseur",
        organisation="Gemeente Utrecht",
        municipality="GM0344",
        qualities=["open", "verbindend"],
        work=["relatiewerk"],
        themes=["jeugd", "wonen"],
        tags=["buurtbudget"],
        bio="Ik werk met het wijkteam in Overvecht.",
    )
    make_case(
        merel,
        title="Portiekgesprekken in Overvecht",
        themes=["wonen"],
        qualities=["verbindend"],
        municipality="GM0344",
        situation="Bewoners en corporatie **spraken elkaar** niet meer.",
    )
    return merel


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["/", "/over/", "/account/login/", "/account/signup/"])
def test_public_pages_have_no_axe_violations(new_page, merel, path, width):
    page = new_page(width)

    response = page.goto(path)

    assert response.status == 200
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_members_pages_have_no_axe_violations(new_page, live_server, merel, width):
    page = new_page(width)
    log_in_as(page, live_server, merel.user)

    for path in ["/", merel.get_absolute_url(), "/profiel/bewerken/"]:
        response = page.goto(path)
        assert response.status == 200, path
        assert page.url == live_server.url + path, path
        assert_no_axe_violations(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_forms_with_errors_have_no_axe_violations(new_page, live_server, merel, width):
    page = new_page(width)

    page.goto("/account/login/")
    page.fill("#id_login", merel.user.email)
    page.fill("#id_password", "niet-het-wachtwoord")
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    expect(page.locator("main [role=alert]").first).to_be_visible()
    assert_no_axe_violations(page)

    log_in_as(page, live_server, merel.user)
    page.goto("/praktijken/nieuw/")
    with page.expect_navigation():
        page.get_by_role("button", name="Publiceren", exact=True).click()
    expect(page.locator("main .field--error").first).to_be_visible()
    assert_no_axe_violations(page)
