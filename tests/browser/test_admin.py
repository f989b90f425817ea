"""A coordinator curates the network in the admin with a real browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from taggit.models import Tag

from members.models import User
from practices.models import Recognition
from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.browser


def test_a_coordinator_approves_a_pending_member(
    new_page, live_server, coordinator, pending_member
):
    make_member(
        "Petra Pending",
        user=pending_member,
        job_title="Opbouwwerker",
        organisation="Welzijn Oost",
        municipality="GM0344",
    )
    page = new_page(1280)
    log_in_as(page, live_server, coordinator)

    page.goto("/beheer/")
    expect(page.locator("#site-name")).to_contain_text("LPB Netwerk")
    expect(page.locator("#header")).to_have_css("background-color", "rgb(11, 93, 85)")
    assert_no_axe_violations(page, "#header")
    page.get_by_role("link", name="1 aanmelding wacht op goedkeuring").click()
    page.wait_for_url("**/beheer/members/user/?status__exact=pending")
    row = page.locator(f"tr:has-text('{pending_member.email}')")
    for shown in ("Opbouwwerker", "Welzijn Oost", "Utrecht (Utrecht)"):
        expect(row).to_contain_text(shown)
    assert_no_axe_violations(page)
    page.locator(f"tr:has-text('{pending_member.email}') input.action-select").check()
    page.select_option("select[name=action]", "approve")
    page.get_by_role("button", name="Uitvoeren").click()

    assert "1 lid goedgekeurd" in page.locator(".messagelist").inner_text()
    pending_member.refresh_from_db()
    assert pending_member.status == User.Status.ACTIVE


def test_a_coordinator_merges_two_tags(new_page, live_server, coordinator):
    one = make_member("Anouk", tags=["buurtbudget"])
    two = make_member("Bram", tags=["Buurt-budget"])
    page = new_page(1280)
    log_in_as(page, live_server, coordinator)

    page.goto("/beheer/taggit/tag/")
    for name in ("buurtbudget", "Buurt-budget"):
        page.locator(f"tr:has(a:text-is('{name}')) input.action-select").check()
    page.select_option("select[name=action]", "merge")
    page.get_by_role("button", name="Uitvoeren").click()
    page.get_by_label("buurtbudget (1 keer gebruikt)", exact=True).check()
    page.get_by_role("button", name="Tags samenvoegen").click()

    assert "Samengevoegd in “buurtbudget”" in page.locator(".messagelist").inner_text()
    assert list(Tag.objects.values_list("name", flat=True)) == ["buurtbudget"]
    assert list(one.tags.names()) == list(two.tags.names()) == ["buurtbudget"]


def test_the_admin_dashboard_is_accessible(new_page, live_server, coordinator):
    make_member("Anouk", municipality="GM0344", qualities=["open"], themes=["wonen"])
    page = new_page(1280)
    log_in_as(page, live_server, coordinator)

    page.goto("/beheer/")

    assert page.get_by_role("img", name="Leden per provincie").count() == 1
    assert_no_axe_violations(page, ".network-dashboard")


def test_a_coordinator_sees_how_often_stories_were_recognised(new_page, live_server, coordinator):
    author = make_member("Anouk")
    quiet, known = make_case(author, title="Stil verhaal"), make_case(author, title="Bekend")
    for n in range(3):
        Recognition.objects.create(case=known, member=make_member(f"Lezer {n}"), kind="herkenbaar")
    Recognition.objects.create(case=quiet, member=make_member("Lezer"), kind="nuttig")
    page = new_page(1280)
    log_in_as(page, live_server, coordinator)

    page.goto("/beheer/practices/practicecase/")
    page.get_by_role("link", name="“Dit herken ik”").click()  # sort ascending, then descending
    page.get_by_role("link", name="“Dit herken ik”").click()

    expect(page.locator("#result_list tbody tr").first).to_contain_text("Bekend")
    expect(
        page.locator("#result_list tbody tr").first.locator(".field-recognisable_count")
    ).to_have_text("3")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Bekend").click()
    expect(page.locator(".field-recognisable_count .readonly")).to_have_text("3")
    expect(page.locator(".field-useful_count .readonly")).to_have_text("0")
    # Django's own select2 and filter widgets on this page have axe findings of their own.
    assert_no_axe_violations(page, ".field-recognisable_count")
