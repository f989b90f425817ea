"""Issue 16 in a real browser: a ticked filter keeps the page where it was, the keyboard skips
the filters, a shared members-only link leads through the login, and the phone menu folds."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from members.services import ensure_profile
from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.conftest import PASSWORD
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.browser

THEMES = [
    "jeugd",
    "wonen",
    "leefbaarheid",
    "veiligheid-en-ondermijning",
    "participatie",
    "eenzaamheid",
    "zorg-en-welzijn",
    "armoede-en-schulden",
]


@pytest.fixture
def content(member):
    """Some members and stories with themes, so that every facet has options to tick."""
    author = ensure_profile(user=member)
    for number in range(16):
        theme = THEMES[number % len(THEMES)]
        make_member(f"Lid {number:02}", themes=[theme], qualities=["open"])
        make_case(author, title=f"Verhaal {number:02}", themes=[theme], qualities=["open"])
    return member


def mark_stale(page) -> None:
    page.locator(".directory").evaluate(
        "listing => Array.from(listing.children).forEach(child => child.dataset.stale = '')"
    )


def wait_for_update(page) -> None:
    """Until htmx has swapped in the listing's new content, and settled."""
    page.wait_for_function(
        "() => !document.querySelector('.directory > [data-stale]')"
        " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
    )


def option_in_view(page) -> str:
    """The id of a facet checkbox that is fully in view and would change the results."""
    return page.evaluate(
        """() => {
            const boxes = [...document.querySelectorAll('.directory__filters input[type=checkbox]')];
            const box = boxes.find(b => {
                const r = b.getBoundingClientRect();
                const count = b.closest('li').querySelector('.facet__count');
                return r.width > 0 && r.top > 80 && r.bottom < innerHeight - 80
                    && count && count.textContent !== '(0)' && !b.checked;
            });
            return box ? box.id : null;
        }"""
    )


@pytest.mark.parametrize("path", ["/leden/", "/praktijken/"])
@pytest.mark.parametrize("width", [1280, 375])
def test_ticking_a_filter_keeps_the_page_where_it_was(new_page, live_server, content, path, width):
    page = new_page(width, 700)
    log_in_as(page, live_server, content)
    page.goto(path)
    if width < 700:  # the filters start folded on a phone
        page.locator(".directory__filters > summary").click()

    for how in ("mouse", "space"):
        page.evaluate("window.scrollTo(0, 600)")
        page.wait_for_function("() => Math.abs(window.scrollY - 600) < 2")
        option = option_in_view(page)
        assert option, "no option in view"
        mark_stale(page)
        if how == "mouse":
            page.locator(f"#{option}").click()
        else:
            page.evaluate("id => document.getElementById(id).focus({preventScroll: true})", option)
            page.keyboard.press("Space")
        wait_for_update(page)
        scroll_y = page.evaluate("window.scrollY")
        assert abs(scroll_y - 600) <= 2, f"{how}: scrollY 600 → {scroll_y}"
        assert page.evaluate("document.activeElement.id") == option


def test_the_keyboard_reaches_the_first_result_in_three_tabs(new_page, live_server, content):
    page = new_page(1280)
    log_in_as(page, live_server, content)
    page.goto("/leden/")
    page.locator("#directory-text").focus()

    presses = 0
    while not page.evaluate("() => !!document.activeElement.closest('.member-card')"):
        if page.evaluate("document.activeElement.id") == "directory-skip":
            expect(page.locator("#directory-skip")).to_have_text(
                re.compile(r"^Naar de resultaten \(\d+\)$")
            )
            page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        presses += 1
        assert presses <= 3, "the first result is more than three Tab presses away"

    # Long facets show their first six options; the rest waits behind "more…".
    themes = page.locator(".facet--thema")
    expect(themes.locator("> ul input")).to_have_count(6)
    expect(themes.locator("details.facet__more > summary")).to_have_text("nog 2…")
    assert_no_axe_violations(page)


def test_a_shared_members_only_link_leads_through_the_login_and_back(new_page, member):
    author = ensure_profile(user=member)
    story = make_case(author, title="Portiekgesprekken in Kanaleneiland")
    page = new_page(1280)

    page.goto(story.get_absolute_url())

    expect(page).to_have_url(re.compile(r"/account/login/\?next="))
    expect(page).to_have_title(re.compile(r"^Inloggen"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    expect(page.locator("main")).to_contain_text("Dit praktijkverhaal is alleen voor leden")
    assert_no_axe_violations(page)
    page.fill("#id_login", member.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form [type=submit]").first.click()

    expect(page).to_have_url(re.compile(re.escape(story.get_absolute_url()) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(story.title)


def test_the_phone_menu_is_a_button_that_folds_the_navigation(new_page, member):
    page = new_page(375, 740)
    page.goto("/")
    button = page.get_by_role("button", name="Menu")
    nav = page.get_by_role("navigation", name="Hoofdnavigatie")

    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(nav).to_be_hidden()
    assert page.locator(".site-header").bounding_box()["height"] < 90  # one row

    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(nav.get_by_role("link", name="Leden")).to_be_visible()
    expect(nav.get_by_role("link", name="Word lid")).to_be_visible()
    assert_no_axe_violations(page)
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(nav).to_be_hidden()

    # On a wide screen there is no button: the menu is simply there.
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(button).to_be_hidden()
    expect(nav.get_by_role("link", name="Leden")).to_be_visible()


def test_without_javascript_the_phone_menu_simply_shows(browser, live_server):
    context = browser.new_context(
        viewport={"width": 375, "height": 740},
        locale="nl-NL",
        base_url=live_server.url,
        java_script_enabled=False,
    )
    try:
        page = context.new_page()
        page.goto("/")
        expect(page.get_by_role("button", name="Menu")).to_be_hidden()
        nav = page.get_by_role("navigation", name="Hoofdnavigatie")
        expect(nav.get_by_role("link", name="Leden")).to_be_visible()
    finally:
        context.close()


def test_cards_line_up_and_the_join_button_has_padding(new_page, live_server, content):
    author = ensure_profile(user=content)
    for number in range(3):
        make_case(
            author,
            title=f"Uitgelicht {number}" + (" met een heel lange titel" * number * 2),  # ≤ 140
            featured=True,
            visibility="public",
        )
    page = new_page(1280)
    page.goto("/")

    # Three featured stories fill their row: no empty fourth column.
    featured = page.locator("section[aria-labelledby=featured-title] .case-card")
    expect(featured).to_have_count(3)
    boxes = [featured.nth(n).bounding_box() for n in range(3)]
    grid = page.locator("section[aria-labelledby=featured-title] .card-grid").bounding_box()
    assert boxes[2]["x"] + boxes[2]["width"] == pytest.approx(grid["x"] + grid["width"], abs=2)
    assert len({round(box["height"]) for box in boxes}) == 1  # even heights
    expect(featured.first.locator(".badge--featured")).to_have_text("Uitgelicht verhaal")

    join = page.locator(".site-header").get_by_role("link", name="Word lid")
    padding = join.evaluate("a => parseFloat(getComputedStyle(a).paddingLeft)")
    assert padding >= 8

    # The story listing's cards in one row are as tall as each other.
    log_in_as(page, live_server, content)
    page.goto("/praktijken/")
    cards = page.locator(".case-cards .case-card")
    tops: dict[int, set[int]] = {}
    for n in range(min(cards.count(), 6)):
        box = cards.nth(n).bounding_box()
        tops.setdefault(round(box["y"]), set()).add(round(box["height"]))
    assert all(len(heights) == 1 for heights in tops.values()), tops
