"""The peer directory in a real browser: live facets with htmx, the address, back, focus, axe."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.factories import make_member

pytestmark = pytest.mark.browser

# name, municipality (CBS code), qualities, themes
PEOPLE = [
    ("Anna Akkermans", "GM0344", ["open", "verbindend"], ["jeugd"]),  # Utrecht
    ("Bert Bakker", "GM0363", ["verbindend"], ["wonen"]),  # Amsterdam
    ("Cas Claassen", "GM0355", ["gedreven"], ["jeugd"]),  # Zeist, Utrecht
    ("Dewi Dekker", "GM0599", ["verbindend"], ["jeugd", "wonen"]),  # Rotterdam
    ("Eva Evers", "GM0014", ["bricolerend"], ["armoede-en-schulden"]),  # Groningen
    ("Floor Fransen", "GM0772", ["open"], ["participatie"]),  # Eindhoven
    ("Gijs Goossens", "GM0935", ["verbindend"], ["eenzaamheid"]),  # Maastricht
    ("Hanna Hendriks", "GM0193", ["gedreven", "bricolerend"], ["jeugd"]),  # Zwolle
]


@pytest.fixture
def people():
    return [
        make_member(
            name,
            job_title="Wijkregisseur",
            municipality=municipality,
            qualities=qualities,
            themes=themes,
            bio="Ik werk met het wijkteam." if name.startswith("Anna") else "",
        )
        for name, municipality, qualities, themes in PEOPLE
    ]


@pytest.fixture
def directory(new_page, live_server, member, people):
    """``directory(width)``: the directory open in a tab of that width, as a logged-in member."""

    def _directory(width: int):
        page = new_page(width)
        log_in_as(page, live_server, member)
        page.goto("/leden/")
        expect(count_heading(page)).to_have_text("8 leden gevonden")
        # A full page load would forget this; an htmx update keeps it.
        page.evaluate("() => window.lpbNoReload = true")
        return page

    return _directory


def count_heading(page):
    return page.get_by_role("heading", level=2, name=re.compile(r"^\d+ (lid|leden) gevonden$"))


def checkbox(page, facet: str, value: str):
    return page.locator(f"input[type=checkbox][name='{facet}'][value='{value}']")


def names_shown(page) -> list[str]:
    return page.locator(".member-card h3").all_inner_texts()


@contextmanager
def live_update(page):
    """Wait, after the block, until htmx has swapped in the listing's new content."""
    page.locator(".directory").evaluate(
        "listing => Array.from(listing.children).forEach(child => child.dataset.stale = '')"
    )
    yield
    expect(page.locator(".directory > [data-stale]")).to_have_count(0)


def query_of(page) -> str:
    return page.evaluate("() => location.search")


def test_two_facets_update_live_keep_the_address_back_button_and_focus(directory):
    page = directory(1280)

    checkbox(page, "kwaliteit", "verbindend").check()
    expect(count_heading(page)).to_have_text("4 leden gevonden")
    expect(page).to_have_url(re.compile(r"\?kwaliteit=verbindend$"))

    # The keyboard way: focus the option and press space.
    checkbox(page, "thema", "jeugd").focus()
    page.keyboard.press("Space")
    expect(count_heading(page)).to_have_text("2 leden gevonden")

    assert query_of(page) == "?kwaliteit=verbindend&thema=jeugd"  # empty fields left out
    assert names_shown(page) == ["Anna Akkermans", "Dewi Dekker"]
    assert page.evaluate("() => window.lpbNoReload") is True
    # Focus stays on the (re-rendered) option that was just ticked.
    focused = page.evaluate(
        "() => [document.activeElement.name, document.activeElement.value, document.activeElement.checked]"
    )
    assert focused == ["thema", "jeugd", True]
    # Screen readers hear the new count.
    expect(page.get_by_role("status").filter(has_text="gevonden")).to_have_text("2 leden gevonden")
    # The active filters are chips that remove them.
    chips = page.get_by_role("navigation", name="Actieve filters")
    expect(chips.get_by_role("link")).to_have_count(3)  # two chips and "clear all"
    assert_no_axe_violations(page)

    # Removing a filter by its chip: the chip is gone, so focus moves to the new count.
    chips.get_by_role("link", name=re.compile("Jeugd")).focus()
    page.keyboard.press("Enter")
    expect(count_heading(page)).to_have_text("4 leden gevonden")
    expect(count_heading(page)).to_be_focused()
    assert query_of(page) == "?kwaliteit=verbindend"
    page.go_back()
    expect(count_heading(page)).to_have_text("2 leden gevonden")

    page.go_back()
    expect(page).to_have_url(re.compile(r"/leden/\?kwaliteit=verbindend$"))
    expect(count_heading(page)).to_have_text("4 leden gevonden")
    expect(checkbox(page, "kwaliteit", "verbindend")).to_be_checked()
    expect(checkbox(page, "thema", "jeugd")).not_to_be_checked()
    assert names_shown(page) == ["Anna Akkermans", "Bert Bakker", "Dewi Dekker", "Gijs Goossens"]

    page.go_back()
    expect(page).to_have_url(re.compile(r"/leden/$"))
    expect(count_heading(page)).to_have_text("8 leden gevonden")
    expect(checkbox(page, "kwaliteit", "verbindend")).not_to_be_checked()
    assert page.evaluate("() => window.lpbNoReload") is True

    page.go_forward()
    expect(count_heading(page)).to_have_text("4 leden gevonden")


def test_a_text_query_finds_a_member_and_passes_axe(directory):
    page = directory(1280)

    page.get_by_role("searchbox").fill("wijkteam")
    page.get_by_role("button", name="Zoeken", exact=True).click()

    expect(count_heading(page)).to_have_text("1 lid gevonden")
    assert query_of(page) == "?zoek=wijkteam"
    assert names_shown(page) == ["Anna Akkermans"]
    assert page.evaluate("() => window.lpbNoReload") is True
    assert_no_axe_violations(page)


def test_an_empty_result_explains_itself_and_passes_axe(directory):
    page = directory(1280)

    # Options that would give nothing are hidden, so only a shared link gets here.
    page.goto("/leden/?kwaliteit=bricolerend&thema=wonen")
    expect(count_heading(page)).to_have_text("0 leden gevonden")

    empty = page.locator(".empty-state")
    expect(empty).to_contain_text("Zonder")  # "Without <filter> you would find …"
    assert_no_axe_violations(page)

    page.goto("/leden/?zoek=qwxyzzy")
    expect(count_heading(page)).to_have_text("0 leden gevonden")
    assert_no_axe_violations(page)


def test_on_a_phone_the_filters_are_folded_and_nothing_scrolls_sideways(directory):
    page = directory(375)
    filters = page.locator("details.directory__filters")

    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    expect(filters).not_to_have_attribute("open", re.compile(".*"))
    expect(checkbox(page, "kwaliteit", "verbindend")).to_be_hidden()
    assert_no_axe_violations(page)

    # Unfold, tick: the live update keeps the filters open for the next choice.
    filters.locator("> summary").click()
    checkbox(page, "kwaliteit", "verbindend").check()
    expect(count_heading(page)).to_have_text("4 leden gevonden")
    expect(checkbox(page, "kwaliteit", "verbindend")).to_be_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    assert_no_axe_violations(page)

    # Fold them again and search: they stay folded.
    filters.locator("> summary").click()
    expect(checkbox(page, "kwaliteit", "verbindend")).to_be_hidden()
    page.get_by_role("searchbox").fill("wijkteam")
    page.get_by_role("searchbox").press("Enter")
    expect(count_heading(page)).to_have_text("1 lid gevonden")
    expect(checkbox(page, "kwaliteit", "verbindend")).to_be_hidden()
    assert query_of(page) == "?zoek=wijkteam&kwaliteit=verbindend"
    assert page.evaluate("() => window.lpbNoReload") is True
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375


def test_options_behind_more_stay_reachable_by_keyboard(new_page, live_server, member):
    """Ticking and unticking an option in a "more…" list keeps that list open and the focus."""
    make_member("Anna Akkermans", tags=[f"thema {n:02}" for n in range(1, 19)])
    page = new_page(1280)
    log_in_as(page, live_server, member)
    page.goto("/leden/")
    more = page.locator("details.facet__more").filter(
        has=page.locator("input[type=checkbox][name=tag]")
    )
    more.locator("summary").click()
    option = more.locator("input[type=checkbox]").first
    value = option.get_attribute("value")
    option = checkbox(page, "tag", value)

    option.focus()
    with live_update(page):
        page.keyboard.press("Space")  # ticked, it moves up to the options always shown
    assert query_of(page) == f"?tag={value}"
    expect(option).to_be_checked()
    expect(option).to_be_focused()

    with live_update(page):
        page.keyboard.press("Space")  # unticked, it goes back behind "more…"
    assert query_of(page) == ""
    expect(option).not_to_be_checked()
    expect(option).to_be_visible()
    expect(option).to_be_focused()
