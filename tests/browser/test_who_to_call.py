"""“Wie bel je?” in a real browser: describe a situation, the answer comes first and takes the
focus, peers with reasons and highlighted passages, in Dutch and English, axe clean."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.browser

SITUATION = "In onze portiekflats wordt gedeald en bewoners durven de trap niet meer op."


def network() -> None:
    hanna = make_member(
        "Hanna Kuipers",
        municipality="GM0014",
        themes=["veiligheid-en-ondermijning"],
        work=["relatiewerk"],
        ask_me_about="drugshandel in portieken, dealers aanspreken",
        bio="Veel van mijn werk speelt zich af in galerij- en portiekflats.",
    )
    make_case(
        hanna,
        title="Portiekaanpak tegen handel in de trappenhuizen",
        themes=["veiligheid-en-ondermijning"],
        municipality="GM0014",
        summary="Met corporatie en politie de portieken terug voor de bewoners.",
    )
    make_member("Gert Post", municipality="GM0193", themes=["eenzaamheid"], bio="Huisbezoek.")


@pytest.mark.parametrize("width", [1280, 375])
def test_a_member_describes_a_situation_and_the_answer_comes_first(
    new_page, live_server, member, width
):
    network()
    page = new_page(width)
    log_in_as(page, live_server, member)
    page.goto("/")
    # The home page's box posts to /wie-bel-je/: the description is not in the address.
    page.get_by_label("Wat speelt er in de wijk?").fill(SITUATION)
    page.get_by_role("button", name="Wie bel je?").click()
    page.wait_for_url("**/wie-bel-je/")
    assert "portiek" not in page.url
    heading = page.get_by_role("heading", name="Collega's om te bellen")
    expect(heading).to_be_focused()
    assert (
        page.evaluate("() => document.getElementById('peers-title').getBoundingClientRect().top")
        < 400
    )
    peers = page.locator(".peer")
    expect(peers.first).to_contain_text("Hanna Kuipers")
    expect(peers.first.locator("mark").first).to_be_visible()
    expect(page.locator("details.who-to-call-form__more")).not_to_have_attribute("open", "")
    expect(page.locator("#privacy-note")).to_be_visible()
    # Narrow it down by place and ask again: works without JavaScript (a POSTed form).
    page.locator("details.who-to-call-form__more > summary").click()
    page.get_by_label("Provincie").select_option("groningen")
    page.get_by_role("button", name="Zoek collega's en verhalen").click()
    expect(page.locator(".peer").first).to_contain_text("Hanna Kuipers")
    expect(page.get_by_role("heading", name="Collega's om te bellen")).to_be_focused()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", [1280, 375])
def test_the_english_page_is_english(new_page, live_server, member, width):
    network()
    page = new_page(width)
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": live_server.url}])
    log_in_as(page, live_server, member)
    page.goto("/wie-bel-je/")
    expect(page.locator("#id_beschrijving_helptext, .helptext").first).to_contain_text(
        "For example: Residents of a block of flats"
    )
    page.get_by_label("What is going on in the neighbourhood?").fill(SITUATION)
    page.get_by_role("button", name="Find peers and stories").click()
    expect(page.get_by_role("heading", name="Peers to call")).to_be_focused()
    expect(page.locator(".peer").first).to_contain_text("Hanna Kuipers")
    expect(page.locator("body")).not_to_contain_text("Collega's om te bellen")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert_no_axe_violations(page)


@pytest.mark.parametrize("width", [1280, 375])
def test_a_coordinator_teaches_the_thesaurus_a_word_and_a_member_finds_the_colleague(
    new_page, live_server, coordinator, member, width
):
    network()
    make_member("Koen Wouters", municipality="GM0344", ask_me_about="skateboarders en hun plekken")
    page = new_page(width)
    log_in_as(page, live_server, coordinator)
    page.goto("/beheer/members/wordgroup/add/")
    expect(page.get_by_role("heading", name="Groep synoniemen toevoegen")).to_be_visible()
    page.get_by_label("Woorden").fill("skaters, skateboarders, skeeleraars")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("skaters, skateboarders")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width

    page.context.clear_cookies()
    log_in_as(page, live_server, member)
    page.goto("/wie-bel-je/")
    page.get_by_label("Wat speelt er in de wijk?").fill("veel skaters")
    page.get_by_role("button", name="Zoek collega's en verhalen").click()
    peer = page.locator(".peer").first
    expect(peer).to_contain_text("Koen Wouters")
    expect(peer.locator("mark", has_text="skateboarders")).to_be_visible()
    assert_no_axe_violations(page)
