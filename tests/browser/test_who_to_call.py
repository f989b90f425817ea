"""“Wie bel je?” in a real browser: describe a situation, see peers with reasons, axe clean."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.who_to_call_data import build_network

pytestmark = pytest.mark.browser

SITUATION = (
    "Bewoners in een flat voelen zich onveilig door drugsoverlast en de corporatie reageert niet."
)


@pytest.mark.parametrize("width", [1280, 375])
def test_a_member_describes_a_situation_and_sees_peers_with_reasons(
    new_page, live_server, member, width
):
    build_network()
    page = new_page(width)
    log_in_as(page, live_server, member)
    page.goto("/")
    # The home page's box posts to /wie-bel-je/.
    page.get_by_label("Wat speelt er in de wijk?").fill(SITUATION)
    page.get_by_role("button", name="Wie bel je?").click()
    expect(page).to_have_url(re.compile(r"/wie-bel-je/\?beschrijving=Bewoners"))
    peers = page.locator(".peer")
    expect(peers.first).to_contain_text("Fatima El Amrani")
    expect(peers.first.locator(".peer__reasons li").first).to_be_visible()
    expect(page.locator("#suggested-themes")).to_contain_text("Veiligheid en ondermijning")
    expect(page.get_by_role("heading", name="Verhalen om eerst te lezen")).to_be_visible()
    # Narrow it down by place and ask again: works without JavaScript (a GET form).
    # After a search the narrowing choices are open (a <details>, no script needed).
    expect(page.locator("details.who-to-call-form__more")).to_have_attribute("open", "")
    page.get_by_label("Provincie").select_option("noord-brabant")
    page.get_by_role("button", name="Zoek collega's en verhalen").click()
    expect(page.locator(".peer").first).to_contain_text("Fatima El Amrani")
    expect(page.locator(".peer").first).to_contain_text("Noord-Brabant")
    # Nothing overflows at 375 px.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert_no_axe_violations(page)
